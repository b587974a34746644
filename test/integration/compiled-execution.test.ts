import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const USER = { authenticateit_identity_ticket: 'demo-user' };
const SYSTEM = { authenticateit_identity_ticket: 'demo-system' };

const HOME = `query Home($first: Int!, $withFee: Boolean!, $skipPlans: Boolean = false) {
  me {
    balance { totalCoins feeRange @include(if: $withFee) { min max } }
    walletAddresses { address }
    withdrawalAccounts { allowedTransferTypes accounts { __typename id kind ... on CashoutAccount { accountNumber currency } } }
    transfers(first: $first) {
      totalCount
      edges { cursor node { __typename id kind status coins at ... on EthereumTransfer { address fee } } }
      pageInfo { hasNextPage endCursor }
    }
  }
  plans @skip(if: $skipPlans) { id name cost currency features { label included detail } }
  coinPrice(currency: "AUD") { currency perCoin }
}`;

const FILTERED = `query Filtered($filter: String) { me { transfers(first: 20, filter: $filter) { edges { node { id kind status } } } } }`;
const REVIEWS = `{ moderation { transfers(first: 10) { items { id review { limits { level } } audit: review { user { email } } } } } }`;
const INTROSPECTION = `{ __schema { queryType { name } } __type(name: "Transfer") { kind possibleTypes { name } } }`;
// Aliases a generated function could mistake for JavaScript: they must stay plain keys of the answer.
const HOSTILE_ALIASES = `{ __proto__: plans { id } constructor: plans { id } toString: coinPrice(currency: "AUD") { hasOwnProperty: perCoin } }`;
// A literal a generated function could mistake for code: quotes, a backslash, a template.
const HOSTILE_LITERAL = String.raw`{ me { transfers(first: 1, filter: "status:\"pending\" ${'`${process.exit(1)}`'} \\ '); process.exit(1); //") { edges { node { id } } } } }`;
const TWO_OPERATIONS = `query A { plans { id } } query B { coinPrice(currency: "AUD") { perCoin } }`;

/** Requests whose answers (status and body, byte for byte) must not depend on the executor. */
const CASES: Array<{ name: string; body: Record<string, unknown>; headers?: Record<string, string> }> = [
  { name: 'home screen: variables, @include, @skip, fragments on interfaces, __typename', body: { query: HOME, variables: { first: 5, withFee: true } }, headers: USER },
  { name: 'the same, directives the other way', body: { query: HOME, variables: { first: 2, withFee: false, skipPlans: true } }, headers: USER },
  { name: 'a filter variable', body: { query: FILTERED, variables: { filter: 'kind:cashout OR status:pending' } }, headers: USER },
  { name: 'a filter the gateway refuses (a field error)', body: { query: FILTERED, variables: { filter: 'colour:blue' } }, headers: USER },
  { name: 'a variable of the wrong type', body: { query: HOME, variables: { first: 'five', withFee: true } }, headers: USER },
  { name: 'a required variable missing', body: { query: HOME, variables: { withFee: true } }, headers: USER },
  { name: 'no credentials (UNAUTHENTICATED, data null)', body: { query: HOME, variables: { first: 1, withFee: true } } },
  { name: 'one field selected twice under an alias, per list item', body: { query: REVIEWS }, headers: SYSTEM },
  { name: 'an app user where the system participant is needed', body: { query: REVIEWS }, headers: USER },
  { name: 'aliases named like JavaScript internals', body: { query: HOSTILE_ALIASES }, headers: USER },
  { name: 'a string literal full of quotes, backslashes and a template', body: { query: HOSTILE_LITERAL }, headers: USER },
  { name: 'introspection', body: { query: INTROSPECTION }, headers: USER },
  { name: 'two operations, one chosen by name', body: { query: TWO_OPERATIONS, operationName: 'B' }, headers: USER },
];

async function post(h: Harness, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

async function compiledCount(h: Harness, result: 'compiled' | 'unsupported'): Promise<number> {
  const text = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
  return Number(new RegExp(`^gateway_documents_compiled_total\\{result="${result}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
}

describe('compiled execution (graphql-jit) answers what graphql-js answers', () => {
  let interpreted: Harness;
  let compiled: Harness;
  beforeAll(async () => {
    interpreted = await startHarness({ env: { COMPILED_EXECUTION: 'false', LOCAL_CACHE_TTL_MS: '0' } });
    compiled = await startHarness({ sim: interpreted.sim, env: { COMPILE_AFTER_RUNS: '0', LOCAL_CACHE_TTL_MS: '0' } });
  });
  afterAll(async () => {
    await compiled?.close();
    await interpreted?.close();
  });

  it.each(CASES)('$name', async ({ body, headers }) => {
    const calls = async () => Object.values(await interpreted.stats()).reduce((sum, n) => sum + n, 0);
    const start = await calls();
    const expected = await post(interpreted, body, headers);
    const between = await calls();
    const actual = await post(compiled, body, headers);
    expect(actual).toEqual(expected);
    // The same upstream calls, too (both gateways share the simulator, each its own cache).
    expect((await calls()) - between).toBe(between - start);
  });

  it('the cases above ran compiled, and say so in the metrics', async () => {
    // One per document (Home, Filtered, the reviews, the literal, introspection, operation B), however often each ran.
    expect(await compiledCount(compiled, 'compiled')).toBe(6);
    // The aliases: a `__proto__` stays with graphql-js, which keeps it where the document puts it.
    expect(await compiledCount(compiled, 'unsupported')).toBe(1);
    expect(await compiledCount(interpreted, 'compiled')).toBe(0);
  });
});

describe('compiled execution: when a document is compiled', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { COMPILE_AFTER_RUNS: '2', LOCAL_CACHE_TTL_MS: '0' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs a document through graphql-js twice, compiles it on the third run, and only once', async () => {
    const body = { query: FILTERED, variables: { filter: 'status:pending' } };
    const answers: string[] = [];
    for (const expected of [0, 0, 1, 1]) {
      const res = await post(h, body, USER);
      expect(res.status).toBe(200);
      answers.push(res.text);
      expect(await compiledCount(h, 'compiled')).toBe(expected);
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!).data.me.transfers.edges.length).toBeGreaterThan(0);
  });

  it('never compiles a document whose variables are refused: graphql-js refuses them first', async () => {
    const before = await compiledCount(h, 'compiled');
    for (let i = 0; i < 4; i++) {
      const res = await post(h, { query: HOME, variables: { first: 'five', withFee: true } }, USER);
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(await compiledCount(h, 'compiled')).toBe(before);
  });
});
