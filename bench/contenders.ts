import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answers200 } from './http.js';
import { canConnect } from './ports.js';
import { startProcess, waitUntilReady, type Child } from './processes.js';

/** A contender process, up and answering. */
export interface RunningContender {
  name: string;
  graphqlUrl: string;
  child: Child;
}

/** Where a contender's upstreams and Redis are. */
export interface ContenderEnv {
  root: string;
  upstreamUrl: string;
  redisUrl: string | undefined;
  port: number;
  webhookSecret: string;
}

// Outer settings that must not leak into a contender and change what is measured.
const SCRUBBED = [
  'PORT',
  'HOST',
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'PAYMENTS_API_URL',
  'TICKETS_API_URL',
  'TICKETS_AUTH',
  'TICKETS_CLIENT_ID',
  'TICKETS_CLIENT_SECRET',
  'LOG_LEVEL',
  'WEBHOOK_SECRET',
  'PLANS_CACHE_TTL_SECONDS',
  'COIN_PRICE_CACHE_TTL_SECONDS',
  'CALLER_VERDICT_TTL_SECONDS',
  'LOCAL_CACHE_TTL_MS',
  'UPSTREAM_TIMEOUT_MS',
  'OPERATION_BUDGET_MS',
  'CIRCUIT_FAILURES',
  'CIRCUIT_OPEN_MS',
  'MAX_BODY_BYTES',
  'MAX_TOKENS',
  'MAX_DEPTH',
  'MAX_ALIASES',
  'MAX_DIRECTIVES',
  'MAX_COST',
  'PERSISTED_ONLY',
  'PERSISTED_OPERATIONS_FILE',
  'RATE_LIMIT_PER_MINUTE',
  'LOGIN_ATTEMPTS_PER_MINUTE',
  'SUBSCRIPTIONS_PER_CONNECTION',
  'SUBSCRIPTIONS_PER_CREDENTIAL',
  'TRUSTED_PROXIES',
  'INTROSPECTION',
  'COMPILED_EXECUTION',
  'COMPILE_AFTER_RUNS',
  'FAST_LANE',
];

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of SCRUBBED) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('SIM_') || key.startsWith('BENCH_')) delete env[key];
  return env;
}

/**
 * The Node options `npm start` gives the gateway (package.json), so that ours runs as
 * deployed: a larger young generation, say, is part of what is measured.
 */
function startNodeOptions(root: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf('dist/src/index.js')).filter((word) => word.startsWith('--'));
}

/**
 * The gateway as deployed: the built output, production settings, the bench's Redis.
 * `nodeOptions` come after npm start's own (bench/profile.ts adds --cpu-prof).
 */
async function startOurs(env: ContenderEnv, nodeOptions: string[] = []): Promise<Child> {
  const args = [...startNodeOptions(env.root), ...nodeOptions, path.join(env.root, 'dist/src/index.js')];
  const child = startProcess('ours', process.execPath, args, {
    ...baseEnv(),
    PORT: String(env.port),
    // Loopback only: the benchmark sends no traffic beyond this machine.
    HOST: '127.0.0.1',
    PAYMENTS_API_URL: env.upstreamUrl,
    TICKETS_API_URL: env.upstreamUrl,
    // The simulator's demo OAuth2 client (sim/demo-credentials.ts).
    TICKETS_CLIENT_ID: 'demo-gateway',
    TICKETS_CLIENT_SECRET: 'demo-gateway-secret',
    ...(env.redisUrl ? { REDIS_URL: env.redisUrl } : {}),
    WEBHOOK_SECRET: env.webhookSecret,
    LOG_LEVEL: 'warn',
    // Note: the load is 50 connections under one credential per workload; the
    // per-credential rate limit (600 a minute by default) would answer most of
    // it with 429. The other limits (MAX_COST and the operation limits at their
    // defaults, subscriptions, logins) do not touch the workloads.
    RATE_LIMIT_PER_MINUTE: '0',
  });
  await waitUntilReady(child, () => answers200(`http://127.0.0.1:${env.port}/healthz`), 60_000);
  return child;
}

/**
 * The Node option of ours' `npm start` every baseline gets too: V8 keeps the code it compiled through a
 * lull between runs in all of them, so the floor never pays for what ours does not.
 */
const SHARED_NODE_OPTIONS = ['--no-flush-bytecode'];

/** A baseline from bench/contenders/, ready once it listens (each only listens when set up). */
export async function startBaseline(name: string, env: ContenderEnv, nodeOptions: string[] = []): Promise<Child> {
  const script = path.join(env.root, `bench/contenders/${name}.ts`);
  const child = startProcess(name, process.execPath, [...SHARED_NODE_OPTIONS, ...nodeOptions, '--import', 'tsx', script], {
    ...baseEnv(),
    PORT: String(env.port),
    PAYMENTS_API_URL: env.upstreamUrl,
    TICKETS_API_URL: env.upstreamUrl,
  });
  await waitUntilReady(child, () => canConnect(env.port), 60_000);
  return child;
}

/** Starts a contender by name on `env.port`, with extra Node options if any, and waits until it is ready. */
export async function startContender(name: string, env: ContenderEnv, nodeOptions: string[] = []): Promise<RunningContender> {
  const child = name === 'ours' ? await startOurs(env, nodeOptions) : await startBaseline(name, env, nodeOptions);
  return { name, graphqlUrl: `http://127.0.0.1:${env.port}/graphql`, child };
}
