import { moderatedTransfersResponse } from '../fixtures/moderation.fixture.js';
import { moderatedUserOf } from './moderated-users.js';

/** One entry of the moderation list, keys in the seed's order. */
export type ModerationItem = Record<string, unknown> & { id: string; status: string; ts: string; type: string };

/** `manual_approve` of a provider. */
export type ManualApprove = 'active' | 'inactive';

/** The system-wide moderation queue and settings. */
export interface ModerationState {
  /** Every transfer to moderate, newest first. */
  items: ModerationItem[];
  /** Ids of the seed's entries a decision changed (their example review is then rebuilt). */
  readonly changed: Set<string>;
  /** True until anything is added or decided: the seed's example list request gets the seed's own bytes. */
  pristine: boolean;
  readonly options: { coinbase: ManualApprove; poloniex: ManualApprove };
}

const SEED_ITEMS = (JSON.parse(moderatedTransfersResponse) as { data: ModerationItem[] }).data;

/** Fresh state: the seed's entries, manual approval off for both providers. */
export function createModerationState(): ModerationState {
  return { items: structuredClone(SEED_ITEMS), changed: new Set(), pristine: true, options: { coinbase: 'inactive', poloniex: 'inactive' } };
}

/** The transfer answer fields a moderation entry reads. */
interface TransferAnswer {
  readonly id?: unknown;
  readonly coins: string;
  readonly ts?: unknown;
  readonly account?: unknown;
  readonly fee?: { value?: unknown };
}

/**
 * A new Coinbase or Poloniex transfer in the queue: pending when its provider's manual
 * approval is on, else auto-approved; its own request still pending either way.
 */
export function addModerationItem(state: ModerationState, ticket: string, provider: 'coinbase' | 'poloniex', answer: TransferAnswer): void {
  const account = (answer.account ?? {}) as Record<string, unknown>;
  const user = moderatedUserOf(ticket);
  const requestId = String(answer.id);
  state.items.unshift({
    ...(provider === 'poloniex' ? { account_address: account.address ?? null } : {}),
    account_email: provider === 'coinbase' ? (account.email ?? null) : null,
    account_number: account.id ?? null,
    aud_amount: typeof answer.fee?.value === 'number' ? answer.fee.value : 0,
    aud_fee_amount: 0,
    coins_amount: answer.coins,
    coins_fee: '0',
    first_name: user.first_name,
    id: `${requestId}:manual`,
    last_name: user.last_name,
    request_id: requestId,
    request_service_response: null,
    request_status: 'pending',
    status: state.options[provider] === 'active' ? 'pending' : 'auto_approved',
    ts: String(answer.ts),
    type: provider,
    user_email: user.user_email,
    user_id: user.user_id,
  });
  state.pristine = false;
}
