import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { balanceResponse } from '../../sim/fixtures/ethereum-balance.fixture.js';
import { isBalanceDto } from '../../src/datasources/payments/ethereum.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toCoinBalance } from '../../src/mappers/coin-balance.mapper.js';
import { checkTransferFee, toEthereumTransferRequest } from '../../src/mappers/ethereum-transfer.mapper.js';

const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';

function code(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return (err as GraphQLError).extensions?.code;
  }
  return 'no error';
}

describe('toCoinBalance', () => {
  it("gives the seed's balance digit for digit, with its fee range", () => {
    const dto = parseLosslessJson(balanceResponse);
    if (!isBalanceDto(dto)) throw new Error('guard refused');
    expect(toCoinBalance(dto)).toEqual({
      accountCoins: '1949979999999999999934',
      addressCoins: '10111020000000000000000',
      totalCoins: '12060999999999999999934',
      feeRange: { min: '1000000000000000000', max: '50000000000000000000' },
    });
    expect(isBalanceDto({ ...dto, coins_fee: { min: '1' } })).toBe(false);
    expect(isBalanceDto({ ...dto, total_coins: 1.5 })).toBe(false);
  });
});

describe('the ethereum transfer request', () => {
  const range = { min: '1000000000000000000', max: '50000000000000000000' };

  it("builds the seed's example body", () => {
    expect(toEthereumTransferRequest({ address: ADDRESS, coins: '9000000000000000000', fee: '1000000000000000000' })).toEqual({
      address: ADDRESS,
      coins: '9000000000000000000',
      fee: '1000000000000000000',
    });
  });

  it('refuses coins of 0 or less and a negative fee as BAD_USER_INPUT', () => {
    expect(code(() => toEthereumTransferRequest({ address: ADDRESS, coins: '0', fee: '1' }))).toBe('BAD_USER_INPUT');
    expect(code(() => toEthereumTransferRequest({ address: ADDRESS, coins: '-1', fee: '1' }))).toBe('BAD_USER_INPUT');
    expect(code(() => toEthereumTransferRequest({ address: ADDRESS, coins: '1', fee: '-1' }))).toBe('BAD_USER_INPUT');
  });

  it('accepts a fee at either end of the range and refuses one a unit outside, exactly', () => {
    expect(code(() => checkTransferFee(range.min, range))).toBe('no error');
    expect(code(() => checkTransferFee(range.max, range))).toBe('no error');
    expect(code(() => checkTransferFee('999999999999999999', range))).toBe('BAD_USER_INPUT');
    // 5e19 + 1 is the same double as 5e19: only an exact comparison refuses it.
    expect(code(() => checkTransferFee('50000000000000000001', range))).toBe('BAD_USER_INPUT');
  });
});
