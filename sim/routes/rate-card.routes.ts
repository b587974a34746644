import { SimHttpError, badRequest } from '../http/errors.js';
import { stored } from '../http/stored.js';
import { parseSetRateCard } from '../rate-card/rate-card.request.js';
import { buildRateCard, cardTarget, customCardId, readTarget } from '../rate-card/rate-card.rules.js';
import { DEFAULT_RATE_CARD_ID, SETTINGS_ITEMS } from '../rate-card/rate-card.state.js';
import { reply, type SimRoute } from '../routing/route.js';

const NO_CONTENT: Buffer = Buffer.alloc(0);
const KNOWN_ITEMS: ReadonlySet<string> = new Set(SETTINGS_ITEMS.keys());

/**
 * Seed 003 "Rate cards". A custom card replaces the default for its participant until it
 * is deleted; `default` addresses the default card. Note: the seed writes the set
 * endpoint as `rate_card:id`; it is `rate_card/:id`, the path its delete has (a slash
 * lost in the seed), with the same `id`.
 */
export const rateCardRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/payments-service/participants/rate_card',
    access: 'participant',
    handle: (ctx) => {
      const target = readTarget(ctx.caller(), ctx.query.get('id'));
      const cards = ctx.state.rateCards;
      const card = target.kind === 'participant' ? cards.custom.get(target.participantId) : undefined;
      return reply((card ?? cards.defaultCard).body);
    },
  },
  {
    method: 'POST',
    path: '/payments-service/participants/rate_card/:id',
    access: 'system',
    handle: (ctx) => {
      const target = cardTarget(ctx.params.id!);
      const request = parseSetRateCard(ctx.json(), KNOWN_ITEMS);
      const cards = ctx.state.rateCards;
      if (target.kind === 'default') {
        cards.defaultCard = stored(buildRateCard(DEFAULT_RATE_CARD_ID, request));
        return reply(cards.defaultCard.body);
      }
      const card = stored(buildRateCard(customCardId(target.participantId), request));
      cards.custom.set(target.participantId, card);
      return reply(card.body);
    },
  },
  {
    method: 'DELETE',
    path: '/payments-service/participants/rate_card/:id',
    access: 'system',
    handle: (ctx) => {
      const target = cardTarget(ctx.params.id!);
      if (target.kind === 'default') throw badRequest('The default rate card cannot be deleted: give a participant id', 'payments-bad_id');
      if (!ctx.state.rateCards.custom.delete(target.participantId)) {
        throw new SimHttpError(404, 'payments-rate_card_not_found', 'The participant has no custom rate card');
      }
      return reply(NO_CONTENT, 204);
    },
  },
];
