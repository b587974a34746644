import { describe, expect, it } from 'vitest';
import { walletAddressesForWithdrawal } from '../../sim/ethereum/withdrawal-entries.js';
import { SimState } from '../../sim/state.js';
import {
  addWalletAddressRequest,
  addWalletAddressResponse,
  depositAddressResponse,
  removeWalletAddressesRequest,
  removeWalletAddressesResponse,
  walletAddressesResponse,
} from '../../sim/fixtures/wallet-address.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const ADDRESSES = '/user/ethereum/addresses';
const REMOVE = '/user/ethereum/addresses/remove';
const DEPOSIT = '/user/ethereum/deposit';
const SEED_ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const OTHER = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359';

const { call, stats } = useSimulator();

type List = { list: Array<{ address: string; description?: string; ts: string }> };
const listOf = async (ticket = 'demo-user'): Promise<List> => (await (await call(ADDRESSES, { ticket })).json()) as List;

describe("the user's addresses in the simulator", () => {
  it("answers the seed's examples byte for byte: the list, the add example and the deposit address", async () => {
    expect(await (await call(ADDRESSES, { ticket: 'demo-user' })).text()).toBe(walletAddressesResponse);
    expect(await (await call(ADDRESSES, { ticket: 'demo-user', method: 'POST', body: addWalletAddressRequest })).text()).toBe(addWalletAddressResponse);
    expect(await (await call(DEPOSIT, { ticket: 'demo-user' })).text()).toBe(depositAddressResponse);
    expect((await call(ADDRESSES)).status).toBe(401);
    expect((await call(DEPOSIT, { ticket: 'nobody' })).status).toBe(401);
  });

  it("removes the seed's example address as the seed shows, and keeps users apart", async () => {
    expect(await (await call(REMOVE, { ticket: 'demo-user', method: 'PUT', body: removeWalletAddressesRequest })).text()).toBe(removeWalletAddressesResponse);
    expect(await listOf()).toEqual({ list: [] });
    expect(await (await call(ADDRESSES, { ticket: 'demo-participant' })).text()).toBe(walletAddressesResponse);
  });

  it('adds a new address last, checksummed and stamped; updates the description of a known one in any case', async () => {
    const body = JSON.stringify({ address: OTHER.toLowerCase(), description: 'Cold' });
    const added = (await (await call(ADDRESSES, { ticket: 'demo-user', method: 'POST', body })).json()) as List;
    expect(added.list.map((a) => a.address)).toEqual([SEED_ADDRESS, OTHER]);
    expect(added.list[1]).toMatchObject({ description: 'Cold', ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
    const update = JSON.stringify({ address: SEED_ADDRESS.toUpperCase().replace('0X', '0x'), description: 'Renamed' });
    await call(ADDRESSES, { ticket: 'demo-user', method: 'POST', body: update });
    expect((await listOf()).list[0]).toEqual({ address: SEED_ADDRESS, description: 'Renamed', ts: '2018-08-30T14:16:07Z' });
    // A removal naming an address the user does not have still succeeds (a retried removal).
    const removed = await call(REMOVE, { ticket: 'demo-user', method: 'PUT', body: JSON.stringify({ list: [OTHER, '0x0000000000000000000000000000000000000001'] }) });
    expect(((await removed.json()) as List).list.map((a) => a.address)).toEqual([SEED_ADDRESS]);
  });

  it('refuses a malformed address, a wrong checksum, a long description and an empty removal with seed-shaped errors', async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', ADDRESSES, { address: '0x123' }, 'payments-bad_address'],
      ['POST', ADDRESSES, { address: '0xFb6916095ca1df60bB79Ce92cE3Ea74c37c5d359' }, 'payments-bad_address'],
      ['POST', ADDRESSES, { address: OTHER, description: 'x'.repeat(257) }, 'payments-bad_description'],
      ['PUT', REMOVE, { list: [] }, 'payments-bad_request'],
      ['PUT', REMOVE, { list: ['nope'] }, 'payments-bad_address'],
    ];
    for (const [method, path, body, id] of cases) {
      const res = await call(path, { ticket: 'demo-user', method, body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorId(res)).toBe(id);
    }
    expect(await (await call(ADDRESSES, { ticket: 'demo-user' })).text()).toBe(walletAddressesResponse);
    expect((await stats())[`POST ${ADDRESSES}`]).toBe(3);
  });
});

describe('walletAddressesForWithdrawal', () => {
  it("gives the user's addresses as the seed's ethereum_account entries, the id being the address", () => {
    const state = new SimState();
    const [entry, ...rest] = walletAddressesForWithdrawal(state, 'demo-user');
    expect(rest).toEqual([]);
    expect(entry).toBe(
      `{\n"address": "${SEED_ADDRESS}",\n"description": "My new wallet",\n"currency": "AUD",\n"id": "${SEED_ADDRESS}",\n"ts": "2018-08-30T14:16:07Z",\n"type": "ethereum_account"\n}`,
    );
  });
});
