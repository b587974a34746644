import { BlockList } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const bothUrls = { PAYMENTS_API_URL: 'http://payments.internal:8080', TICKETS_API_URL: 'https://tickets.internal' };
const clientCredentials = { TICKETS_CLIENT_ID: 'gateway', TICKETS_CLIENT_SECRET: 'client-secret' };

describe('loadConfig defaults', () => {
  it('starts with no configuration', () => {
    expect(loadConfig({})).toEqual({
      production: false,
      introspection: true,
      port: 4000,
      host: '0.0.0.0',
      redisUrl: undefined,
      redisClusterNodes: undefined,
      redisKeyPrefix: 'gw:',
      paymentsApiUrl: undefined,
      ticketsApiUrl: undefined,
      webhookSecret: undefined,
      tickets: { auth: undefined, reconcileAfterSeconds: 60, pollIntervalMs: 5000, stateTtlSeconds: 2_592_000 },
      logLevel: 'info',
      plansTtlSeconds: 300,
      coinPriceTtlSeconds: 120,
      callerVerdictTtlSeconds: 60,
      localCacheTtlMs: 2000,
      feeRangeTtlSeconds: 30,
      compiledExecution: true,
      compileAfterRuns: 2,
      fastLane: true,
      limits: { maxTokens: 2000, maxDepth: 8, maxAliases: 15, maxDirectives: 50, maxCost: 5000 },
      apqTtlSeconds: 3600,
      persistedOnly: false,
      persistedOperationsFile: 'persisted-operations.json',
      rateLimitPerMinute: 600,
      loginAttemptsPerMinute: 10,
      subscriptionsPerConnection: 20,
      subscriptionsPerCredential: 50,
      trustedProxies: expect.any(BlockList),
      circuitFailures: 5,
      circuitOpenMs: 5000,
      upstreamTimeoutCapMs: 30_000,
      operationBudgetMs: 30_000,
      maxBodyBytes: 1_048_576,
      shutdownGraceMs: 10_000,
    });
  });

  it('treats empty and blank values as unset', () => {
    const config = loadConfig({ PORT: '', REDIS_URL: ' ', LOG_LEVEL: '', WEBHOOK_SECRET: '  ', PAYMENTS_API_URL: '', TICKETS_API_URL: '' });
    expect(config.port).toBe(4000);
    expect(config.redisUrl).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.webhookSecret).toBeUndefined();
    expect(config.paymentsApiUrl).toBeUndefined();
  });
});

describe('loadConfig for budgets', () => {
  it('reads TRUSTED_PROXIES as addresses and ranges, and refuses anything else naming the variable', () => {
    const { trustedProxies } = loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1' });
    expect(trustedProxies.check('10.2.3.4', 'ipv4')).toBe(true);
    expect(trustedProxies.check('11.2.3.4', 'ipv4')).toBe(false);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.internal' })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe('loadConfig for production', () => {
  it('turns introspection off in production unless INTROSPECTION says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'TRUE' }).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: '0' }).introspection).toBe(false);
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION must be true or false/);
  });
});

describe('loadConfig with values', () => {
  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      INTROSPECTION: 'true',
      PORT: '8080',
      HOST: '127.0.0.1',
      REDIS_URL: 'redis://cache:6379/2',
      REDIS_KEY_PREFIX: 'gw-test:',
      ...bothUrls,
      WEBHOOK_SECRET: 'a-secret-of-16ch',
      TICKETS_CLIENT_ID: 'gateway',
      TICKETS_CLIENT_SECRET: 'client secret',
      TICKET_RECONCILE_AFTER_SECONDS: '30',
      TICKET_POLL_INTERVAL_MS: '1000',
      TICKET_STATE_TTL_SECONDS: '3600',
      LOG_LEVEL: 'debug',
      PLANS_CACHE_TTL_SECONDS: '60',
      COIN_PRICE_CACHE_TTL_SECONDS: '30',
      LOCAL_CACHE_TTL_MS: '0',
      FEE_RANGE_CACHE_TTL_SECONDS: '0',
      COMPILED_EXECUTION: 'false',
      COMPILE_AFTER_RUNS: '5',
      FAST_LANE: 'false',
      CALLER_VERDICT_TTL_SECONDS: '5',
      MAX_TOKENS: '500',
      MAX_DEPTH: '6',
      MAX_ALIASES: '3',
      MAX_DIRECTIVES: '4',
      MAX_COST: '900',
      APQ_TTL_SECONDS: '60',
      PERSISTED_ONLY: 'true',
      PERSISTED_OPERATIONS_FILE: '/etc/gateway/operations.json',
      RATE_LIMIT_PER_MINUTE: '50',
      LOGIN_ATTEMPTS_PER_MINUTE: '3',
      SUBSCRIPTIONS_PER_CONNECTION: '5',
      SUBSCRIPTIONS_PER_CREDENTIAL: '7',
      TRUSTED_PROXIES: '10.0.0.0/8',
      CIRCUIT_FAILURES: '3',
      CIRCUIT_OPEN_MS: '250',
      UPSTREAM_TIMEOUT_MS: '500',
      OPERATION_BUDGET_MS: '2000',
      MAX_BODY_BYTES: '2048',
      SHUTDOWN_GRACE_MS: '0',
    });
    expect(config).toEqual({
      production: true,
      introspection: true,
      port: 8080,
      host: '127.0.0.1',
      redisUrl: 'redis://cache:6379/2',
      redisClusterNodes: undefined,
      redisKeyPrefix: 'gw-test:',
      paymentsApiUrl: 'http://payments.internal:8080',
      ticketsApiUrl: 'https://tickets.internal',
      webhookSecret: 'a-secret-of-16ch',
      tickets: {
        auth: { kind: 'oauth2', clientId: 'gateway', clientSecret: 'client secret' },
        reconcileAfterSeconds: 30,
        pollIntervalMs: 1000,
        stateTtlSeconds: 3600,
      },
      logLevel: 'debug',
      plansTtlSeconds: 60,
      coinPriceTtlSeconds: 30,
      callerVerdictTtlSeconds: 5,
      localCacheTtlMs: 0,
      feeRangeTtlSeconds: 0,
      compiledExecution: false,
      compileAfterRuns: 5,
      fastLane: false,
      limits: { maxTokens: 500, maxDepth: 6, maxAliases: 3, maxDirectives: 4, maxCost: 900 },
      apqTtlSeconds: 60,
      persistedOnly: true,
      persistedOperationsFile: '/etc/gateway/operations.json',
      rateLimitPerMinute: 50,
      loginAttemptsPerMinute: 3,
      subscriptionsPerConnection: 5,
      subscriptionsPerCredential: 7,
      trustedProxies: expect.any(BlockList),
      circuitFailures: 3,
      circuitOpenMs: 250,
      upstreamTimeoutCapMs: 500,
      operationBudgetMs: 2000,
      maxBodyBytes: 2048,
      shutdownGraceMs: 0,
    });
  });

  it('removes trailing slashes of URLs', () => {
    const config = loadConfig({ ...clientCredentials, PAYMENTS_API_URL: 'http://payments:8080/', TICKETS_API_URL: 'https://tickets/api//', REDIS_URL: 'rediss://cache:6380/' });
    expect(config.paymentsApiUrl).toBe('http://payments:8080');
    expect(config.ticketsApiUrl).toBe('https://tickets/api');
    expect(config.redisUrl).toBe('rediss://cache:6380');
  });

  it('reads REDIS_CLUSTER_NODES as host:port pairs (IPv6 in brackets), spaces trimmed', () => {
    expect(loadConfig({ REDIS_CLUSTER_NODES: ' redis-0.cluster:6379, 10.0.0.2:7001 ,[::1]:7002' }).redisClusterNodes).toEqual([
      { host: 'redis-0.cluster', port: 6379 },
      { host: '10.0.0.2', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
    expect(loadConfig({ REDIS_CLUSTER_NODES: '  ' }).redisClusterNodes).toBeUndefined();
  });

  it('accepts the edges of the port range and trims spaces', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
    expect(loadConfig({ PORT: ' 4001 ' }).port).toBe(4001);
  });

  it('accepts every log level', () => {
    for (const level of ['debug', 'info', 'warn', 'error', 'silent']) expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
  });
});
