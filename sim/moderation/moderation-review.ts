import { transferReviewRequest, transferReviewResponse } from '../fixtures/moderation.fixture.js';
import { seedJson } from '../http/seed-json.js';
import { USER_IDS } from '../retail/retail-identities.js';
import { unknownTransfer } from './moderation-decision.js';
import type { ModerationState } from './moderation.state.js';

const EXAMPLE_ID = (JSON.parse(transferReviewRequest) as { id: string }).id;
const EXAMPLE_BODY = Buffer.from(transferReviewResponse, 'utf8');
const TEMPLATE = JSON.parse(transferReviewResponse) as { request: Record<string, unknown>; user: Record<string, unknown> } & Record<string, unknown>;

/**
 * Read transfer limits of one moderation entry. The seed's example id is answered with the
 * seed's example until a decision changes it; any other entry gets the example's limits and
 * history with its own request and user. 404 for an id the queue does not hold.
 */
export function reviewOf(state: ModerationState, id: string): Buffer {
  const item = state.items.find((i) => i.id === id);
  if (item === undefined) throw unknownTransfer();
  if (id === EXAMPLE_ID && !state.changed.has(id)) return EXAMPLE_BODY;
  const decided = item.status === 'manual_approved' || item.status === 'manual_rejected';
  const request = {
    ...TEMPLATE.request,
    account: undefined,
    action: `user_${item.type}`,
    coins: item.coins_amount,
    id: item.id,
    moderator_id: decided ? USER_IDS['demo-system'] : undefined,
    owner: item.user_id,
    status: item.status,
    status_ts: decided ? item.ts : undefined,
    transfer_uuid: item.request_id,
    ts: item.ts,
  };
  const user = { ...TEMPLATE.user, email: item.user_email, first_name: item.first_name, id: item.user_id, last_name: item.last_name };
  return Buffer.from(seedJson({ ...TEMPLATE, request, user }), 'utf8');
}
