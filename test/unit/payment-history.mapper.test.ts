import { describe, expect, it } from 'vitest';
import { paymentHistoryResponse } from '../../sim/fixtures/payment-history.fixture.js';
import type { PaymentDto } from '../../src/datasources/payments/participant.dto.js';
import { isPaymentHistoryDto } from '../../src/datasources/payments/participant.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toPayments } from '../../src/mappers/payment-history.mapper.js';

const seed = parseLosslessJson(paymentHistoryResponse) as PaymentDto[];

describe('toPayments', () => {
  it('maps the seed example: card from the flat card_* fields (card_barnd), amounts as exact decimal text', () => {
    expect(isPaymentHistoryDto(seed)).toBe(true);
    expect(toPayments(seed)).toEqual([
      {
        at: '2017-04-23T21:10:03Z',
        status: 'Payment successful',
        currency: 'USD',
        total: '415.00',
        card: { id: null, brand: 'MasterCard', last4: '8210', expMonth: 12, expYear: 2019, name: 'JANE DOE', address: null },
        lines: [
          { amount: '395.00', description: 'Selected plan - "standard". Paid period: from 2017-03-24 to 2017-04-24' },
          { amount: '20.00', description: 'Used rewards coins. Paid period: from 2017-03-24 to 2017-04-24' },
        ],
      },
    ]);
  });

  it('takes card_brand too, and gives no card when the payment names none', () => {
    const base = seed[0]!;
    expect(toPayments([{ ...base, card_barnd: undefined, card_brand: 'Visa' }])[0]!.card?.brand).toBe('Visa');
    const bare: PaymentDto = { currency: 'aud', rows: [], status: 'Payment successful', summary_amount: 0, ts: '2020-01-01T00:00:00Z' };
    expect(toPayments([bare])[0]).toMatchObject({ card: null, total: '0', currency: 'AUD', lines: [] });
  });

  it("refuses a payment without a valid time as the upstream's fault", () => {
    expect(() => toPayments([{ ...seed[0]!, ts: '0000-01-01T00:00:00Z' }])).toThrow(/payment/);
    expect(isPaymentHistoryDto([{ ...seed[0]!, summary_amount: 'lots' }])).toBe(false);
  });
});
