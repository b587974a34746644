import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { generateCodeResponse } from '../../sim/fixtures/retail-code.fixture.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { RETAIL, SESSION_FIELDS, TERMINAL_HEADERS, asTerminal, openSession } from '../helpers/retail.js';

const SEED_CODE = (JSON.parse(generateCodeResponse) as { code: string }).code;
const S = 'urn:authenticateit:retail_connect:session:';
const WALKED = `${S}a84a4c8a-de3c-4dfd-bc62-8a563af97e38`;
const INITIALISED = `${S}71bbcb8e-05de-49d4-bd09-ec335b535f4b`;
const READ = `query R($id: ID!) { retailSession(id: $id) { ${SESSION_FIELDS} currency coinPrice { perUnit validSeconds at } createdAt updatedAt code codeHash deviceId operatorId participantId userId } }`;
const INIT = `mutation I($code: String!) { initRetailSession(code: $code) { id status statusSide code coinPrice { perUnit } timeoutSeconds } }`;

describe('retail session reads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('gives a session with its coin price as the float it is, currency upper-cased', async () => {
    const res = await h.runAs('demo-user', READ, { id: WALKED });
    expect(res.errors).toBeUndefined();
    expect(res.data?.retailSession).toMatchObject({
      id: WALKED,
      status: 'INIT',
      statusSide: 'TERMINAL',
      currency: 'AUD',
      coinPrice: { perUnit: 6.1479999999999994e-21, validSeconds: 120, at: '2023-05-02T03:00:32Z' },
      createdAt: '2023-05-02T02:57:29Z',
      expired: false,
      timeoutSeconds: 1800,
      amount: null,
      codeHash: 'f2a9f545f3159eb4f1ead3df8a2c1e984628ebe2',
      deviceId: '735879621218609:a5ed8e8f-98bc-4c6a-a00a-2222db146808',
      userId: 'urn:authenticateit:user:email:shping:9cc2a816-2897-4858-be3d-71abd8d6c1b8',
    });
    expect(await h.calls(RETAIL.read)).toBe(1);
  });

  it('lets the terminal read it with its device ticket, and refuses a participant without one', async () => {
    expect((await asTerminal(h, READ, { id: WALKED })).data?.retailSession).toMatchObject({ id: WALKED });
    const stranger = await h.runAs('demo-participant', READ, { id: WALKED });
    expect(stranger).toMatchObject({ data: { retailSession: null } });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', upstream: { status: 403 } });
  });

  it('is NOT_FOUND for an unknown id, BAD_USER_INPUT for an id that cannot be one (no call), UNAUTHENTICATED without a ticket', async () => {
    expect((await h.runAs('demo-user', READ, { id: `${S}nope` })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await h.resetSim();
    expect((await h.runAs('demo-user', READ, { id: 'two words' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.runAs('demo-user', READ, { id: 'x'.repeat(600) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.runAs(undefined, READ, { id: WALKED })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });

  it('lists the active sessions, filtered by code', async () => {
    const res = await h.runAs('demo-user', `query L($code: String) { retailSessions(code: $code) { id status coinPrice { perUnit } } }`, { code: SEED_CODE });
    expect(res.data).toEqual({ retailSessions: [{ id: INITIALISED, status: 'INIT', coinPrice: { perUnit: 6.15e-21 } }] });
    const all = await h.runAs<{ retailSessions: Array<{ id: string }> }>('demo-user', '{ retailSessions { id } }');
    expect(all.data!.retailSessions.map((s) => s.id)).toEqual(expect.arrayContaining([INITIALISED, WALKED]));
    expect((await h.runAs('demo-user', '{ retailSessions(cardId: "") { id } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('initRetailSession', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("opens the seed's session with the seed's code, and a new one with a new code", async () => {
    const seed = await asTerminal(h, INIT, { code: SEED_CODE });
    expect(seed.data).toEqual({ initRetailSession: { id: INITIALISED, status: 'INIT', statusSide: 'TERMINAL', code: SEED_CODE, coinPrice: { perUnit: 6.15e-21 }, timeoutSeconds: 1800 } });
    const id = await openSession(h);
    expect(id).toMatch(/^urn:authenticateit:retail_connect:session:[0-9a-f-]{36}$/);
    expect((await h.runAs('demo-user', READ, { id })).data?.retailSession).toMatchObject({ id, status: 'INIT', operatorId: 'urn:authenticateit:user:email:ethertest3@mailinator.com' });
  });

  it('refuses a terminal without its device ticket, or with a malformed one, before any call', async () => {
    const none = await h.runAs('demo-participant', INIT, { code: SEED_CODE });
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(none.errors?.[0]?.message).toMatch(/authenticateit_terminal_device/);
    const malformed = await h.request({ query: INIT, variables: { code: SEED_CODE }, headers: { ...TERMINAL_HEADERS, authenticateit_terminal_device: 'é'.repeat(3) } });
    expect(malformed.errors?.[0]?.message).toMatch(/malformed/);
    expect(await h.stats()).toEqual({});
  });

  it("passes the upstream's word on an unknown code, and refuses an empty one itself", async () => {
    const unknown = await asTerminal(h, INIT, { code: 'abc123' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Unknown code', extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400, errorId: 'payments-bad_code' } } });
    expect((await asTerminal(h, INIT, { code: '' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls(RETAIL.init)).toBe(1);
  });

  it('is never retried', async () => {
    await h.fault({ route: RETAIL.init, status: 502, times: 1 });
    expect((await asTerminal(h, INIT, { code: SEED_CODE })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(RETAIL.init)).toBe(1);
  });
});
