import type { PlanCard } from './billing-plan.dto.js';
import { isoSeconds } from './dates.js';

/** One entry of a participant's payment history (seed 003; `card_barnd` is the seed's spelling). */
export interface PaymentRecord {
  card_barnd: string;
  card_exp_month: number;
  card_exp_year: number;
  card_last4: string;
  card_name: string | null;
  currency: string;
  rows: Array<{ amount: string; description: string }>;
  status: string;
  summary_amount: string;
  ts: string;
}

/**
 * The payment a paid plan change charges: one row for the plan, worded as the seed's
 * example ("Selected plan - \"standard\". Paid period: from … to …"), in the catalogue's
 * currency.
 */
export function planPayment(planName: string, cost: number, card: PlanCard, paidFrom: string, paidTo: string, now: Date): PaymentRecord {
  const amount = `${cost}.00`;
  return {
    card_barnd: card.brand,
    card_exp_month: card.exp_month,
    card_exp_year: card.exp_year,
    card_last4: card.last4,
    card_name: card.name,
    currency: 'aud',
    rows: [{ amount, description: `Selected plan - "${planName}". Paid period: from ${paidFrom} to ${paidTo}` }],
    status: 'Payment successful',
    summary_amount: amount,
    ts: isoSeconds(now),
  };
}
