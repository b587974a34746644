import { rateCardResponse } from '../fixtures/rate-card.fixture.js';
import { fromFixture, type Stored } from '../http/stored.js';
import type { RateCardDoc, RateCardItem } from './rate-card.dto.js';

/** The default card's id; a participant's custom card is `<participant id>@rate_card`. */
export const DEFAULT_RATE_CARD_ID = 'urn:authenticateit:rate_card';

/** Rate cards: the default, and the custom cards by participant id (each replaces the default for its participant). */
export interface RateCardState {
  defaultCard: Stored<RateCardDoc>;
  readonly custom: Map<string, Stored<RateCardDoc>>;
}

const SEED_DEFAULT = fromFixture<RateCardDoc>(rateCardResponse);

/**
 * The Settings' items (id, name, events): those of the seed's default card. A card may
 * price only these ("items.id should be filled according Settings").
 */
export const SETTINGS_ITEMS: ReadonlyMap<string, Omit<RateCardItem, 'value'>> = new Map(
  SEED_DEFAULT.value.rate_card.items.map(({ events, id, name }) => [id, { events, id, name }]),
);

/**
 * As in the seed: the example default card, and no custom card. Note: the seed's Set
 * example answers demo-participant's card; it is what that request produces, not a
 * card on file at the start.
 */
export function createRateCardState(): RateCardState {
  return { defaultCard: SEED_DEFAULT, custom: new Map() };
}
