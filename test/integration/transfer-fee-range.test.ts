import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const BALANCE = 'GET /payments-service/user/ethereum/balance';
const TRANSFER = 'POST /payments-service/user/ethereum/transfer';
const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const SEND = `mutation Send($input: EthereumTransferInput!) { transferToEthereum(input: $input) { status fee } }`;
const ONE_COIN = '1000000000000000000';
const send = (fee: string) => ({ input: { address: ADDRESS, coins: '1', fee } });
/** The seed's balance with a narrower fee range (1 to 2 coins) than the simulator's own (1 to 50). */
const NARROW_BALANCE = JSON.stringify({
  account_coins: '1949979999999999999934',
  balance_coins: '10111020000000000000000',
  coins_fee: { max: '2000000000000000000', min: ONE_COIN },
  total_coins: '12060999999999999999934',
});

describe("transferToEthereum's fee check, from the range the caller's balance showed a moment ago", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());
  afterEach(() => h.clearFaults());

  it('reads the balance for the first transfer only: the next one costs the transfer alone', async () => {
    const first = await h.runAs('demo-user', SEND, send(ONE_COIN));
    expect(first.errors).toBeUndefined();
    expect(await h.stats()).toEqual({ [BALANCE]: 1, [TRANSFER]: 1 });
    const second = await h.runAs('demo-user', SEND, send('3000000000000000000'));
    expect(second.data).toEqual({ transferToEthereum: { status: 'PENDING', fee: '3000000000000000000' } });
    expect(await h.stats()).toEqual({ [BALANCE]: 1, [TRANSFER]: 2 });
  });

  it("uses the range the home screen's balance read showed, and keeps each caller's range apart", async () => {
    await h.runAs('demo-participant', '{ me { balance { totalCoins } } }');
    await h.runAs('demo-participant', SEND, send(ONE_COIN));
    expect(await h.stats()).toEqual({ [BALANCE]: 1, [TRANSFER]: 1 });
    // Another caller's first transfer reads its own balance.
    await h.runAs('demo-system', SEND, send(ONE_COIN));
    expect(await h.stats()).toEqual({ [BALANCE]: 2, [TRANSFER]: 2 });
  });

  it('judges a fee outside the remembered range by a fresh read: allowed when the range has moved, refused when not', async () => {
    await h.fault({ route: BALANCE, status: 200, body: NARROW_BALANCE, times: 1 });
    const narrow = await h.runAs<{ me: { balance: { feeRange: { max: string } } } }>('demo-system', '{ me { balance { feeRange { max } } } }');
    expect(narrow.data!.me.balance.feeRange.max).toBe('2000000000000000000');
    // 5 coins: outside the remembered 1–2, inside the upstream's 1–50 now.
    const moved = await h.runAs('demo-system', SEND, send('5000000000000000000'));
    expect(moved.errors).toBeUndefined();
    expect(await h.stats()).toEqual({ [BALANCE]: 2, [TRANSFER]: 1 });
    const over = await h.runAs('demo-system', SEND, send('50000000000000000001'));
    expect(over.errors?.[0]).toMatchObject({ message: expect.stringMatching(/feeRange/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await h.stats()).toEqual({ [BALANCE]: 3, [TRANSFER]: 1 });
  });

  it('is UNAUTHENTICATED without a ticket, and reads nothing', async () => {
    const anonymous = await h.runAs(undefined, SEND, send(ONE_COIN));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });
});

describe('FEE_RANGE_CACHE_TTL_SECONDS=0', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl'), env: { FEE_RANGE_CACHE_TTL_SECONDS: '0' } });
  });
  afterAll(() => h.close());

  it('reads the balance for every transfer', async () => {
    await h.resetSim();
    await h.runAs('demo-user', SEND, send(ONE_COIN));
    await h.runAs('demo-user', SEND, send(ONE_COIN));
    expect(await h.stats()).toEqual({ [BALANCE]: 2, [TRANSFER]: 2 });
  });
});
