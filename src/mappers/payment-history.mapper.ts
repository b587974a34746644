import type { PaymentDto } from '../datasources/payments/participant.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { PaymentCard } from '../types/billing-plan.type.js';
import type { Payment } from '../types/payment.type.js';
import { toCurrency, toDateTime, toDecimal, toInt } from './values.js';

/** The card a payment was made with: the upstream sends it as flat `card_*` fields (brand spelt `card_barnd`). */
function toPaymentCard(dto: PaymentDto): PaymentCard | null {
  const card = {
    id: null,
    brand: dto.card_brand ?? dto.card_barnd ?? null,
    last4: dto.card_last4 ?? null,
    expMonth: toInt(dto.card_exp_month),
    expYear: toInt(dto.card_exp_year),
    name: dto.card_name ?? null,
    address: null,
  };
  return card.brand === null && card.last4 === null && card.expMonth === null && card.expYear === null && card.name === null ? null : card;
}

/** One payment; its time and total are required, so a payment without them is the upstream's fault. */
export function toPayment(dto: PaymentDto): Payment {
  const at = toDateTime(dto.ts);
  const total = toDecimal(dto.summary_amount);
  const currency = toCurrency(dto.currency);
  if (at === null || total === null || currency === null) throw new UpstreamShapeError('payments', 'a payment without ts, summary_amount or currency');
  return {
    at,
    status: dto.status,
    currency,
    total,
    card: toPaymentCard(dto),
    lines: dto.rows.map((row) => {
      const amount = toDecimal(row.amount);
      if (amount === null) throw new UpstreamShapeError('payments', 'a payment row without amount');
      return { amount, description: row.description };
    }),
  };
}

/** The payment history, in the upstream's order. */
export function toPayments(dtos: readonly PaymentDto[]): Payment[] {
  return dtos.map(toPayment);
}
