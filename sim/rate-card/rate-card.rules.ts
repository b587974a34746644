import { SimHttpError, badRequest } from '../http/errors.js';
import type { Identity } from '../auth.js';
import { participantIdOf, ticketOfParticipant } from '../participants/participant-ids.js';
import type { RateCardDoc, SetRateCardRequest } from './rate-card.dto.js';
import { SETTINGS_ITEMS } from './rate-card.state.js';

/**
 * Whole coins one currency unit of an item's value buys, for the adjustments. Note: the
 * rate behind the seed's Set example (0.1 → 4811 coins, 0.2 → 9622, 0.3 → 14433).
 */
const COINS_PER_CURRENCY_UNIT = 48_110n;
const MICRO = 1_000_000n;
const BASE_UNITS = 10n ** 18n;

/** The coins (base units) an item value stands for: whole coins, rounded down, from the value to a millionth. */
export function adjustmentCoins(value: number): string {
  const micros = BigInt(Math.round(value * 1e6));
  return ((micros * COINS_PER_CURRENCY_UNIT) / MICRO * BASE_UNITS).toString();
}

/** The card a Set request makes, laid out as the service answers it (keys alphabetical, items as requested). */
export function buildRateCard(id: string, request: SetRateCardRequest): RateCardDoc {
  const adjustment: Record<string, string> = {};
  for (const item of [...request.items].sort((a, b) => (a.id < b.id ? -1 : 1))) adjustment[item.id] = adjustmentCoins(item.value);
  return {
    adjustment,
    id,
    rate_card: {
      billable: request.billable,
      ...(request.budget !== undefined && { budget: request.budget }),
      ...(request.gst !== undefined && { gst: request.gst }),
      items: request.items.map(({ id: itemId, value }) => ({ ...SETTINGS_ITEMS.get(itemId)!, value })),
      user_rewards: request.userRewards,
    },
    type: 'rate_card',
  };
}

/** Who a rate card request names: `default`, or a known participant id (404 otherwise). */
export type CardTarget = { kind: 'default' } | { kind: 'participant'; participantId: string };

/** The target of an `id`; 404 for a participant the service does not know. */
export function cardTarget(id: string): CardTarget {
  if (id === 'default') return { kind: 'default' };
  if (ticketOfParticipant(id) === undefined) throw new SimHttpError(404, 'payments-participant_not_found', 'Participant not found');
  return { kind: 'participant', participantId: id };
}

/**
 * Which card a Read rate card call may see. Seed 003: the system participant must give
 * `id` and may read any card; any other participant reads only its own (403 otherwise).
 */
export function readTarget(caller: Identity, id: string | null): CardTarget {
  const own = participantIdOf(caller.ticket);
  if (caller.role === 'system') {
    if (id === null || id === '') throw badRequest('id is required for the system participant: default or a participant id', 'payments-id_required');
    return cardTarget(id);
  }
  if (id !== null && id !== own) throw new SimHttpError(403, 'payments-forbidden', 'A participant can read its own rate card only');
  return { kind: 'participant', participantId: own ?? '' };
}

/** The id a custom card of a participant carries. */
export function customCardId(participantId: string): string {
  return `${participantId}@rate_card`;
}
