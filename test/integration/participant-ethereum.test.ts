import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const GET_ETH = 'GET /payments-service/participants/current/ethereum';
const PUT_ETH = 'PUT /payments-service/participants/current/ethereum';
const DEPOSIT = 'GET /payments-service/participants/deposit/ethereum';
const SET = 'mutation ($address: EthereumAddress) { setParticipantEthereumAddress(address: $address) { address } }';
const DEPOSIT_OP = '{ participant { depositSettings { address unlimitedCoins coins fee { source status type value at } } } }';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

async function setCampaignsActive(active: boolean): Promise<void> {
  const res = await fetch(`${h.sim.url}/__sim/config`, { method: 'POST', body: JSON.stringify({ rewardCampaignsActive: active }) });
  expect(res.status).toBe(200);
}

describe('participant.ethereumAccount', () => {
  it("gives the seed's checksummed address; null where the participant has none", async () => {
    expect((await h.runAs('demo-participant', '{ participant { ethereumAccount { address } } }')).data).toEqual({
      participant: { ethereumAccount: { address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' } },
    });
    expect((await h.runAs('demo-system', '{ participant { ethereumAccount { address } } }')).data).toEqual({
      participant: { ethereumAccount: { address: null } },
    });
    expect(await h.calls(GET_ETH)).toBe(2);
  });

  it('is UNAUTHENTICATED without a ticket (no call) and FORBIDDEN for an app user', async () => {
    expect((await h.runAs(undefined, '{ participant { ethereumAccount { address } } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', '{ participant { ethereumAccount { address } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("treats an upstream address that is not an Ethereum address as the upstream's fault", async () => {
    await h.fault({ route: GET_ETH, status: 200, body: '{"address":"0x1234"}', times: 1 });
    const res = await h.runAs('demo-participant', '{ participant { ethereumAccount { address } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('setParticipantEthereumAddress', () => {
  it('sets an address given in lower case, answered and read back checksummed', async () => {
    const res = await h.runAs('demo-participant', SET, { address: '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359' });
    expect(res.data).toEqual({ setParticipantEthereumAddress: { address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' } });
    const after = await h.runAs('demo-participant', '{ participant { ethereumAccount { address } } }');
    expect(after.data).toEqual({ participant: { ethereumAccount: { address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' } } });
    expect(await h.calls(PUT_ETH)).toBe(1);
  });

  it('clears the address with an explicit null (the seed example), but refuses a missing argument', async () => {
    expect((await h.runAs('demo-participant', SET, { address: null })).data).toEqual({ setParticipantEthereumAddress: { address: null } });
    const missing = await h.runAs('demo-participant', 'mutation { setParticipantEthereumAddress { address } }');
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(missing.errors?.[0]?.message).toMatch(/address/);
    expect(await h.calls(PUT_ETH)).toBe(1);
  });

  it('refuses a malformed address or a wrong checksum before any call', async () => {
    for (const address of ['0x123', '0xFb6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'fb6916095ca1df60bb79ce92ce3ea74c37c5d359']) {
      expect((await h.runAs('demo-participant', SET, { address })).errors?.[0]?.extensions?.code, address).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
  });

  it("keeps the upstream's refusal while reward campaigns are active: CONFLICT with its message", async () => {
    await setCampaignsActive(true);
    const res = await h.runAs('demo-participant', SET, { address: null });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: 'The Ethereum address cannot be changed while the participant has active reward campaigns.',
      extensions: { code: 'CONFLICT', upstream: { service: 'payments', status: 409, errorId: 'payments-active_reward_campaigns' } },
    });
    const after = await h.runAs('demo-participant', '{ participant { ethereumAccount { address } } }');
    expect(after.data).toEqual({ participant: { ethereumAccount: { address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' } } });
  });

  it('is UNAUTHENTICATED without a ticket (no call) and FORBIDDEN for an app user', async () => {
    expect((await h.runAs(undefined, SET, { address: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', SET, { address: null })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('participant.depositSettings', () => {
  it("gives the seed's deposit, coins digit for digit and the fee's value as Coins", async () => {
    const res = await h.runAs('demo-participant', DEPOSIT_OP);
    expect(res.data).toEqual({
      participant: {
        depositSettings: {
          address: '0x3d74e50Fb155f32d2A477F9068B30C2B28377f8e',
          unlimitedCoins: false,
          coins: '1250000000000000000000',
          fee: { source: 'invoice', status: 'active', type: 'coins', value: '20000000000000000000', at: '2019-04-05T02:34:35Z' },
        },
      },
    });
    expect(await h.calls(DEPOSIT)).toBe(1);
  });

  it('gives coins 0 where the upstream leaves them out (the seed: "Optional, 0 by default")', async () => {
    const res = await h.runAs('demo-system', DEPOSIT_OP);
    expect(res.data).toEqual({
      participant: { depositSettings: { address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', unlimitedCoins: true, coins: '0', fee: null } },
    });
  });

  it('keeps coins beyond 2^53 exact when the upstream sends them as JSON numbers', async () => {
    await h.fault({ route: DEPOSIT, status: 200, body: '{"coins": 1250000000000000000001, "fee": {"value": 20000000000000000001}}', times: 1 });
    const res = await h.runAs('demo-participant', '{ participant { depositSettings { coins fee { value } } } }');
    expect(res.data).toEqual({ participant: { depositSettings: { coins: '1250000000000000000001', fee: { value: '20000000000000000001' } } } });
  });

  it('is UNAUTHENTICATED without a ticket (no call) and FORBIDDEN for an app user', async () => {
    expect((await h.runAs(undefined, DEPOSIT_OP)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', DEPOSIT_OP)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
