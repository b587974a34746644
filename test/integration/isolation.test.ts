import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { startHarness, type GraphQLAnswer, type Harness } from '../helpers/harness.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

/**
 * Point 9 of the hardening issue: per-request loaders and per-caller credentials never
 * serve one caller's data to another. Each demo ticket is given state of its own first
 * (a wallet address with its name in the description, a participant address), then
 * hundreds of reads of the same operation, from every caller at once, are interleaved
 * over HTTP and WebSocket while the upstream is slowed so that they overlap, and every
 * answer must be exactly its own caller's.
 */

const CALLERS = ['demo-user', 'demo-participant', 'demo-system'] as const;
type Caller = (typeof CALLERS)[number];
/** A ticket the upstream does not know, and no ticket at all: neither may ever see data. */
const STRANGER = 'demo-stranger';
const OWN: Record<Caller, { wallet: string; participant: string | null }> = {
  'demo-user': { wallet: '0x1111111111111111111111111111111111111111', participant: null },
  'demo-participant': { wallet: '0x2222222222222222222222222222222222222222', participant: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' },
  'demo-system': { wallet: '0x3333333333333333333333333333333333333333', participant: '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB' },
};
const READ = `{
  plans { id }
  me { walletAddresses { address description } balance { accountCoins } }
  participant { billingPlan { planId } ethereumAccount { address } }
}`;
const ADD = 'mutation ($address: EthereumAddress!, $description: String) { addWalletAddress(address: $address, description: $description) { address } }';
const SET = 'mutation ($address: EthereumAddress) { setParticipantEthereumAddress(address: $address) { address } }';

type Answer = Pick<GraphQLAnswer, 'data' | 'errors'>;
const comparable = (a: Answer): Answer => ({ data: a.data, ...(a.errors && { errors: a.errors }) });

/** Codes of an upstream that was too slow or away: the field is null, which is nobody's data. */
const UNAVAILABLE = new Set(['UPSTREAM_TIMEOUT', 'UPSTREAM_UNAVAILABLE']);
let unavailable = 0;

/**
 * The caller's own answer as it must be, allowing for fields lost to a slow upstream (the
 * machine is shared, so a timeout under load can happen): such a field is null in both,
 * and its own refusals give way to the timeout. Everything else must be equal.
 */
function expectOwn(answer: Answer, own: Answer, who: string): void {
  const lost = (answer.errors ?? []).filter((e) => UNAVAILABLE.has(String(e.extensions?.code)));
  if (lost.length === 0) return void expect(comparable(answer), who).toEqual(own);
  unavailable++;
  const data = structuredClone(own.data) as Record<string, unknown>;
  const under = (path: unknown[] | undefined, prefix: unknown[]) => path !== undefined && prefix.every((p, i) => path[i] === p);
  for (const { path = [] } of lost) {
    let at: Record<string, unknown> = data;
    for (const key of path.slice(0, -1)) at = at[key as string] as Record<string, unknown>;
    at[path.at(-1) as string] = null;
  }
  const kept = (own.errors ?? []).filter((e) => !lost.some((l) => under(e.path, l.path ?? [])));
  const sort = (errors: Answer['errors'] = []) => [...errors].sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
  expect({ data: answer.data, errors: sort(answer.errors) }, who).toEqual({ data, errors: sort([...kept, ...lost]) });
}

/** True when an answer carries no data of anyone: every field null, refused as UNAUTHENTICATED (or lost to a slow upstream). */
function holdsNothing(answer: Answer): boolean {
  const data = JSON.stringify(answer.data ?? null);
  return !/0x|"planId":"|"id":"/.test(data) && (answer.errors ?? []).length > 0 && answer.errors!.every((e) => e.extensions?.code === 'UNAUTHENTICATED' || UNAVAILABLE.has(String(e.extensions?.code)));
}

describe('isolation between callers under interleaved load', () => {
  let h: Harness;
  const expected = new Map<Caller, Answer>();
  beforeAll(async () => {
    // A timeout under load must not open the circuit: the test is about whose data comes back.
    h = await startHarness({ redisUrl: inject('redisUrl'), env: { CIRCUIT_FAILURES: '1000' } });
    for (const caller of CALLERS) {
      const added = await h.runAs(caller, ADD, { address: OWN[caller].wallet, description: `own-${caller}` });
      expect(added.errors).toBeUndefined();
      if (OWN[caller].participant) expect((await h.runAs(caller, SET, { address: OWN[caller].participant })).errors).toBeUndefined();
    }
    // Each caller's answer, asked alone: what every interleaved answer must equal.
    for (const caller of CALLERS) expected.set(caller, comparable(await h.runAs(caller, READ)));
    // Every upstream call now takes a little while, so that requests overlap inside the gateway.
    await h.fault({ route: '*', latencyMs: 10 });
  });
  afterAll(() => h?.close());

  it('starts from answers that differ per caller and hold each one\'s own state only', () => {
    for (const caller of CALLERS) {
      const text = JSON.stringify(expected.get(caller));
      expect(text).toContain(`own-${caller}`);
      for (const other of CALLERS.filter((c) => c !== caller)) {
        expect(text).not.toContain(`own-${other}`);
        expect(text.toLowerCase()).not.toContain(OWN[other].wallet);
        if (OWN[other].participant) expect(text).not.toContain(OWN[other].participant);
      }
    }
    // demo-user is an app user: the participant fields are FORBIDDEN for it, never someone else's.
    expect(expected.get('demo-user')!.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(expected.get('demo-participant')!.errors).toBeUndefined();
  });

  it('answers 240 interleaved HTTP requests from three users, a stranger and anonymous callers each with its own data', async () => {
    unavailable = 0;
    const order = fc.sample(fc.constantFrom<Caller | 'stranger' | 'anonymous'>(...CALLERS, 'stranger', 'anonymous'), { numRuns: 240, seed: 9 });
    const answers = await Promise.all(
      order.map(async (who) => {
        const ticket = who === 'anonymous' ? undefined : who === 'stranger' ? STRANGER : who;
        return { who, answer: await h.runAs(ticket, READ) };
      }),
    );
    for (const { who, answer } of answers) {
      if (who === 'anonymous' || who === 'stranger') expect(holdsNothing(answer), `${who}: ${JSON.stringify(answer)}`).toBe(true);
      else expectOwn(answer, expected.get(who)!, who);
    }
    expect(new Set(order).size).toBe(5);
    expect(unavailable).toBeLessThan(order.length / 4);
  });

  it('keeps callers apart across WebSocket connections and HTTP at once', async () => {
    const clients = new Map<string, Client>([...CALLERS, STRANGER].map((t) => [t, wsClient(h.wsUrl, { authenticateit_identity_ticket: t })]));
    unavailable = 0;
    try {
      const order = fc.sample(fc.constantFrom<Caller | typeof STRANGER>(...CALLERS, STRANGER), { numRuns: 80, seed: 10 });
      const overWs = order.map(async (who) => {
        const result = await wsQuery(clients.get(who)!, READ);
        return { who, answer: { data: result.data, ...(result.errors && { errors: result.errors }) } as Answer };
      });
      const overHttp = order.map(async (who) => ({ who, answer: comparable(await h.runAs(who, READ)) }));
      for (const { who, answer } of await Promise.all([...overWs, ...overHttp])) {
        if (who === STRANGER) expect(holdsNothing(answer), JSON.stringify(answer)).toBe(true);
        else expectOwn(answer, expected.get(who)!, who);
      }
      expect(unavailable).toBeLessThan(order.length / 2);
    } finally {
      await Promise.all([...clients.values()].map((c) => c.dispose()));
    }
  });
});
