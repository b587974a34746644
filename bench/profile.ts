/**
 * Where does a contender spend its CPU on one workload?
 *   npx tsx bench/profile.ts W2 [--contender ours|standard|naive|limit] [--latency 0] [--seconds 8]
 * Starts what the bench starts (simulator, Redis for ours, the contender, the
 * load worker), the contender with --cpu-prof; warms up, drives the workload,
 * stops the contender so that it writes its profile, and prints busy CPU per
 * operation by category and the hottest functions. Profiles go to
 * bench/results/profiles/ (not committed).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '../test/helpers/redis-server.js';
import { ensureGatewayBuilt } from './build.js';
import { startContender, type RunningContender } from './contenders.js';
import type { LoadSpec } from './load-spec.js';
import { runLoad } from './load.js';
import { analyzeProfile } from './profile-analysis.js';
import { formatProfile, type ProfiledRun } from './profile-report.js';
import { runStoppingEverything, stopSome } from './processes.js';
import { startRedis, type BenchRedis } from './redis.js';
import { FULL, readSettings, type Settings } from './settings.js';
import { startUpstream, type RunningUpstream } from './upstream-process.js';
import { checkContender } from './validate.js';
import { WORKLOADS, workloadRequests, type Workload } from './workloads.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const PROFILES = path.join(ROOT, 'bench/results/profiles');
const CONTENDERS = ['ours', 'standard', 'naive', 'limit'];
const USAGE = 'usage: npx tsx bench/profile.ts W2 [--contender ours|standard|naive|limit] [--latency 0] [--seconds 8]';
const WARMUP_SEC = 2;
const STOP_GRACE_MS = 20_000;
const TOP_FUNCTIONS = 25;
const WEBHOOK_SECRET = 'bench-webhook-secret';
// --cpu-prof writes its file only on a normal exit, never when a signal kills
// the process. The baselines have no SIGTERM handler: this one makes SIGTERM
// an exit there, and stands aside where the contender has its own (ours).
const EXIT_ON_SIGTERM = "--import=data:text/javascript,process.once('SIGTERM',()=>{if(process.listenerCount('SIGTERM')===0)process.exit(0)})";

interface Options {
  workload: Workload;
  contender: string;
  latencyMs: number;
  seconds: number;
}

function intOption(raw: string | undefined, name: string, fallback: number, min: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} ${raw}: expected an integer ≥ ${min}\n${USAGE}`);
  return value;
}

function readOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { contender: { type: 'string' }, latency: { type: 'string' }, seconds: { type: 'string' } },
  });
  // W6 alone means its largest N, where the per-item cost shows most.
  const asked = (positionals[0] ?? '').toUpperCase().replace(/^W6$/, 'W6-100');
  const workload = WORKLOADS.find((w) => w.name.toUpperCase() === asked);
  if (!workload || positionals.length !== 1) throw new Error(`expected one workload of ${WORKLOADS.map((w) => w.name).join(', ')}\n${USAGE}`);
  const contender = values.contender ?? 'ours';
  if (!CONTENDERS.includes(contender)) throw new Error(`--contender ${contender}: expected one of ${CONTENDERS.join(', ')}\n${USAGE}`);
  return { workload, contender, latencyMs: intOption(values.latency, 'latency', 0, 0), seconds: intOption(values.seconds, 'seconds', 8, 1) };
}

/** The monotonic clock in µs, the one V8 stamps its samples with. */
function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

/** The load as the bench's rounds send it (bench/rounds.ts), without its warm-up: that is a run of its own here. */
function loadSpec(workload: Workload, contender: RunningContender, upstream: RunningUpstream, seconds: number, reference: string | undefined): LoadSpec {
  return {
    url: contender.graphqlUrl,
    ...workloadRequests(workload),
    connections: FULL.connections,
    durationSec: seconds,
    warmupSec: 0,
    ...(reference === undefined ? {} : { expectBody: reference }),
    statsUrl: upstream.statsUrl,
    pids: [contender.child.pid],
  };
}

/** The main thread's profile of `pid` (Node names it CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile). */
function findProfile(dir: string, contender: RunningContender): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const main = files.find((f) => f.includes(`.${contender.child.pid}.0.`)) ?? (files.length === 1 ? files[0] : undefined);
  if (main === undefined) {
    throw new Error(`${contender.name} wrote no profile to ${dir} (exit ${String(contender.child.exitCode())}):\n${contender.child.tail()}`);
  }
  return path.join(dir, main);
}

let redis: BenchRedis | undefined;

async function profile(options: Options): Promise<void> {
  const { workload, contender: name, latencyMs, seconds } = options;
  // startUpstream names the simulator's script relative to the root.
  process.chdir(ROOT);
  const dir = path.join(PROFILES, `${stamp()}-${workload.name}-${name}`);
  mkdirSync(dir, { recursive: true });
  if (name === 'ours') await ensureGatewayBuilt(ROOT);
  redis = name === 'ours' ? await startRedis() : undefined;
  const port = await freePort();
  // startUpstream only reads `upstream`; it also makes W6's prepared history.
  const settings: Settings = { ...readSettings(), upstream: 'sim' };
  const upstream = await startUpstream(settings, latencyMs, `http://127.0.0.1:${port}/webhooks/support-tickets`, WEBHOOK_SECRET);
  const env = { root: ROOT, upstreamUrl: upstream.url, redisUrl: redis?.url, port, webhookSecret: WEBHOOK_SECRET };
  const contender = await startContender(name, env, ['--cpu-prof', `--cpu-prof-dir=${dir}`, EXIT_ON_SIGTERM]);
  console.log(`${name} ready at ${contender.graphqlUrl} (SIM_LATENCY_MS=${latencyMs}${name === 'ours' ? `, ${redis ? 'Redis' : 'in-memory cache'}` : ''})`);

  const checked = await checkContender(contender.graphqlUrl, workload);
  if (checked.problems.length > 0) console.warn(`warning: ${name} answers ${workload.name} wrongly; profiling it anyway:\n  ${checked.problems.join('\n  ')}`);
  const spec = loadSpec(workload, contender, upstream, seconds, checked.reference);
  console.log(`warm-up ${WARMUP_SEC} s, then ${seconds} s of ${workload.name} on ${FULL.connections} connections…`);
  await runLoad({ ...spec, durationSec: WARMUP_SEC });
  const fromUs = nowUs();
  // W5 spends the wallets' coins: the measured run starts from full ones, as in the bench.
  const result = await runLoad(workload.mutates ? { ...spec, resetUrl: `${upstream.url}/__sim/reset` } : spec);
  const toUs = nowUs();

  await stopSome([contender.child], STOP_GRACE_MS);
  const file = findProfile(dir, contender);
  const breakdown = analyzeProfile(file, { fromUs, toUs }, ROOT, TOP_FUNCTIONS);
  const run: ProfiledRun = { workload: workload.name, contender: name, latencyMs, connections: FULL.connections, result, file: path.relative(ROOT, file) };
  console.log(`\n${formatProfile(run, breakdown, ROOT)}`);
}

await runStoppingEverything('the processes the profiler started', () => profile(readOptions(process.argv.slice(2))), async () => {
  await redis?.stop();
});
