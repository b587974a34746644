import { describe, expect, it } from 'vitest';
import { ModerationDataSource } from '../../src/datasources/payments/moderation.datasource.js';
import type { RestClient } from '../../src/datasources/rest/rest-client.js';
import { GatewayError } from '../../src/errors/gateway-errors.js';

/** A RestClient stand-in that answers reads by body after a delay and records how many were in flight at once. */
function fakeRest(delayMs = 5) {
  const seen: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const rest = {
    async read(_endpoint: unknown, args: { body: { id: string } }) {
      seen.push(args.body.id);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      inFlight--;
      if (args.body.id === 'gone') throw new GatewayError('Not found.', 'NOT_FOUND', { upstream: { service: 'payments', status: 404 } });
      return { request: { id: args.body.id } };
    },
    async write() {
      return undefined;
    },
  };
  return { rest: rest as unknown as RestClient, seen, maxInFlight: () => maxInFlight };
}

describe("ModerationDataSource's review loader", () => {
  it('reads each distinct id once, at most ten at a time (a default page in one wave), answering in key order', async () => {
    const { rest, seen, maxInFlight } = fakeRest();
    const source = new ModerationDataSource(rest);
    const ids = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const answers = await Promise.all([...ids, ...ids].map((id) => source.loadReview(id)));
    expect(answers.map((a) => a?.request.id)).toEqual([...ids, ...ids]);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(maxInFlight()).toBe(10);
  });

  it('gives null for an id the upstream does not know, without failing the others', async () => {
    const { rest } = fakeRest(1);
    const source = new ModerationDataSource(rest);
    const [a, gone] = await Promise.all([source.loadReview('a'), source.loadReview('gone')]);
    expect(a?.request.id).toBe('a');
    expect(gone).toBeNull();
  });

  it('reads again after a decision, since the review may have changed', async () => {
    const { rest, seen } = fakeRest(1);
    const source = new ModerationDataSource(rest);
    await source.loadReview('a');
    await source.approveTransfer('a');
    await source.loadReview('a');
    expect(seen).toEqual(['a', 'a']);
  });
});
