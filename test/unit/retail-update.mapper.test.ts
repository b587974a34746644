import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sessionInitStatusResponse } from '../../sim/fixtures/retail-session-read.fixture.js';
import { amountSetCashResponse } from '../../sim/fixtures/retail-amount-set.fixture.js';
import type { RetailSessionDto } from '../../src/datasources/payments/retail.dto.js';
import { checkRetailText, toRetailLevelQuery } from '../../src/mappers/retail-input.mapper.js';
import { assertReferenceFits, toTerminalStatusMetadata, toUserStatusMetadata } from '../../src/mappers/retail-update.mapper.js';
import { PaymentMethod, RetailTerminalAction, RetailUserAction } from '../../src/types/retail.enums.js';

/** The BAD_USER_INPUT message `fn` throws. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (err as GraphQLError).message;
  }
  throw new Error('not refused');
}

describe('toUserStatusMetadata', () => {
  it("builds the seed's payment_set metadata, coins as exact digits", () => {
    expect(toUserStatusMetadata({ action: RetailUserAction.PAYMENT_SET, paymentValueCents: 934, paymentCoins: '158000000000000000000' })).toEqual({
      status: 'payment_set',
      payment_value: 934,
      payment_coins: '158000000000000000000',
      payment_reference: null,
    });
    expect(toUserStatusMetadata({ action: RetailUserAction.TERMINATE })).toEqual({ status: 'terminate' });
  });

  it('refuses a payment without value or coins, with nothing or less, and fields TERMINATE does not take', () => {
    expect(refusal(() => toUserStatusMetadata({ action: RetailUserAction.PAYMENT_SET, paymentCoins: '1' }))).toMatch(/paymentValueCents/);
    expect(refusal(() => toUserStatusMetadata({ action: RetailUserAction.PAYMENT_SET, paymentValueCents: 1 }))).toMatch(/paymentCoins/);
    expect(refusal(() => toUserStatusMetadata({ action: RetailUserAction.PAYMENT_SET, paymentValueCents: 0, paymentCoins: '1' }))).toMatch(/zero/);
    expect(refusal(() => toUserStatusMetadata({ action: RetailUserAction.PAYMENT_SET, paymentValueCents: 1, paymentCoins: '-1' }))).toMatch(/zero/);
    expect(refusal(() => toUserStatusMetadata({ action: RetailUserAction.PAYMENT_SET, paymentValueCents: 1, paymentCoins: '1', paymentReference: ' ' }))).toMatch(/paymentReference/);
    expect(refusal(() => toUserStatusMetadata({ action: RetailUserAction.TERMINATE, paymentCoins: '1' }))).toMatch(/TERMINATE takes no paymentCoins/);
  });
});

describe('toTerminalStatusMetadata', () => {
  it("builds the seed's amount_set metadata and the steps without fields", () => {
    expect(toTerminalStatusMetadata({ action: RetailTerminalAction.AMOUNT_SET, amountValueCents: 1000, paymentMethod: PaymentMethod.CASHLESS })).toEqual({
      status: 'amount_set',
      amount_value: 1000,
      payment_method: 'cashless',
    });
    expect(toTerminalStatusMetadata({ action: RetailTerminalAction.PAYMENT_CONFIRM })).toEqual({ status: 'payment_confirm' });
    expect(toTerminalStatusMetadata({ action: RetailTerminalAction.TERMINATE })).toEqual({ status: 'terminate' });
  });

  it('refuses an amount without its amount or method, and fields other steps do not take', () => {
    expect(refusal(() => toTerminalStatusMetadata({ action: RetailTerminalAction.AMOUNT_SET, paymentMethod: PaymentMethod.CASH }))).toMatch(/amountValueCents/);
    expect(refusal(() => toTerminalStatusMetadata({ action: RetailTerminalAction.AMOUNT_SET, amountValueCents: 5 }))).toMatch(/paymentMethod/);
    expect(refusal(() => toTerminalStatusMetadata({ action: RetailTerminalAction.PAYMENT_CONFIRM, amountValueCents: 5 }))).toMatch(/PAYMENT_CONFIRM takes no amountValueCents/);
  });
});

describe('assertReferenceFits', () => {
  const pay = toUserStatusMetadata({ action: RetailUserAction.PAYMENT_SET, paymentValueCents: 1, paymentCoins: '1', paymentReference: 'ref-1' });

  it('refuses a reference on a cash session, and leaves the rest to the upstream', () => {
    const cash = JSON.parse(amountSetCashResponse) as RetailSessionDto;
    expect(refusal(() => assertReferenceFits(cash, pay))).toMatch(/cash/);
    const cashless = JSON.parse(amountSetCashResponse.replace('"payment_method": "cash"', '"payment_method": "cashless"')) as RetailSessionDto;
    expect(() => assertReferenceFits(cashless, pay)).not.toThrow();
    expect(() => assertReferenceFits(JSON.parse(sessionInitStatusResponse) as RetailSessionDto, pay)).not.toThrow();
  });
});

describe('retail arguments', () => {
  it('needs one of cardId, code, participantId, and refuses empty, spaced or over-long ids', () => {
    expect(toRetailLevelQuery({ cardId: 'demo-card', code: null })).toEqual({ cardId: 'demo-card' });
    expect(refusal(() => toRetailLevelQuery({}))).toMatch(/cardId, code or participantId/);
    expect(refusal(() => toRetailLevelQuery({ cardId: '' }))).toMatch(/cardId/);
    expect(refusal(() => checkRetailText('sessionId', 'a b'))).toMatch(/without spaces/);
    expect(refusal(() => checkRetailText('sessionId', 'x'.repeat(513)))).toMatch(/512/);
    expect(refusal(() => checkRetailText('code', '\ud800', 'code'))).toMatch(/code/);
    expect(checkRetailText('paymentReference', 'order 12', 'reference')).toBe('order 12');
  });
});
