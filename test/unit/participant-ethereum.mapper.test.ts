import { describe, expect, it } from 'vitest';
import { depositSettingsResponse, ethereumAccountResponse } from '../../sim/fixtures/participant-ethereum.fixture.js';
import type { DepositSettingsDto } from '../../src/datasources/payments/participant.dto.js';
import { isDepositSettingsDto, isEthereumAccountDto } from '../../src/datasources/payments/participant.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toAddressChange, toDepositSettings, toEthereumAccount } from '../../src/mappers/participant-ethereum.mapper.js';

describe('toEthereumAccount', () => {
  it('maps the seed example, and a null or missing address to null', () => {
    const dto = parseLosslessJson(ethereumAccountResponse);
    expect(isEthereumAccountDto(dto)).toBe(true);
    expect(toEthereumAccount(dto as never)).toEqual({ address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' });
    expect([toEthereumAccount({}), toEthereumAccount({ address: null })]).toEqual([{ address: null }, { address: null }]);
    expect(isEthereumAccountDto({ address: '0x12' })).toBe(false);
  });
});

describe('toAddressChange', () => {
  it('passes an address or null, and refuses a missing argument', () => {
    expect(toAddressChange(null)).toBeNull();
    expect(toAddressChange('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
    expect(() => toAddressChange(undefined)).toThrow(/"address" is required/);
  });
});

describe('toDepositSettings', () => {
  const seed = parseLosslessJson(depositSettingsResponse) as DepositSettingsDto;

  it('maps the seed example, coins and fee value as exact Coins', () => {
    expect(isDepositSettingsDto(seed)).toBe(true);
    expect(toDepositSettings(seed)).toEqual({
      address: '0x3d74e50Fb155f32d2A477F9068B30C2B28377f8e',
      unlimitedCoins: false,
      coins: '1250000000000000000000',
      fee: { source: 'invoice', status: 'active', type: 'coins', value: '20000000000000000000', at: '2019-04-05T02:34:35Z' },
    });
  });

  it('gives coins 0 when absent or null ("Optional, 0 by default"), and no fee when none', () => {
    expect(toDepositSettings({ address: null })).toEqual({ address: null, unlimitedCoins: false, coins: '0', fee: null });
    expect(toDepositSettings({ coins: null, unlimited_coins: true })).toMatchObject({ coins: '0', unlimitedCoins: true });
  });

  it('keeps coins sent as a JSON number beyond 2^53 digit for digit', () => {
    const dto = parseLosslessJson('{"coins": 1250000000000000000001}') as DepositSettingsDto;
    expect(toDepositSettings(dto).coins).toBe('1250000000000000000001');
    expect(isDepositSettingsDto({ coins: '1.5' })).toBe(false);
  });
});
