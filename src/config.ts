import type { BlockList } from 'node:net';
import { bool, ConfigError, int, url, type Env } from './lib/env-values.js';
import { LOG_LEVELS, type LogLevel } from './lib/logger.js';
import type { RedisNode } from './lib/redis-client.js';
import { parseTrustedProxies } from './lib/trusted-proxies.js';
import { readTicketServiceConfig, type TicketServiceConfig } from './ticket-service.config.js';

export { ConfigError } from './lib/env-values.js';

/** The gateway's whole configuration, read once from the environment. */
export interface Config {
  /** NODE_ENV=production: no schema hints in errors, introspection off unless INTROSPECTION=true. */
  production: boolean;
  /** Whether the schema may be introspected (INTROSPECTION; default: on, off in production). */
  introspection: boolean;
  port: number;
  host: string;
  /** Unset: the in-memory cache and pub/sub serve a single instance. */
  redisUrl: string | undefined;
  /** Seed nodes of a Redis Cluster (REDIS_CLUSTER_NODES), used instead of REDIS_URL; the two exclude each other. */
  redisClusterNodes: RedisNode[] | undefined;
  /** Prefix of every Redis key this gateway writes, so that instances of other deployments (or tests) never collide. */
  redisKeyPrefix: string;
  /** Unset: `npm start` embeds the upstream simulator and points both URLs at it. */
  paymentsApiUrl: string | undefined;
  ticketsApiUrl: string | undefined;
  webhookSecret: string | undefined;
  /** The support-ticket service: service credentials, reconciliation, stored ticket states. */
  tickets: TicketServiceConfig;
  logLevel: LogLevel;
  /** How long the plan catalogue stays in the shared cache. */
  plansTtlSeconds: number;
  /** How long a coin price stays in the shared cache: at most the upstream's own 120 s (`coin_price.timeout_sec`). */
  coinPriceTtlSeconds: number;
  /**
   * How long an upstream's yes to a caller (a ticket's hash) lets that caller be served a
   * shared answer from the cache without asking the upstream again.
   */
  callerVerdictTtlSeconds: number;
  /** How long an instance keeps its own copy of a shared-cache entry (0: ask Redis every time). */
  localCacheTtlMs: number;
  /**
   * How long an instance believes the fee range a caller's balance showed, for checking a
   * transfer's fee without reading the balance again (0: read it for every transfer). A fee
   * outside the remembered range is checked against a fresh read before it is refused.
   */
  feeRangeTtlSeconds: number;
  /**
   * Whether operations run as compiled functions (graphql-jit) once their document has run
   * a couple of times through graphql-js (COMPILED_EXECUTION; default on). Off: graphql-js
   * executes every operation, as Apollo Server does by default.
   */
  compiledExecution: boolean;
  /** Runs through graphql-js before a document is compiled (COMPILE_AFTER_RUNS; 0: compile on first use). */
  compileAfterRuns: number;
  /**
   * Whether an HTTP operation Apollo Server has already let through runs without its
   * request pipeline (FAST_LANE; default on; needs COMPILED_EXECUTION): src/server/fast-lane/.
   */
  fastLane: boolean;
  /** Upper bound on every upstream endpoint's own timeout (operators tighten it; tests shorten it). */
  upstreamTimeoutCapMs: number;
  /** Time one query or mutation may spend on upstream calls, retries included; later calls fail fast. */
  operationBudgetMs: number;
  /** Failures in a row (timeouts, refused connections, 5xx) that open an upstream's circuit. */
  circuitFailures: number;
  /** How long an open circuit refuses calls before it lets a trial call through. */
  circuitOpenMs: number;
  /** What one operation may ask for, over HTTP and WebSocket alike. */
  limits: {
    /** Parser tokens: bounds the cost of parsing before anything else runs. */
    maxTokens: number;
    /** Nesting of fields, introspection excluded. */
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    /** One per field; list fields count each item (by `first`, else 10). */
    maxCost: number;
  };
  /** How long an automatic persisted query (a hash and its text) stays in the shared cache. */
  apqTtlSeconds: number;
  /** Only the operations of the committed manifest run (mobile apps in production). */
  persistedOnly: boolean;
  /** The manifest PERSISTED_ONLY reads (Apollo's persisted-query manifest format). */
  persistedOperationsFile: string;
  /** Requests (operations) per minute per credential, or per IP for anonymous callers; 0: no limit. */
  rateLimitPerMinute: number;
  /** merchantLogin attempts a minute per account (its hash) and, separately, per client address; 0: no limit. */
  loginAttemptsPerMinute: number;
  /** Open subscriptions one WebSocket connection may hold. */
  subscriptionsPerConnection: number;
  /** Open subscriptions one credential may hold across every connection and instance. */
  subscriptionsPerCredential: number;
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses and CIDR ranges). */
  trustedProxies: BlockList;
  /** Largest JSON request body accepted. */
  maxBodyBytes: number;
  /** How long a graceful shutdown waits for in-flight requests. */
  shutdownGraceMs: number;
}

function proxies(env: Env): BlockList {
  try {
    return parseTrustedProxies(env.TRUSTED_PROXIES ?? '');
  } catch (err) {
    throw new ConfigError(`TRUSTED_PROXIES must list addresses or CIDR ranges separated by commas: ${(err as Error).message}.`);
  }
}

/** REDIS_CLUSTER_NODES: `host:port` pairs separated by commas (IPv6 hosts in brackets). */
function clusterNodes(env: Env): RedisNode[] | undefined {
  const raw = env.REDIS_CLUSTER_NODES?.trim();
  if (!raw) return undefined;
  return raw.split(',').map((entry, index) => {
    const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$/.exec(entry.trim());
    const port = Number(match?.[2]);
    if (!match?.[1] || port < 1 || port > 65535) {
      // Not echoed: a URL pasted here by mistake can carry a password.
      throw new ConfigError(`REDIS_CLUSTER_NODES must list host:port pairs separated by commas; entry ${index + 1} is not one.`);
    }
    return { host: match[1].replace(/^\[(.*)\]$/, '$1'), port };
  });
}

/**
 * Reads and validates the configuration; throws {@link ConfigError} with a clear message
 * for the first bad value, so that a misconfigured instance never starts half-working.
 */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}".`);
  }
  const paymentsApiUrl = url(env, 'PAYMENTS_API_URL', ['http:', 'https:']);
  const ticketsApiUrl = url(env, 'TICKETS_API_URL', ['http:', 'https:']);
  if (Boolean(paymentsApiUrl) !== Boolean(ticketsApiUrl)) {
    throw new ConfigError(
      'PAYMENTS_API_URL and TICKETS_API_URL go together: set both for real upstreams, or neither to start the embedded simulator.',
    );
  }
  const webhookSecret = env.WEBHOOK_SECRET?.trim() || undefined;
  if (webhookSecret !== undefined && webhookSecret.length < 16) {
    throw new ConfigError('WEBHOOK_SECRET must be at least 16 characters long.');
  }
  const production = env.NODE_ENV?.trim() === 'production';
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const redisClusterNodes = clusterNodes(env);
  if (redisUrl && redisClusterNodes) {
    throw new ConfigError('REDIS_URL and REDIS_CLUSTER_NODES exclude each other: set REDIS_URL for one Redis server, or REDIS_CLUSTER_NODES for a Redis Cluster.');
  }
  return {
    production,
    introspection: bool(env, 'INTROSPECTION', !production),
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    redisUrl,
    redisClusterNodes,
    redisKeyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'gw:',
    paymentsApiUrl,
    ticketsApiUrl,
    webhookSecret,
    tickets: readTicketServiceConfig(env, ticketsApiUrl !== undefined),
    logLevel,
    plansTtlSeconds: int(env, 'PLANS_CACHE_TTL_SECONDS', 300, 1, 86_400),
    coinPriceTtlSeconds: int(env, 'COIN_PRICE_CACHE_TTL_SECONDS', 120, 1, 120),
    callerVerdictTtlSeconds: int(env, 'CALLER_VERDICT_TTL_SECONDS', 60, 1, 3600),
    localCacheTtlMs: int(env, 'LOCAL_CACHE_TTL_MS', 2000, 0, 60_000),
    feeRangeTtlSeconds: int(env, 'FEE_RANGE_CACHE_TTL_SECONDS', 30, 0, 300),
    compiledExecution: bool(env, 'COMPILED_EXECUTION', true),
    compileAfterRuns: int(env, 'COMPILE_AFTER_RUNS', 2, 0, 1000),
    fastLane: bool(env, 'FAST_LANE', true),
    upstreamTimeoutCapMs: int(env, 'UPSTREAM_TIMEOUT_MS', 30_000, 50, 300_000),
    operationBudgetMs: int(env, 'OPERATION_BUDGET_MS', 30_000, 100, 300_000),
    circuitFailures: int(env, 'CIRCUIT_FAILURES', 5, 1, 1000),
    circuitOpenMs: int(env, 'CIRCUIT_OPEN_MS', 5000, 10, 600_000),
    limits: {
      maxTokens: int(env, 'MAX_TOKENS', 2000, 100, 1_000_000),
      maxDepth: int(env, 'MAX_DEPTH', 8, 2, 100),
      maxAliases: int(env, 'MAX_ALIASES', 15, 0, 10_000),
      maxDirectives: int(env, 'MAX_DIRECTIVES', 50, 0, 10_000),
      maxCost: int(env, 'MAX_COST', 5000, 10, 10_000_000),
    },
    apqTtlSeconds: int(env, 'APQ_TTL_SECONDS', 3600, 1, 604_800),
    persistedOnly: bool(env, 'PERSISTED_ONLY', false),
    persistedOperationsFile: env.PERSISTED_OPERATIONS_FILE?.trim() || 'persisted-operations.json',
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 10_000_000),
    loginAttemptsPerMinute: int(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 10, 0, 10_000),
    subscriptionsPerConnection: int(env, 'SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 10_000),
    subscriptionsPerCredential: int(env, 'SUBSCRIPTIONS_PER_CREDENTIAL', 50, 1, 100_000),
    trustedProxies: proxies(env),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 1_048_576, 1024, 104_857_600),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
  };
}
