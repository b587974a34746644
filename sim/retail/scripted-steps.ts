import { isDeepStrictEqual } from 'node:util';
import { amountSetCashRequest, amountSetCashResponse } from '../fixtures/retail-amount-set.fixture.js';
import { paymentConfirmRequest, paymentConfirmResponse } from '../fixtures/retail-payment-confirm.fixture.js';
import { paymentSetRequest, paymentSetResponse } from '../fixtures/retail-payment-set.fixture.js';
import { sessionInitStatusResponse } from '../fixtures/retail-session-read.fixture.js';
import type { RetailHistoryRecord, Side } from './retail.dto.js';

/** One of the seed's example updates: this request, from this side, on the session as the previous example left it. */
interface ScriptedStep {
  readonly side: Side;
  readonly request: unknown;
  readonly before: Buffer;
  /** The seed's answer, served and stored as these bytes. */
  readonly after: string;
  /** The history record the seed shows for the step's transaction, when it differs from the session's. */
  readonly history?: RetailHistoryRecord;
}

/** The seed's withdrawal-history record of the example payment (ts 03:10:00Z, not the transaction's 03:09:17Z). */
const SEED_PAYMENT_RECORD: RetailHistoryRecord = {
  coins: '158000000000000000000',
  currency: 'aud',
  hash: null,
  id: 'urn:authenticateit:transaction_request:01edf3af-2a91-4f57-95cf-48753ad15cdc',
  status: 'success',
  ts: '2023-05-02T03:10:00Z',
  type: 'retail_connect',
};

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

/**
 * The seed's example walk of session a84a4c8a: amount_set (cash, 1000) → payment_set (934,
 * 158… coins) → payment_confirm. Sent in this order on the untouched seed session, each
 * example request is answered with the seed's example response, byte for byte.
 */
const STEPS: readonly ScriptedStep[] = [
  { side: 'terminal', request: JSON.parse(amountSetCashRequest), before: bytes(sessionInitStatusResponse), after: amountSetCashResponse },
  { side: 'user', request: JSON.parse(paymentSetRequest), before: bytes(amountSetCashResponse), after: paymentSetResponse, history: SEED_PAYMENT_RECORD },
  { side: 'terminal', request: JSON.parse(paymentConfirmRequest), before: bytes(paymentSetResponse), after: paymentConfirmResponse },
];

/** The seed's example step for this request on a session stored as `current`, if it is one. */
export function scriptedStep(side: Side, request: unknown, current: Buffer): ScriptedStep | undefined {
  return STEPS.find((step) => step.side === side && step.before.equals(current) && isDeepStrictEqual(step.request, request));
}
