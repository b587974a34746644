/**
 * Two builds of the gateway side by side under the same load, interleaved: how one change
 * moves ours' CPU per operation. On this shared machine a full `npm run bench` drifts by a
 * third between runs, more than most changes; two builds measured turn about in the same
 * minutes share that drift.
 *   npx tsx bench/ab.ts <git ref> [W2] [--rounds 8] [--seconds 3] [--latency 0]
 * Builds <ref> in a temporary git worktree (its node_modules linked to this checkout's),
 * and this checkout as it is; starts one simulator, a Redis for each build, and both
 * builds; checks both answer the workload; runs it once on each unmeasured; then on each
 * in turn, the order alternating by round. Prints CPU per operation and req/s per round, their medians, and
 * this checkout's over the ref's.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '../test/helpers/redis-server.js';
import { ensureGatewayBuilt } from './build.js';
import { startContender, type RunningContender } from './contenders.js';
import { runLoad } from './load.js';
import { runStoppingEverything, runToEnd } from './processes.js';
import { startRedis, type BenchRedis } from './redis.js';
import { FULL, readSettings } from './settings.js';
import { median } from './stats.js';
import { prepareUpstream } from './upstream-prepare.js';
import { startUpstream, type RunningUpstream } from './upstream-process.js';
import { checkContender } from './validate.js';
import { WORKLOADS, workloadRequests, type Workload } from './workloads.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const USAGE = 'usage: npx tsx bench/ab.ts <git ref> [W2] [--rounds 8] [--seconds 3] [--latency 0]';
const WEBHOOK_SECRET = 'bench-webhook-secret';

interface Build {
  label: string;
  contender: RunningContender;
  reference: string | undefined;
  runs: Array<{ cpuMsPerOp: number; reqPerSec: number }>;
}

function count(raw: string | undefined, name: string, fallback: number, min: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} ${raw}: expected an integer ≥ ${min}\n${USAGE}`);
  return value;
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { rounds: { type: 'string' }, seconds: { type: 'string' }, latency: { type: 'string' } },
});
const asRef = positionals[0];
const asked = (positionals[1] ?? 'W2').toUpperCase().replace(/^W6$/, 'W6-100');
const found: Workload | undefined = WORKLOADS.find((w) => w.name.toUpperCase() === asked);
if (!asRef || !found || positionals.length > 2) throw new Error(`expected a git ref and at most one workload of ${WORKLOADS.map((w) => w.name).join(', ')}\n${USAGE}`);
const workload: Workload = found;
const ref: string = asRef;
const rounds = count(values.rounds, 'rounds', 8, 1);
const seconds = count(values.seconds, 'seconds', 3, 1);
const latencyMs = count(values.latency, 'latency', 0, 0);

const worktree = mkdtempSync(path.join(tmpdir(), 'gateway-ab-'));
const redises: BenchRedis[] = [];

/** One measured run of the workload on one build (warm-up included, as the bench's rounds do). */
async function measure(build: Build, upstream: RunningUpstream): Promise<void> {
  const result = await runLoad({
    url: build.contender.graphqlUrl,
    ...workloadRequests(workload),
    connections: workload.connections ?? FULL.connections,
    durationSec: seconds,
    warmupSec: 1,
    ...(build.reference === undefined ? {} : { expectBody: build.reference }),
    statsUrl: upstream.statsUrl,
    pids: [build.contender.child.pid],
    ...(workload.mutates ? { resetUrl: `${upstream.url}/__sim/reset` } : {}),
  });
  if (workload.mutates) await prepareUpstream(upstream.url);
  const bad = result.non2xx + result.errors + result.mismatches;
  if (bad > 0) console.warn(`warning: ${build.label} had ${bad} failed or wrong answers in this run`);
  const cpuMs = (result.after.cpuMs[0] ?? 0) - (result.before.cpuMs[0] ?? 0);
  build.runs.push({ cpuMsPerOp: cpuMs / Math.max(1, result.completed), reqPerSec: result.reqPerSec });
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  console.log(`building ${ref} in ${worktree}…`);
  const added = await runToEnd('git', ['worktree', 'add', '--detach', '--force', worktree, ref], ROOT, 60_000);
  if (added !== 0) throw new Error(`git worktree add ${ref} failed (exit ${added})`);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'));
  await ensureGatewayBuilt(worktree);
  await ensureGatewayBuilt(ROOT);

  const ports = [await freePort(), await freePort()];
  const upstream = await startUpstream({ ...readSettings(), upstream: 'sim' }, latencyMs, `http://127.0.0.1:${ports[0]}/webhooks/support-tickets`, WEBHOOK_SECRET);
  const builds: Build[] = [];
  for (const [i, [label, root]] of ([[ref, worktree], ['this checkout', ROOT]] as const).entries()) {
    // Note: a Redis each, so that neither build reads what the other wrote in its own format.
    const redis = await startRedis();
    if (redis) redises.push(redis);
    const contender = await startContender('ours', { root, upstreamUrl: upstream.url, redisUrl: redis?.url, port: ports[i]!, webhookSecret: WEBHOOK_SECRET });
    const checked = await checkContender(contender.graphqlUrl, workload);
    if (checked.problems.length > 0) console.warn(`warning: ${label} answers ${workload.name} wrongly:\n  ${checked.problems.join('\n  ')}`);
    builds.push({ label, contender, reference: checked.reference, runs: [] });
  }

  // One unmeasured run each first: a process's first seconds under load (compiling code and documents) are not its steady state.
  for (const build of builds) await measure(build, upstream);
  for (const build of builds) build.runs.length = 0;
  console.log(`${workload.name} at SIM_LATENCY_MS=${latencyMs}: ${rounds} rounds of ${seconds} s on each build, turn about`);
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 === 0 ? builds : [...builds].reverse()) await measure(build, upstream);
    console.log(`round ${round + 1}: ${builds.map((b) => `${b.label} ${b.runs[round]!.cpuMsPerOp.toFixed(3)} ms/op, ${b.runs[round]!.reqPerSec.toFixed(0)} req/s`).join('; ')}`);
  }
  const cpu = builds.map((b) => median(b.runs.map((r) => r.cpuMsPerOp)));
  const rps = builds.map((b) => median(b.runs.map((r) => r.reqPerSec)));
  builds.forEach((b, i) => console.log(`${b.label}: median ${cpu[i]!.toFixed(3)} ms of CPU per operation, ${rps[i]!.toFixed(0)} req/s`));
  console.log(`this checkout / ${ref}: CPU per operation ${(cpu[1]! / cpu[0]!).toFixed(3)}, req/s ${(rps[1]! / rps[0]!).toFixed(3)}`);
}

await runStoppingEverything('the A/B processes', main, async () => {
  for (const redis of redises) await redis.stop();
  await runToEnd('git', ['worktree', 'remove', '--force', worktree], ROOT, 60_000).catch(() => 1);
  rmSync(worktree, { recursive: true, force: true });
});
