import { describe, expect, it } from 'vitest';
import { transferHistoryResponse } from '../../sim/fixtures/transfer-history.fixture.js';
import { withdrawalHistoryResponse } from '../../sim/fixtures/withdrawal.fixture.js';
import type { TransferRecordDto } from '../../src/datasources/payments/transfers.dto.js';
import * as G from '../../src/datasources/payments/transfers.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import * as M from '../../src/mappers/transfer.mapper.js';

const history = (text: string): Array<Record<string, unknown>> => (parseLosslessJson(text) as { history: Array<Record<string, unknown>> }).history;
const record = (value: unknown): TransferRecordDto => {
  if (!G.isTransferRecordDto(value)) throw new Error('the guard refused a seed record');
  return value;
};
const ZERO_FEE_POLONIEX = {
  coins: '6476680000000000000',
  coinsWithFee: '6476680000000000000',
  coinsWithoutFee: '6476680000000000000',
  feeCoins: '0',
  feeValue: '0',
  gasCoins: '18000000000000000000',
  gasFeeCoins: '0',
  gasFeePercent: 0,
  gasFeeValue: '0',
  payFeeWithCoins: false,
  transactionFee: '0',
  transactionFeeCoins: '0',
  transactionFeeValue: '0',
  value: '0.04',
  valueWithFee: '0.04',
  valueWithoutFee: '0.04',
};
const POLONIEX_ACCOUNT = {
  id: '9f8e166a35a20dff1c2e92f506b1d76f95ab48cf',
  kind: 'POLONIEX',
  currency: null,
  address: '0xC306c35423c6EB246C545B9F3F4B6a18cE29290d',
  description: '11111 ',
  status: 'success',
  isNew: null,
  addedAt: '2023-02-12T23:54:18Z',
};

describe('toTransfer on every record of the transfer history example', () => {
  const transfers = history(transferHistoryResponse).map(record).map(M.toTransfer);

  it('gives each record its kind; the record without `type` is an ethereum transfer', () => {
    expect(transfers.map((t) => [t.kind, t.status])).toEqual([
      ['POLONIEX', 'FAILURE'],
      ['USER_CASHBACK', 'PENDING'],
      ['USER_CASHBACK', 'SUCCESS'],
      ['CASHOUT', 'PENDING'],
      ['CASHOUT', 'PENDING'],
      ['CASHOUT', 'SUCCESS'],
      ['ETHEREUM', 'SUCCESS'],
      ['DEPOSIT', 'SUCCESS'],
      ['DEPOSIT', 'SUCCESS'],
    ]);
  });

  it('maps the poloniex record: fee_summary with `0`s, Float kept as sent (0.04707192880000001)', () => {
    expect(transfers[0]).toEqual({
      id: 'urn:authenticateit:transaction_request:1fe053e1-8cf4-4371-a8bc-312c0d65a00b',
      kind: 'POLONIEX',
      status: 'FAILURE',
      at: '2023-02-14T01:13:24Z',
      coins: '6476600000000000000',
      hash: '16705382',
      account: POLONIEX_ACCOUNT,
      convertedAudValue: 0.04707192880000001,
      fee: ZERO_FEE_POLONIEX,
    });
  });

  it('maps the cashback: a fiat value "0.99", currency upper-cased, no coins', () => {
    expect(transfers[1]).toMatchObject({ kind: 'USER_CASHBACK', coins: null, currency: 'AUD', value: '0.99', hash: 'b1e52970ad70b75fb12a82c84bd5efed' });
    expect(transfers[1]).toMatchObject({ account: { id: 'ab97eff9-1ef5-4612-95ea-b557d9b106fe', accountNumber: '67774555', bank: 'gjkkklllo', kind: 'CASHOUT' } });
  });

  it('maps the cash-outs: converted_value exact, converted_aud_value a Float, fee from fee_summary or none', () => {
    expect(transfers[3]).toMatchObject({
      coins: '43611000000000000000000',
      currency: 'AUD',
      convertedValue: '3.3',
      convertedAudValue: 3.3080050413996833,
      convertedUsdValue: null,
      hash: null,
      fee: { feeCoins: '13611000000000000000000', feeValue: '1.5', gasFeePercent: 5, payFeeWithCoins: true, valueWithFee: '3.3', coinsWithoutFee: '16389000000000000000000' },
    });
    expect(transfers[5]).toMatchObject({ convertedValue: '0.14', convertedAudValue: 0.4, fee: null, account: { city: 'Melbourne', postcode: null } });
  });

  it('maps the ethereum record and the deposits', () => {
    expect(transfers[6]).toEqual({
      id: 'urn:authenticateit:transaction_request:a0ba1883-cbec-4a2c-9659-9a8b0aa7cd3a',
      kind: 'ETHEREUM',
      status: 'SUCCESS',
      at: '2018-08-30T20:46:04Z',
      coins: '500000000000000000000',
      hash: '0x73c5528ecc390743329b8c154da42c361f7096335fb62819913ae237650a5c4c',
      address: '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2',
      fee: '44000000000000000000',
      convertedAudValue: 0.0024809999999999997,
    });
    expect(transfers[7]).toEqual({
      id: '297eb890-bfda-4500-97ba-7c04c795271a',
      kind: 'DEPOSIT',
      status: 'SUCCESS',
      at: '2018-08-30T20:30:28Z',
      coins: '10000000000000000000',
      hash: '0xb567ada4a95ba99124d5babd45f7e9a74cd4c35e6852b77c81c99b8f841d7ef4',
    });
  });
});

describe('toTransfer on the withdrawal history example', () => {
  it('maps retail_connect, poloniex and coinbase records', () => {
    const [retail, poloniex, coinbase] = history(withdrawalHistoryResponse).map(record).map(M.toTransfer);
    expect(retail).toEqual({
      id: 'urn:authenticateit:transaction_request:01edf3af-2a91-4f57-95cf-48753ad15cdc',
      kind: 'RETAIL_CONNECT',
      status: 'SUCCESS',
      at: '2023-05-02T03:10:00Z',
      coins: '158000000000000000000',
      hash: null,
      currency: 'AUD',
    });
    expect(poloniex).toMatchObject({ kind: 'POLONIEX', account: POLONIEX_ACCOUNT, fee: ZERO_FEE_POLONIEX });
    expect(coinbase).toMatchObject({
      kind: 'COINBASE',
      status: 'FAILURE',
      convertedAudValue: 0.003064066852367688,
      account: { kind: 'COINBASE', email: 'email@gmail.com', connectedAt: null, inactive: false },
      fee: { value: '0', gasCoins: '68000000000000000000' },
    });
  });
});
