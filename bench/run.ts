/**
 * The load benchmark (`npm run bench`): the gateway against a standard Apollo
 * server and a no-GraphQL lower bound, over the simulator, in interleaved
 * rounds. See bench/RESULTS.md for the method; BENCH_* variables (settings.ts)
 * shorten it for a smoke run.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureGatewayBuilt } from './build.js';
import { startContender, type RunningContender } from './contenders.js';
import { freePort } from './ports.js';
import { killAllNow, stopAll } from './processes.js';
import { startRedis } from './redis.js';
import { formatCpuTable, formatProblems, formatRatios, formatTable, writeResultsBlock } from './report.js';
import { runRounds } from './rounds.js';
import { isFullRun, readSettings, type Settings } from './settings.js';
import { summarize } from './stats.js';
import { startUpstream } from './upstream-process.js';
import { checkAll } from './validate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench/RESULTS.md');
const WEBHOOK_SECRET = 'bench-webhook-secret';

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Linux ${os.release()}, Node ${process.version}`;
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

function describe(settings: Settings, notes: string[], loadBefore: string): string {
  return [
    `Last run: ${new Date().toISOString()}; ${settings.rounds} rounds × ${settings.durationSec} s per run ` +
      `(+${settings.warmupSec} s unmeasured warm-up), ${settings.connections} connections, ` +
      `SIM_LATENCY_MS=${settings.simLatencyMs}, upstream: ${settings.upstream === 'sim' ? 'sim/main.ts' : 'bench stub'}.`,
    `Machine: ${machine()}. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAverage()}.`,
    ...notes.map((note) => `Note: ${note}`),
  ].join('\n\n');
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  const settings = readSettings();
  const notes: string[] = [];
  const loadBefore = loadAverage();
  console.log(`bench: ${machine()}; load average ${loadBefore}`);
  const wantOurs = settings.contenders.includes('ours');
  if (wantOurs) {
    if (!existsSync(path.join(ROOT, 'src/index.ts'))) throw new Error('src/index.ts is missing: run with BENCH_CONTENDERS=standard,limit');
    await ensureGatewayBuilt(ROOT);
  }

  const redis = wantOurs ? await startRedis() : undefined;
  if (wantOurs && !redis) notes.push('redis-server not found: ours ran without REDIS_URL (in-memory cache).');
  if (redis) console.log(`redis at ${redis.url}`);

  const ports = new Map<string, number>();
  for (const name of settings.contenders) ports.set(name, await freePort());
  const webhookUrl = `http://127.0.0.1:${ports.get('ours') ?? 4000}/webhooks/support-tickets`;
  const upstream = await startUpstream(settings, webhookUrl, WEBHOOK_SECRET);
  console.log(`upstream (${settings.upstream}) at ${upstream.url}, latency ${settings.simLatencyMs} ms`);

  const contenders: RunningContender[] = [];
  for (const name of settings.contenders) {
    const env = { root: ROOT, upstreamUrl: upstream.url, redisUrl: redis?.url, port: ports.get(name) ?? 0, webhookSecret: WEBHOOK_SECRET };
    contenders.push(await startContender(name, env));
    console.log(`${name} ready at ${contenders.at(-1)?.graphqlUrl}`);
  }

  const { validation, references } = await checkAll(contenders);

  const { records, notes: runNotes } = await runRounds(settings, contenders, upstream, references, redis?.pid);
  notes.push(...runNotes);

  const ours = contenders.find((c) => c.name === 'ours');
  if (ours) console.log(`\nlast output of ours (LOG_LEVEL=warn):\n${ours.child.tail().trim().slice(-2000)}`);

  const summaries = summarize(records);
  const problems = formatProblems(validation);
  const block = [
    describe(settings, notes, loadBefore),
    '### Medians over rounds',
    formatTable(summaries, validation),
    '### Ratios (req/s above 1 and p99 below 1 favour ours)',
    formatRatios(summaries),
    '### CPU during the measured runs (share of one core; the machine has ' + String(os.cpus().length) + ')',
    formatCpuTable(summaries),
    ...(problems ? ['### Wrong answers found by the pre-run check', problems] : []),
  ].join('\n\n');
  console.log(`\n${block}\n`);

  const write = settings.write === 'yes' || (settings.write === 'auto' && isFullRun(settings));
  if (write) {
    writeResultsBlock(RESULTS, block);
    console.log(`written to ${path.relative(ROOT, RESULTS)}`);
  } else {
    console.log('not written to bench/RESULTS.md (smoke run; BENCH_WRITE=1 forces it)');
  }
}

process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the benchmark's processes`);
    void stopAll().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
