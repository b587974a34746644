import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { generateCodeResponse } from '../../sim/fixtures/retail-code.fixture.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { TERMINAL_HEADERS, USER_UPDATE } from '../helpers/retail.js';

const SEED_CODE = (JSON.parse(generateCodeResponse) as { code: string }).code;
const INITIALISED = 'urn:authenticateit:retail_connect:session:71bbcb8e-05de-49d4-bd09-ec335b535f4b';
const INIT = 'mutation I($code: String!) { initRetailSession(code: $code) { id } }';

/** Retail operations without the session ticket they need: refused by the gateway, nothing sent. */
describe('retail connect without a session ticket', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('refuses retailSessions as UNAUTHENTICATED, with no call', async () => {
    const res = await h.runAs(undefined, '{ retailSessions { id status } }');
    expect(res).toMatchObject({ data: { retailSessions: null }, errors: [{ path: ['retailSessions'], extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await h.stats()).toEqual({});
  });

  it('refuses updateRetailSessionAsUser as UNAUTHENTICATED, with no call', async () => {
    const res = await h.runAs(undefined, USER_UPDATE, { id: INITIALISED, update: { action: 'TERMINATE' } });
    expect(res).toMatchObject({ data: null, errors: [{ path: ['updateRetailSessionAsUser'], extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await h.stats()).toEqual({});
    // The session was not touched: its user still sees it as the seed left it.
    const read = await h.runAs('demo-user', 'query R($id: ID!) { retailSession(id: $id) { status } }', { id: INITIALISED });
    expect(read.data).toEqual({ retailSession: { status: 'INIT' } });
  });

  it('refuses initRetailSession from a terminal that sends its device ticket but no session ticket, with no call', async () => {
    const deviceOnly = { authenticateit_terminal_device: TERMINAL_HEADERS.authenticateit_terminal_device };
    const res = await h.request({ query: INIT, variables: { code: SEED_CODE }, headers: deviceOnly });
    expect(res).toMatchObject({ data: null, errors: [{ path: ['initRetailSession'], extensions: { code: 'UNAUTHENTICATED' } }] });
    const nothing = await h.request({ query: INIT, variables: { code: SEED_CODE } });
    expect(nothing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });
});
