import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';
import type { Logger } from '../lib/logger.js';
import { createRedisClient, type RedisTarget } from '../lib/redis-client.js';
import type { Topic, TopicPayloads } from './topics.js';

type Inner = ReturnType<typeof createPubSub<Record<string, [string, unknown]>>>;

/**
 * Publish and subscribe by topic and id, across every gateway instance through Redis
 * pub/sub (or within this process when no Redis is configured). Channel names carry the
 * deployment's key prefix, so deployments (and tests) sharing a Redis never hear each
 * other. Publishing is fire and forget: a failure is logged, never thrown.
 */
export class GatewayPubSub {
  constructor(
    private readonly inner: Inner,
    private readonly prefix: string,
    private readonly closeClients: () => Promise<void> = async () => {},
  ) {}

  /** Tells every subscriber of `topic` and `id`, on every instance, about a change. */
  publish<T extends Topic>(topic: T, id: string, payload: TopicPayloads[T]): void {
    this.inner.publish(this.prefix + topic, id, payload);
  }

  /** The changes of `topic` and `id` from now on; ends when the consumer returns. */
  subscribe<T extends Topic>(topic: T, id: string): AsyncIterableIterator<TopicPayloads[T]> {
    return this.inner.subscribe(this.prefix + topic, id) as AsyncIterableIterator<TopicPayloads[T]>;
  }

  /** Closes the Redis connections, if any. */
  close(): Promise<void> {
    return this.closeClients();
  }
}

/** A serializer that never throws: a malformed message is dropped, not an exception inside ioredis. */
function safeSerializer(logger: Logger) {
  return {
    stringify: (value: unknown) => JSON.stringify(value),
    parse: (text: string): unknown => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        logger.warn('pubsub: dropped a malformed message');
        return null;
      }
    },
  };
}

/**
 * The pub/sub engine: Redis with two connections (a subscribing connection can do nothing
 * else) when `redis` is set, in-process otherwise. Note: on a Redis Cluster plain PUBLISH
 * reaches the subscribers of every node, so a subscriber on any node hears every instance.
 */
export function createGatewayPubSub(redis: RedisTarget | undefined, prefix: string, logger: Logger): GatewayPubSub {
  if (!redis) return new GatewayPubSub(createPubSub(), prefix);
  const subscribeClient = createRedisClient(redis);
  // Fails fast while Redis is away (pub/sub is at-most-once anyway; final states live in keys).
  const publisher = createRedisClient(redis, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  let lastErrorLog = 0;
  const onError = (err: Error): void => {
    if (Date.now() - lastErrorLog < 5000) return;
    lastErrorLog = Date.now();
    logger.warn('pubsub: redis unavailable', { error: err.message });
  };
  subscribeClient.on('error', onError);
  publisher.on('error', onError);
  // The event target does not await publish: catch here, or an outage is an unhandled rejection.
  const publishClient = { publish: (channel: string, message: string) => publisher.publish(channel, message).catch(onError) };
  const eventTarget = createRedisEventTarget({
    publishClient: publishClient as unknown as Redis,
    subscribeClient,
    serializer: safeSerializer(logger),
  });
  const close = async (): Promise<void> => {
    await Promise.allSettled([subscribeClient.quit(), publisher.quit()]);
    subscribeClient.disconnect();
    publisher.disconnect();
  };
  return new GatewayPubSub(createPubSub({ eventTarget }), prefix, close);
}
