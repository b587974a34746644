import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cashoutQuoteNegativeResponse, cashoutQuoteNoFeeResponse, cashoutQuoteResponse } from '../../sim/fixtures/cashout.fixture.js';
import { coinbaseQuoteResponse } from '../../sim/fixtures/coinbase.fixture.js';
import * as W from '../../sim/fixtures/withdrawal-quote.fixture.js';
import type { QuoteDto } from '../../src/datasources/payments/fees.dto.js';
import { isFeeDto, isQuoteDto } from '../../src/datasources/payments/fees.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toFeeBreakdown } from '../../src/mappers/fee-breakdown.mapper.js';
import { toKarmaCheck, toTransferQuote } from '../../src/mappers/transfer-quote.mapper.js';

function quote(text: string): QuoteDto {
  const dto = parseLosslessJson(text);
  if (!isQuoteDto(dto)) throw new Error('the guard refused a seed example');
  return dto;
}

describe('toFeeBreakdown and toTransferQuote on the seed examples', () => {
  it('gives the no-fee cash-out quote: `0` coins as "0", 0.0 as "0", currency as sent', () => {
    expect(toTransferQuote(quote(cashoutQuoteNoFeeResponse))).toEqual({
      currency: 'USD',
      minTransferCoins: null,
      karma: null,
      breakdown: {
        coins: '1000000000000000000000',
        coinsWithFee: null,
        coinsWithoutFee: null,
        feeCoins: '0',
        feeValue: '0',
        gasCoins: '2661000000000000000000',
        gasFeeCoins: '0',
        gasFeePercent: 0,
        gasFeeValue: '0',
        payFeeWithCoins: null,
        transactionFee: '0',
        transactionFeeCoins: '0',
        transactionFeeValue: '0',
        value: '0.08',
        valueWithFee: '0.08',
        valueWithoutFee: '0.08',
      },
    });
  });

  it('keeps negative fiat values exactly ("-0.06") with negative_values=true', () => {
    const { breakdown } = toTransferQuote(quote(cashoutQuoteNegativeResponse));
    expect(breakdown).toMatchObject({ value: '-0.06', valueWithoutFee: '-0.06', valueWithFee: '0.08', feeValue: '0.15', gasFeePercent: 50 });
    expect(breakdown).toMatchObject({ feeCoins: '1830500000000000000000', gasFeeCoins: '1330500000000000000000', transactionFeeCoins: '500000000000000000000' });
  });

  it('gives the AUD cash-out quote with coins with and without fee (value 219.03)', () => {
    const q = toTransferQuote(quote(cashoutQuoteResponse));
    expect(q.currency).toBe('AUD');
    expect(q.breakdown).toMatchObject({
      coins: '2000000000000000000000000',
      coinsWithFee: '2013611000000000000000000',
      coinsWithoutFee: '1986389000000000000000000',
      value: '219.03',
      valueWithFee: '220.53',
      transactionFee: '1.5',
    });
  });

  it('gives the coinbase quote with its minimum transfer', () => {
    const q = toTransferQuote(quote(coinbaseQuoteResponse));
    expect(q).toMatchObject({ currency: 'AUD', minTransferCoins: '100000000000000000', karma: null });
    expect(q.breakdown.value).toBe('27.13');
  });

  it('keeps coins_without_fee -1980490000000000000000 (a bare JSON number) and value -0.51 exactly', () => {
    const q = toTransferQuote(quote(W.coinbaseValueQuoteResponse));
    expect(q.breakdown).toMatchObject({ coinsWithoutFee: '-1980490000000000000000', coinsWithFee: '9640490000000000000000', value: '-0.51', gasFeePercent: 59 });
    expect(q.karma).toEqual({ value: 80, lockBefore: 50, unlock: 70, withdrawalEnabled: true });
  });

  it('gives the karma check when it was asked for, and none otherwise', () => {
    expect(toTransferQuote(quote(W.poloniexValueQuoteResponse)).karma).toEqual({ value: 60, lockBefore: 50, unlock: 70, withdrawalEnabled: true });
    expect(toTransferQuote(quote(W.coinbaseCoinsQuoteResponse)).karma).toEqual({ value: 80, lockBefore: 50, unlock: 70, withdrawalEnabled: true });
    expect(toTransferQuote(quote(W.cashoutCoinsQuoteResponse)).karma).toBeNull();
    expect(toTransferQuote(quote(W.coinsQuoteResponse)).karma).toBeNull();
  });

  it('turns the cash-out quote’s bare `0`s (coins_without_fee, value) into "0"', () => {
    const q = toTransferQuote(quote(W.cashoutCoinsQuoteResponse));
    expect(q.breakdown).toMatchObject({ coinsWithoutFee: '0', value: '0', valueWithoutFee: '0', feeValue: '1.52' });
    expect(q.minTransferCoins).toBeNull();
  });

  it('refuses half a karma verdict and a quote without currency as the upstream’s fault', () => {
    const half = { ...quote(W.poloniexValueQuoteResponse), karma_value_withdrawal_enabled: undefined };
    expect(() => toKarmaCheck(half)).toThrow(GraphQLError);
    const noUnlock = { ...quote(W.poloniexValueQuoteResponse), karma_value_unlock: null };
    expect(() => toKarmaCheck(noUnlock)).toThrow(/karma_value_unlock/);
    expect(isQuoteDto({ ...quote(W.coinsQuoteResponse), currency: undefined })).toBe(false);
  });

  it('guards every field the graph reads', () => {
    const fee = parseLosslessJson(cashoutQuoteResponse) as Record<string, unknown>;
    expect(isFeeDto(fee)).toBe(true);
    for (const key of ['fee_coins', 'fee_value', 'gas_fee_coins', 'gas_fee_precent', 'transaction_fee', 'value', 'value_with_fee', 'value_without_fee']) {
      expect(isFeeDto({ ...fee, [key]: undefined }), key).toBe(false);
    }
    expect(isFeeDto({ ...fee, fee_coins: '1.5' })).toBe(false);
    expect(isFeeDto({ ...fee, value: 'a lot' })).toBe(false);
    expect(() => toFeeBreakdown({ ...(fee as unknown as QuoteDto), fee_coins: 'x' })).toThrow(GraphQLError);
  });
});
