import { describe, expect, it } from 'vitest';
import { addWalletAddressResponse, depositAddressResponse, removeWalletAddressesResponse, walletAddressesResponse } from '../../sim/fixtures/wallet-address.fixture.js';
import { isDepositAddressDto, isWalletAddressListDto } from '../../src/datasources/payments/ethereum.guards.js';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toTransferCode } from '../../src/mappers/transfer-code.js';
import { toAddWalletAddressRequest, toAddressesToRemove, toDepositAddress, toWalletAddresses } from '../../src/mappers/wallet-address.mapper.js';

const SEED = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';

function list(text: string) {
  const dto = parseLosslessJson(text);
  if (!isWalletAddressListDto(dto)) throw new Error('the guard refused a seed example');
  return dto;
}

describe('wallet address mappers on the seed examples', () => {
  it('map the list: `ts` is addedAt; the add answer is the same list; the removal answer is empty', () => {
    const expected = [{ address: SEED, description: 'My new wallet', addedAt: '2018-08-30T14:16:07Z' }];
    expect(toWalletAddresses(list(walletAddressesResponse))).toEqual(expected);
    expect(toWalletAddresses(list(addWalletAddressResponse))).toEqual(expected);
    expect(toWalletAddresses(list(removeWalletAddressesResponse))).toEqual([]);
  });

  it('map the deposit address, and null when the user has none', () => {
    const dto = parseLosslessJson(depositAddressResponse);
    expect(isDepositAddressDto(dto) && toDepositAddress(dto)).toBe('0xAc08558735d2a968f8D7B6a00b37328899dF1f28');
    expect(toDepositAddress({ address: null })).toBeNull();
    expect(toDepositAddress({})).toBeNull();
  });

  it('guard every address: a short one, a missing list, a number fail', () => {
    expect(isWalletAddressListDto({ list: [{ address: '0x12' }] })).toBe(false);
    expect(isWalletAddressListDto({})).toBe(false);
    expect(isWalletAddressListDto({ list: [{ address: SEED, description: 5 }] })).toBe(false);
    expect(isDepositAddressDto({ address: 'not an address' })).toBe(false);
  });
});

describe('wallet address inputs', () => {
  it('build the add body: a description trimmed, a blank one left out', () => {
    expect(toAddWalletAddressRequest(SEED, ' My new wallet ')).toEqual({ address: SEED, description: 'My new wallet' });
    expect(toAddWalletAddressRequest(SEED, '  ')).toEqual({ address: SEED });
    expect(toAddWalletAddressRequest(SEED, null)).toEqual({ address: SEED });
    expect(() => toAddWalletAddressRequest(SEED, 'a\u0000b')).toThrow(BadUserInputError);
    expect(() => toAddWalletAddressRequest(SEED, 'x'.repeat(257))).toThrow(BadUserInputError);
  });

  it('name each address to remove once, 1 to 100 of them', () => {
    expect(toAddressesToRemove([SEED, SEED])).toEqual([SEED]);
    expect(() => toAddressesToRemove([])).toThrow(/1 to 100/);
    expect(() => toAddressesToRemove(Array.from({ length: 101 }, () => SEED))).toThrow(/1 to 100/);
  });

  it('take a link code only as a UUID, lower-cased', () => {
    expect(toTransferCode('9F5885F7-B013-440C-B86E-A247FC8D6BA2')).toBe('9f5885f7-b013-440c-b86e-a247fc8d6ba2');
    for (const bad of ['', '..', '9f5885f7b013440cb86ea247fc8d6ba2', '9f5885f7-b013-440c-b86e-a247fc8d6ba2/approve', 'zf5885f7-b013-440c-b86e-a247fc8d6ba2']) {
      expect(() => toTransferCode(bad), bad).toThrow(BadUserInputError);
    }
  });
});
