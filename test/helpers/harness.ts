import { randomUUID } from 'node:crypto';
import { DEMO_TICKETS_CLIENT } from '../../sim/demo-credentials.js';
import { startSimulator, type RunningSimulator } from '../../sim/simulator.js';
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/lib/logger.js';
import { startGateway, type Gateway } from '../../src/server/gateway.js';

/** A GraphQL answer as the client sees it. */
export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> & { code?: string } }>;
}

/** A fault for the simulator (POST /__sim/faults). */
export interface SimFault {
  route: string;
  status?: number;
  body?: string;
  latencyMs?: number;
  hang?: boolean;
  /** Seconds for a Retry-After header on the fault's answer. */
  retryAfter?: number;
  times?: number;
}

/** Options of {@link startHarness}. */
export interface HarnessOptions {
  /** Redis for the shared cache; absent = in-memory. */
  redisUrl?: string;
  /** Reuse a running simulator (two gateways over one upstream). */
  sim?: RunningSimulator;
  /** Extra gateway environment (UPSTREAM_TIMEOUT_MS, …). */
  env?: Record<string, string>;
  /** Key prefix; by default unique per harness so that nothing is shared by accident. */
  redisKeyPrefix?: string;
  /** Receives the gateway's log lines (default: LOG_LEVEL, silent in tests). */
  logger?: Logger;
}

/** One POST /graphql as a client sends it. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** Any headers: a session ticket, a device ticket, a merchant token, a cookie, … */
  headers?: Record<string, string>;
}

/** A simulator and a gateway in this process, on free ports, with helpers to talk to both. */
export interface Harness {
  sim: RunningSimulator;
  gateway: Gateway;
  /** POSTs an operation to /graphql as `ticket` (none: anonymous). */
  runAs<T = Record<string, unknown>>(ticket: string | undefined, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  /** POSTs an operation with any headers; the answer carries the response headers too. */
  request<T = Record<string, unknown>>(request: GraphQLRequest): Promise<GraphQLAnswer<T> & { headers: Headers }>;
  /** The gateway's ws:// URL (graphql-ws on /graphql). */
  wsUrl: string;
  /** Upstream calls per "METHOD path" since the last reset. */
  stats(): Promise<Record<string, number>>;
  /** Upstream calls of one "METHOD path". */
  calls(route: string): Promise<number>;
  resetSim(): Promise<void>;
  fault(fault: SimFault): Promise<void>;
  clearFaults(): Promise<void>;
  close(): Promise<void>;
}

async function post(url: string, body: unknown): Promise<Response> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return res;
}

/** Starts a simulator (unless given) and a gateway over it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const ownSim = !options.sim;
  const sim = options.sim ?? (await startSimulator({ port: 0 }));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    PAYMENTS_API_URL: sim.url,
    TICKETS_API_URL: sim.url,
    TICKETS_CLIENT_ID: DEMO_TICKETS_CLIENT.id,
    TICKETS_CLIENT_SECRET: DEMO_TICKETS_CLIENT.secret,
    // Expected failures log as errors; TEST_LOG_LEVEL=error shows them when a test needs it.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    REDIS_KEY_PREFIX: options.redisKeyPrefix ?? `test:${randomUUID()}:`,
    SHUTDOWN_GRACE_MS: '5000',
    // Tests fire many requests with one demo ticket; the budget has tests of its own.
    RATE_LIMIT_PER_MINUTE: '0',
    // Every operation of the suite runs compiled; test/integration/compiled-execution.test.ts
    // checks the first runs through graphql-js, and that both answer alike.
    COMPILE_AFTER_RUNS: '0',
    ...(options.redisUrl && { REDIS_URL: options.redisUrl }),
    ...options.env,
  });
  const gateway = await startGateway(config, options.logger ? { logger: options.logger } : {});
  const stats = async (): Promise<Record<string, number>> =>
    ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: Record<string, number> }).requests;
  const request = async <T>({ query, variables, operationName, headers }: GraphQLRequest) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const body = (await res.json()) as Omit<GraphQLAnswer<T>, 'status'>;
    return { status: res.status, headers: res.headers, ...body };
  };
  return {
    sim,
    gateway,
    wsUrl: gateway.url.replace(/^http/, 'ws'),
    request,
    async runAs<T>(ticket: string | undefined, query: string, variables?: Record<string, unknown>) {
      const { headers: _ignored, ...answer } = await request<T>({ query, variables, headers: ticket ? { authenticateit_identity_ticket: ticket } : {} });
      return answer;
    },
    stats,
    calls: async (route) => (await stats())[route] ?? 0,
    resetSim: async () => void (await post(`${sim.url}/__sim/reset`, {})),
    fault: async (fault) => void (await post(`${sim.url}/__sim/faults`, fault)),
    clearFaults: async () => void (await post(`${sim.url}/__sim/faults`, {})),
    async close() {
      await gateway.close();
      if (ownSim) await sim.close();
    },
  };
}
