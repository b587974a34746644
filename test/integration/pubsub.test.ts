import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Logger } from '../../src/lib/logger.js';
import { createGatewayPubSub, type GatewayPubSub } from '../../src/pubsub/gateway-pubsub.js';
import { Topic } from '../../src/pubsub/topics.js';

const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The next value of a subscription, or 'nothing' after `ms`. */
async function next<T>(iterator: AsyncIterator<T>, ms = 1500): Promise<T | 'nothing'> {
  const timeout = new Promise<'nothing'>((resolve) => setTimeout(() => resolve('nothing'), ms));
  const value = iterator.next().then((r) => (r.done ? ('nothing' as const) : r.value));
  return Promise.race([value, timeout]);
}

describe('GatewayPubSub over Redis', () => {
  const open: GatewayPubSub[] = [];
  afterEach(async () => {
    for (const pubsub of open.splice(0)) await pubsub.close();
  });
  const make = (prefix: string): GatewayPubSub => {
    const pubsub = createGatewayPubSub(inject('redisUrl'), prefix, silent);
    open.push(pubsub);
    return pubsub;
  };

  it('delivers what one instance publishes to a subscriber of another, by topic and id', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = make(prefix);
    const b = make(prefix);
    const changes = b.subscribe(Topic.SupportTicketChanged, 't-1');
    const other = b.subscribe(Topic.SupportTicketChanged, 't-2');
    const first = next(changes);
    // Redis SUBSCRIBE is asynchronous: give it a moment before publishing.
    await new Promise((r) => setTimeout(r, 200));
    a.publish(Topic.SupportTicketChanged, 't-1', { ticketId: 't-1' });
    expect(await first).toEqual({ ticketId: 't-1' });
    expect(await next(other, 300)).toBe('nothing');
    await changes.return?.();
    await other.return?.();
  });

  it('keeps deployments with different key prefixes apart on one Redis', async () => {
    const a = make(`test:${randomUUID()}:`);
    const b = make(`test:${randomUUID()}:`);
    const changes = b.subscribe(Topic.RetailSessionChanged, 's-1');
    const first = next(changes, 600);
    await new Promise((r) => setTimeout(r, 200));
    a.publish(Topic.RetailSessionChanged, 's-1', { sessionId: 's-1' });
    expect(await first).toBe('nothing');
    await changes.return?.();
  });

  it('logs instead of throwing when Redis is unreachable', async () => {
    const warnings: string[] = [];
    const pubsub = createGatewayPubSub('redis://127.0.0.1:1', 'x:', { ...silent, warn: (m) => warnings.push(m) });
    open.push(pubsub);
    expect(() => pubsub.publish(Topic.SupportTicketChanged, 't', { ticketId: 't' })).not.toThrow();
    await new Promise((r) => setTimeout(r, 300));
    expect(warnings.some((w) => /redis unavailable/.test(w))).toBe(true);
  });
});

describe('GatewayPubSub in process', () => {
  it('delivers within the process when no Redis is configured', async () => {
    const pubsub = createGatewayPubSub(undefined, 'p:', silent);
    const changes = pubsub.subscribe(Topic.SupportTicketChanged, 't-1');
    const first = next(changes);
    pubsub.publish(Topic.SupportTicketChanged, 't-1', { ticketId: 't-1' });
    expect(await first).toEqual({ ticketId: 't-1' });
    await changes.return?.();
  });
});
