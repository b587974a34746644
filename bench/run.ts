/**
 * The load benchmark (`npm run bench`): the gateway against a naive and a
 * standard Apollo server and a no-GraphQL lower bound, over the simulator at
 * each SIM_LATENCY_MS, in interleaved rounds, plus the 50 MB upload. See
 * bench/RESULTS.md for the method; BENCH_* variables (settings.ts) shorten it
 * for a smoke run.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/redis-server.js';
import { ensureGatewayBuilt } from './build.js';
import { runPhase } from './phase.js';
import { runStoppingEverything } from './processes.js';
import { startRedis, type BenchRedis } from './redis.js';
import type { Validation } from './report.js';
import { writeResultsBlock } from './report.js';
import { collect, formatResults, writeJson } from './results.js';
import { isFullRun, readSettings } from './settings.js';
import { summarize, type RunRecord } from './stats.js';
import type { UploadOutcome } from './upload.js';
import { WORKLOADS } from './workloads.js';

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

let redis: BenchRedis | undefined;

async function main(): Promise<void> {
  process.chdir(ROOT);
  const started = Date.now();
  const settings = readSettings();
  const workloads = WORKLOADS.filter((w) => settings.workloads.includes(w.name));
  const notes: string[] = [];
  const loadBefore = loadAverage();
  console.log(`bench: ${machine()}; load average ${loadBefore}`);
  const wantOurs = settings.contenders.includes('ours');
  if (wantOurs) {
    if (!existsSync(path.join(ROOT, 'src/index.ts'))) throw new Error('src/index.ts is missing: run with BENCH_CONTENDERS=naive,standard,limit');
    await ensureGatewayBuilt(ROOT);
  }
  redis = wantOurs ? await startRedis() : undefined;
  if (wantOurs && !redis) notes.push('redis-server not found: ours ran without REDIS_URL (in-memory cache).');
  if (redis) console.log(`redis at ${redis.url}`);

  const ports = new Map<string, number>();
  for (const name of settings.contenders) ports.set(name, await freePort());
  const records: RunRecord[] = [];
  const validation: Validation = new Map();
  let upload: UploadOutcome | undefined;
  for (const [i, latencyMs] of settings.latencies.entries()) {
    const env = { root: ROOT, ports, redis, webhookSecret: WEBHOOK_SECRET };
    const phase = await runPhase(settings, workloads, latencyMs, env, i === 0 && settings.upload);
    records.push(...phase.records);
    for (const [key, problems] of phase.validation) validation.set(key, problems);
    notes.push(...phase.notes);
    upload ??= phase.upload;
  }
  notes.push(`the whole bench took ${((Date.now() - started) / 60_000).toFixed(1)} min.`);

  const results = collect(
    { when: new Date().toISOString(), settings, machine: machine(), loadAverage: { before: loadBefore, after: loadAverage() }, notes, summaries: summarize(records), upload },
    validation,
  );
  const block = formatResults(results, validation, os.cpus().length);
  console.log(`\n${block}\n`);
  const full = isFullRun(settings);
  console.log(`figures written to ${path.relative(ROOT, writeJson(path.join(ROOT, 'bench/results'), results, full))}`);
  if (settings.write === 'yes' || (settings.write === 'auto' && full)) {
    writeResultsBlock(RESULTS, block);
    console.log(`written to ${path.relative(ROOT, RESULTS)}`);
  } else {
    console.log('not written to bench/RESULTS.md (smoke run; BENCH_WRITE=1 forces it)');
  }
}

await runStoppingEverything("the benchmark's processes", main, async () => {
  await redis?.stop();
});
