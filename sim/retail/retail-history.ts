import type { SimState } from '../state.js';
import type { RetailHistoryRecord } from './retail.dto.js';
import { userIdOf } from './retail-identities.js';

/**
 * The retail_connect transactions the sessions of the user behind `ticket` recorded at
 * payment_set, newest first, shaped exactly as the seed's history record
 * (`{"coins","currency","hash":null,"id","status","ts","type":"retail_connect"}`): for the
 * user's transfer-history route to merge into its list.
 */
export function retailTransactionsOf(state: SimState, ticket: string): readonly RetailHistoryRecord[] {
  const userId = userIdOf(ticket);
  if (userId === null) return [];
  return [...(state.retail.transactions.get(userId) ?? [])].reverse();
}
