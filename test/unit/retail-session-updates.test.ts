import { describe, expect, it } from 'vitest';
import { sessionInitStatusResponse } from '../../sim/fixtures/retail-session-read.fixture.js';
import type { GatewayContext } from '../../src/context.js';
import type { RetailSessionDto } from '../../src/datasources/payments/retail.dto.js';
import { ErrorCode } from '../../src/errors/error-codes.js';
import { GatewayError } from '../../src/errors/gateway-errors.js';
import { createGatewayPubSub } from '../../src/pubsub/gateway-pubsub.js';
import { Topic } from '../../src/pubsub/topics.js';
import { followRetailSession } from '../../src/resolvers/retail-session-updates.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const ID = 'urn:authenticateit:retail_connect:session:a84a4c8a-de3c-4dfd-bc62-8a563af97e38';

/** A context whose session reads answer from `answers` in turn (Errors are thrown), counting contexts made. */
function fakeContext(answers: Array<RetailSessionDto | Error>) {
  const pubsub = createGatewayPubSub(undefined, 'unit:', silent);
  const made = { contexts: 0 };
  const make = (): GatewayContext => {
    made.contexts++;
    const read = async (): Promise<RetailSessionDto> => {
      const next = answers.shift();
      if (next === undefined) throw new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    };
    return { pubsub, payments: { retail: { getRetailSession: read } }, renew: make } as unknown as GatewayContext;
  };
  return { ctx: make(), pubsub, made };
}

const session = (change: Partial<RetailSessionDto> = {}): RetailSessionDto => ({ ...(JSON.parse(sessionInitStatusResponse) as RetailSessionDto), ...change });

describe('followRetailSession', () => {
  it('reads each change afresh, keeps following past a passing failure, and ends after a refusal', async () => {
    const unavailable = new GatewayError('down', ErrorCode.UpstreamUnavailable);
    const forbidden = new GatewayError('no', ErrorCode.Forbidden);
    const { ctx, pubsub, made } = fakeContext([session(), session({ status: 'amount_set' }), unavailable, forbidden]);
    const updates = await followRetailSession(ctx, ID);
    const publish = () => setTimeout(() => pubsub.publish(Topic.RetailSessionChanged, ID, { sessionId: ID }), 10);

    publish();
    expect(await updates.next()).toMatchObject({ done: false, value: { session: { status: 'amount_set' } } });
    publish();
    expect(await updates.next()).toEqual({ done: false, value: { error: unavailable } });
    publish();
    expect(await updates.next()).toEqual({ done: false, value: { error: forbidden } });
    expect(await updates.next()).toEqual({ done: true, value: undefined });
    expect(made.contexts).toBe(4);
  });

  it('stops a wait for the next change at once when the client stops', async () => {
    const { ctx } = fakeContext([session()]);
    const updates = await followRetailSession(ctx, ID);
    const waiting = updates.next();
    await updates.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it('refuses before following when the first read fails', async () => {
    const { ctx } = fakeContext([new GatewayError('no', ErrorCode.NotFound)]);
    await expect(followRetailSession(ctx, ID)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(followRetailSession(ctx, 'a b')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
