import { Cluster, Redis } from 'ioredis';

/** One node of a Redis Cluster, as REDIS_CLUSTER_NODES lists it. */
export interface RedisNode {
  host: string;
  port: number;
}

/** Where Redis is: one server's `redis://` URL, or seed nodes of a Redis Cluster (the others are discovered). */
export type RedisTarget = string | readonly RedisNode[];

/** A connection to either; the gateway uses only commands both answer alike (one key each, or hash-tagged keys). */
export type RedisClient = Redis | Cluster;

/** How a client behaves while Redis is away; names and meanings are ioredis's. */
export interface RedisClientOptions {
  keyPrefix?: string;
  /** false: a command fails at once while there is no connection, instead of waiting for one. */
  enableOfflineQueue?: boolean;
  /** Failed reconnects a waiting command sits through before it fails; a number is also "never wait unboundedly" (below). */
  maxRetriesPerRequest?: number | null;
  commandTimeout?: number;
  connectTimeout?: number;
  /** Commands issued in one event-loop turn go out in one socket write (each keeps its own answer). */
  enableAutoPipelining?: boolean;
}

/** Reconnect after 200 ms, 400 ms, … then every 2 s, for as long as it takes. */
const backoff = (times: number): number => Math.min(times * 200, 2000);

/** The Redis a configuration names: the cluster when REDIS_CLUSTER_NODES is set, else REDIS_URL, else none. */
export function redisTarget(config: { redisUrl: string | undefined; redisClusterNodes: readonly RedisNode[] | undefined }): RedisTarget | undefined {
  return config.redisClusterNodes ?? config.redisUrl;
}

/**
 * A client for one server or for a cluster, with the same fail-fast behaviour either way.
 *
 * Note: a Cluster keeps its own queue for commands sent before it knows the slot map (or
 * while every node is unreachable), and that queue has no bound: neither `commandTimeout`
 * nor `maxRetriesPerRequest` reaches it. A client that asked for a bounded wait (a number
 * of retries) therefore gets no cluster-level queue: its commands fail at once there, and
 * its owner waits for readiness with {@link whenConnected} if it must not refuse a fresh
 * instance's first commands. Each node's own connection still honours `commandTimeout`.
 */
export function createRedisClient(target: RedisTarget, options: RedisClientOptions = {}): RedisClient {
  if (typeof target === 'string') return new Redis(target, { ...options, retryStrategy: backoff });
  const { keyPrefix, enableOfflineQueue, enableAutoPipelining, ...perNode } = options;
  const bounded = typeof options.maxRetriesPerRequest === 'number';
  return new Cluster(
    target.map(({ host, port }) => ({ host, port })),
    {
      ...(keyPrefix !== undefined && { keyPrefix }),
      ...(enableAutoPipelining !== undefined && { enableAutoPipelining }),
      enableOfflineQueue: enableOfflineQueue !== false && !bounded,
      clusterRetryStrategy: backoff,
      redisOptions: perNode,
    },
  );
}

/**
 * Resolves once a Cluster client is ready (knows its slot map), or after `timeoutMs`
 * (its commands then fail fast); at once for a single server, whose own offline queue
 * already waits, boundedly, for a connection.
 */
export function whenConnected(client: RedisClient, timeoutMs: number): Promise<void> {
  if (!(client instanceof Cluster) || client.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      client.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once('ready', done);
  });
}
