import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePathPattern } from '../../sim/routing/path-pattern.js';
import { DEMO_MERCHANT } from '../../sim/demo-credentials.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

/**
 * The fuzz test, end to end: random and hostile values for every argument that ends
 * up in an upstream path, for the scalar arguments and for the `filter` grammar, sent as
 * variables through the real gateway to the simulator. Every answer must be HTTP 200 or 400
 * with data or a client's error only, and the simulator must only ever see the routes the
 * field is meant to call (its stats keys are "METHOD /path" as sent, so an id that escaped
 * its path segment would show as a route of its own).
 */

/** What a client may be told about a value it sent; anything else (INTERNAL_SERVER_ERROR, UPSTREAM_*) fails. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'FEATURE_DISABLED']);

/** Strings an attacker tries first in a path: traversal, encoded separators, query and fragment marks, control characters. */
const PATH_TRICKS = ['..', '.', '/', '%2F', '%2f', '%2e%2e', '%2E.', '../', '..%2F', '?', '#', '?a=b', '#frag', '%', '%00', '\u0000', '\r\n', '\t', ' ', '\\', ';', '@', '&', '=', '+', '*', 'é', '😀', '\u202e', '\ud800'];

const pieces = fc.constantFrom(...PATH_TRICKS, 'a', 'Z', '0', '9', '-', '_', ':', 'default', 'tkt_1', 'urn:authenticateit:participant:1');

/** Hostile text of every kind, short and very long. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(pieces, { minLength: 1, maxLength: 12 }).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PATH_TRICKS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '/', '..', '%2F', 'é'), fc.integer({ min: 200, max: 5000 })).map(([s, n]) => s.repeat(n)) },
);

/** One argument under test: who asks, the operation (the value is `$v`), and the routes it may call. */
interface FuzzField {
  name: string;
  as: 'demo-user' | 'demo-participant' | 'demo-system' | 'merchant';
  query: string;
  routes: readonly string[];
  /** Values near a valid one, which get further in; hostile text otherwise. */
  near?: fc.Arbitrary<unknown>;
  /** Values that must reach the upstream, sent after the random ones. */
  reaching?: readonly unknown[];
  extra?: Record<string, unknown>;
}

const uuid = fc.uuid();
const coins = fc.oneof(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String), fc.stringMatching(/^-?[0-9]{1,90}$/), fc.integer(), fc.double());
const TRICKY_IDS = ['urn:nope:1', 'a/b', '%2F', '%2e%2e', 'x/../y', '?id=default', '#frag', 'a?b#c', '..;', 'ä'];
const RATE_CARD = { billable: false, items: [{ id: 'clicks', value: 1 }], userRewards: { coins: '1000' } };
const FILTER = fc.array(fc.constantFrom('kind', 'coins', 'at', 'status', ':', ':<', ':>=', ':*', ':~', '(', ')', '-', ' NOT ', ' AND ', ' OR ', ' ', '"', 'cashout', '1', '2022-01-01', '/', '..', '%2F', '?', '#', '&first=1000'), { maxLength: 16 }).map((p) => p.join(''));

const FIELDS: FuzzField[] = [
  { name: 'supportTicket(id)', as: 'merchant', query: 'query ($v: ID!) { supportTicket(id: $v) { id status } }', routes: ['GET /api/v1/support-tickets/:ticketId/'],
    near: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/), reaching: ['tkt_nope', 'a..b', 'x:y.z', 'a.'] },
  { name: 'terminateContract(participantId)', as: 'demo-system', query: 'mutation ($v: ID!) { terminateContract(participantId: $v) { planId } }',
    routes: ['GET /participants/:id/contract/terminate', 'GET /payments-service/participants/current/billing_plan'], reaching: TRICKY_IDS },
  { name: 'setPaymentCard(token)', as: 'demo-participant', query: 'mutation ($v: String!) { setPaymentCard(token: $v) }', routes: ['PUT /payments-service/user/card/:token'],
    near: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), reaching: ['tok_visa', 'card_x-1'] },
  { name: 'approveEthereumTransfer(code)', as: 'demo-user', query: 'mutation ($v: ID!) { approveEthereumTransfer(code: $v) }', routes: ['GET /user/ethereum/transfer/:code/approve'], near: uuid, reaching: ['9f5885f7-b013-440c-b86e-a247fc8d6ba2'] },
  { name: 'rejectEthereumTransfer(code)', as: 'demo-user', query: 'mutation ($v: ID!) { rejectEthereumTransfer(code: $v) }', routes: ['GET /user/ethereum/transfer/:code/reject'], near: uuid, reaching: ['9F5885F7-B013-440C-B86E-A247FC8D6BA2'] },
  { name: 'deleteRateCard(participantId)', as: 'demo-system', query: 'mutation ($v: ID!) { deleteRateCard(participantId: $v) }', routes: ['DELETE /payments-service/participants/rate_card/:id'], reaching: TRICKY_IDS },
  { name: 'setRateCard(participantId)', as: 'demo-system', query: 'mutation ($v: ID!, $input: RateCardInput!) { setRateCard(participantId: $v, input: $input) { id } }', extra: { input: RATE_CARD },
    routes: ['GET /payments-service/participants/rate_card', 'POST /payments-service/participants/rate_card/:id'], reaching: TRICKY_IDS },
  { name: 'rateCard(participantId)', as: 'demo-system', query: 'query ($v: ID) { rateCard(participantId: $v) { id } }', routes: ['GET /payments-service/participants/rate_card'], reaching: TRICKY_IDS },
  { name: 'convertCoins(coins: Coins)', as: 'demo-user', query: 'query ($v: Coins!) { convertCoins(coins: $v) { value } }', routes: ['GET /rewards/convert/coins'], near: coins },
  { name: 'cashoutQuote(coins: Coins)', as: 'demo-user', query: 'query ($v: Coins!) { cashoutQuote(coins: $v, country: "036") { currency } }', routes: ['GET /cashout/convert_coins'], near: coins, reaching: ['1000000000000000000000'] },
  { name: 'coinbaseQuote(coins: Coins)', as: 'demo-user', query: 'query ($v: Coins!) { coinbaseQuote(coins: $v) { currency } }', routes: ['GET /payments-service/coinbase/convert_coins'], near: coins },
  { name: 'withdrawalQuote(value: Decimal)', as: 'demo-user', query: 'query ($v: Decimal) { withdrawalQuote(input: { value: $v }) { currency } }', routes: ['POST /payments-service/withdrawal/convert_coins'],
    near: fc.oneof(fc.stringMatching(/^-?[0-9]{1,70}(\.[0-9]{1,4})?$/), fc.double()) },
  { name: 'moderation.transfers(from: DateTime)', as: 'demo-system', query: 'query ($v: DateTime) { moderation { transfers(filter: { from: $v }) { totalCount } } }', routes: ['POST /payments-service/transfer/get'],
    near: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { name: 'addWalletAddress(address: EthereumAddress)', as: 'demo-user', query: 'mutation ($v: EthereumAddress!) { addWalletAddress(address: $v) { address } }', routes: ['POST /user/ethereum/addresses'],
    near: fc.stringMatching(/^0x[0-9a-fA-F]{38,42}$/) },
  { name: 'me.transfers(filter)', as: 'demo-user', query: 'query ($v: String) { me { transfers(filter: $v, first: 5) { edges { node { id } } } } }', routes: ['GET /payments-service/user/ethereum/transfer/history'], near: FILTER },
];

type Answer = { status: number; data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** Routes that were called between two snapshots of the simulator's counters. */
function called(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after).filter((route) => after[route]! > (before[route] ?? 0));
}

/** True when `route` ("METHOD /path") matches one of the templates ("METHOD /a/:id/b"). */
function allowed(route: string, templates: readonly string[]): boolean {
  const [method, path] = route.split(' ', 2) as [string, string];
  return templates.some((t) => {
    const [m, p] = t.split(' ', 2) as [string, string];
    return m === method && compilePathPattern(p).match(path) !== null;
  });
}

describe('fuzz: hostile values into upstream paths, scalars and the filter grammar', () => {
  let h: Harness;
  let merchantToken = '';
  let stats: Record<string, number> = {};
  const seen = new Map<string, Set<string>>();

  beforeAll(async () => {
    // No circuit may open while hostile calls pile up: each answer is judged on its own.
    h = await startHarness({ env: { CIRCUIT_FAILURES: '1000' } });
    const login = await h.request({
      query: 'mutation ($email: String!, $password: String!) { merchantLogin(email: $email, password: $password) { token } }',
      variables: { email: DEMO_MERCHANT.email, password: DEMO_MERCHANT.password },
    });
    merchantToken = (login.data as { merchantLogin: { token: string } }).merchantLogin.token;
    stats = await h.stats();
  });
  afterAll(() => h.close());

  async function send(field: FuzzField, value: unknown): Promise<{ answer: Answer; routes: string[] }> {
    const headers: Record<string, string> = field.as === 'merchant' ? { 'x-merchant-token': merchantToken } : { authenticateit_identity_ticket: field.as };
    const { headers: _h, ...answer } = await h.request({ query: field.query, variables: { ...field.extra, v: value }, headers });
    const after = await h.stats();
    const routes = called(stats, after);
    stats = after;
    return { answer, routes };
  }

  function judge(field: FuzzField, value: unknown, { answer, routes }: { answer: Answer; routes: string[] }): void {
    const shown = `${field.name} with ${JSON.stringify(value)?.slice(0, 120)}: ${JSON.stringify(answer).slice(0, 400)} after ${routes.join(', ')}`;
    expect([200, 400], shown).toContain(answer.status);
    for (const error of answer.errors ?? []) expect(CLIENT_CODES.has(String(error.extensions?.code)), shown).toBe(true);
    if (answer.status === 400) expect(routes, shown).toEqual([]);
    for (const route of routes) expect(allowed(route, field.routes), `${shown}: ${route} is not one of ${field.routes.join(', ')}`).toBe(true);
    const mine = seen.get(field.name) ?? new Set<string>();
    routes.forEach((r) => mine.add(r));
    seen.set(field.name, mine);
  }

  it.each(FIELDS.map((f) => [f.name, f] as const))('%s: only client errors, and only its own upstream routes', async (_name, field) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 2, arbitrary: field.near ?? hostile }), async (value) => judge(field, value, await send(field, value))),
      { numRuns: 25 },
    );
    // Values that do reach the upstream: the field's own route template, filled in with the id
    // as one percent-encoded segment (codes go lower-cased), never split, decoded or dropped.
    const template = field.routes.find((t) => t.includes(':'));
    for (const value of field.reaching ?? []) {
      const result = await send(field, value);
      judge(field, value, result);
      if (!template || typeof value !== 'string') continue;
      const exact = template.replace(/:[A-Za-z_]+/, encodeURIComponent(field.name.includes('Transfer(code)') ? value.toLowerCase() : value));
      const filled = result.routes.filter((r) => allowed(r, [template]));
      if (filled.length > 0) expect(filled, `${field.name} with ${value}`).toEqual([exact]);
    }
    if (field.reaching?.length) expect([...(seen.get(field.name) ?? [])].length, `${field.name} never reached its upstream`).toBeGreaterThan(0);
  });

  it('refuses any value a variable cannot take as BAD_USER_INPUT over WebSocket too (an Int, an enum, an Upload, a missing one)', async () => {
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    const operations = [
      'query ($v: Int!) { me { transfers(first: $v) { totalCount } } }',
      'query ($v: TransferProvider!) { moderation { approvalMode(provider: $v) } }',
      'mutation ($v: Upload!) { attachTicketDocument(ticketId: "tkt_1", type: VOUCHER, file: $v) { id } }',
      'query ($v: Coins!) { convertCoins(coins: $v) { value } }',
    ];
    const before = await h.stats();
    try {
      await fc.assert(fc.asyncProperty(fc.constantFrom(...operations), fc.oneof(hostile, fc.constant(undefined), fc.object(), fc.double()), async (query, v) => {
        fc.pre(!(typeof v === 'string' && /^-?[0-9]+$/.test(v)) && !(typeof v === 'number' && Number.isInteger(v)));
        const errors = await wsQuery(client, query, v === undefined ? {} : { v }).then((r) => r.errors, (e: unknown) => e as Answer['errors']);
        expect(errors?.map((e) => e.extensions?.code), `${query} with ${JSON.stringify(v)}`).toEqual(['BAD_USER_INPUT']);
      }), { numRuns: 40 });
    } finally {
      await client.dispose();
    }
    expect(called(before, await h.stats())).toEqual([]);
  });

  it('sent every path-parameter field to its own template at least once, with ids escaped inside one segment', () => {
    for (const field of FIELDS.filter((f) => f.routes.some((t) => t.includes(':')))) {
      const routes = [...(seen.get(field.name) ?? [])];
      expect(routes.some((r) => field.routes.some((t) => t.includes(':') && allowed(r, [t]))), `${field.name}: ${routes.join(', ')}`).toBe(true);
    }
  });
});
