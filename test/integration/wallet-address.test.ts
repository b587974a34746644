import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const GET = 'GET /user/ethereum/addresses';
const ADD = 'POST /user/ethereum/addresses';
const REMOVE = 'PUT /user/ethereum/addresses/remove';
const DEPOSIT = 'GET /user/ethereum/deposit';
const SEED = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const OTHER = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';
const ADD_OP = 'mutation ($address: EthereumAddress!, $description: String) { addWalletAddress(address: $address, description: $description) { address description addedAt } }';
const REMOVE_OP = 'mutation ($addresses: [EthereumAddress!]!) { removeWalletAddresses(addresses: $addresses) { address } }';
const seedEntry = { address: SEED, description: 'My new wallet', addedAt: '2018-08-30T14:16:07Z' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

describe('me.walletAddresses and me.depositAddress', () => {
  it("give the seed's addresses, checksummed, with one call per endpoint", async () => {
    const res = await h.runAs('demo-user', '{ me { walletAddresses { address description addedAt } again: walletAddresses { address } depositAddress } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: { walletAddresses: [seedEntry], again: [{ address: SEED }], depositAddress: '0xAc08558735d2a968f8D7B6a00b37328899dF1f28' } });
    expect(await h.stats()).toEqual({ [GET]: 1, [DEPOSIT]: 1 });
  });

  it('are UNAUTHENTICATED without a ticket (no call); each fails alone', async () => {
    const anonymous = await h.runAs(undefined, '{ me { walletAddresses { address } depositAddress } }');
    expect(anonymous.data).toEqual({ me: { walletAddresses: null, depositAddress: null } });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await h.stats()).toEqual({});
    await h.fault({ route: DEPOSIT, status: 503 });
    const res = await h.runAs('demo-user', '{ me { walletAddresses { address } depositAddress } }');
    expect(res.data).toEqual({ me: { walletAddresses: [{ address: SEED }], depositAddress: null } });
    expect(res.errors?.[0]).toMatchObject({ path: ['me', 'depositAddress'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    await h.clearFaults();
  });

  it('checksums what the upstream sends in lower case, and refuses an answer that is no address', async () => {
    await h.fault({ route: GET, status: 200, body: `{"list":[{"address":"${OTHER.toLowerCase()}","ts":"0000-01-01T00:00:00Z"}]}`, times: 1 });
    expect((await h.runAs('demo-user', '{ me { walletAddresses { address description addedAt } } }')).data).toEqual({
      me: { walletAddresses: [{ address: OTHER, description: null, addedAt: null }] },
    });
    await h.fault({ route: DEPOSIT, status: 200, body: '{"address":"0x12"}', times: 2 });
    expect((await h.runAs('demo-user', '{ me { depositAddress } }')).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('addWalletAddress and removeWalletAddresses', () => {
  it('add an address given in lower case (sent checksummed) and answer the whole list; the list then shows it', async () => {
    const res = await h.runAs<{ addWalletAddress: Array<Record<string, unknown>> }>('demo-user', ADD_OP, { address: OTHER.toLowerCase(), description: ' Cold storage ' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addWalletAddress).toEqual([seedEntry, { address: OTHER, description: 'Cold storage', addedAt: expect.stringMatching(/Z$/) }]);
    const list = await h.runAs('demo-user', '{ me { walletAddresses { address } } }');
    expect(list.data).toEqual({ me: { walletAddresses: [{ address: SEED }, { address: OTHER }] } });
    expect(await h.stats()).toEqual({ [ADD]: 1, [GET]: 1 });
  });

  it("remove addresses and answer what is left; the seed's example empties the list", async () => {
    const res = await h.runAs('demo-user', REMOVE_OP, { addresses: [SEED.toLowerCase(), SEED] });
    expect(res.data).toEqual({ removeWalletAddresses: [] });
    expect((await h.runAs('demo-user', '{ me { walletAddresses { address } } }')).data).toEqual({ me: { walletAddresses: [] } });
    expect(await h.calls(REMOVE)).toBe(1);
  });

  it('refuse bad input before any call: a wrong checksum, a long or multi-line description, an empty or huge list', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [ADD_OP, { address: '0xFb6916095ca1df60bB79Ce92cE3Ea74c37c5d359' }],
      [ADD_OP, { address: '0x1234' }],
      [ADD_OP, { address: OTHER, description: 'x'.repeat(257) }],
      [ADD_OP, { address: OTHER, description: 'two\nlines' }],
      [REMOVE_OP, { addresses: [] }],
      [REMOVE_OP, { addresses: Array.from({ length: 101 }, () => OTHER) }],
    ];
    for (const [op, variables] of cases) {
      expect((await h.runAs('demo-user', op, variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables).slice(0, 80)).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
  });

  it('are UNAUTHENTICATED without a ticket and never retried after a 503', async () => {
    expect((await h.runAs(undefined, ADD_OP, { address: OTHER })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const remove = await h.runAs(undefined, REMOVE_OP, { addresses: [SEED] });
    expect(remove).toMatchObject({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await h.stats()).toEqual({});
    await h.fault({ route: REMOVE, status: 503, times: 1 });
    expect((await h.runAs('demo-user', REMOVE_OP, { addresses: [SEED] })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(REMOVE)).toBe(1);
  });
});
