import { IDENTITY_HEADER } from '../auth.js';
import { promoCodeResponse } from '../fixtures/promo-code.fixture.js';
import { SimHttpError, badRequest } from '../http/errors.js';
import { reply, type SimRoute } from '../routing/route.js';

/** The promo codes the service knows, by lower-case code: the seed's example. */
const PROMO_CODES: ReadonlyMap<string, Buffer> = new Map([['promo60', Buffer.from(promoCodeResponse, 'utf8')]]);

/**
 * Seed 003 "Check promo code". The seed lists `code` under "body", as it does for the
 * history's `format=v2` that its own path shows in the query: a GET carries it in the
 * query. The session ticket is not marked required there, so a caller without one is
 * answered; a ticket the service does not know is still a 401. An unknown code is a 404.
 */
export const promoCodeRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/participants/promo_code/check',
    access: 'none',
    handle: (ctx) => {
      if (ctx.headers[IDENTITY_HEADER] !== undefined) ctx.caller();
      const code = ctx.query.get('code');
      if (code === null || code.trim() === '') throw badRequest('code is required');
      const answer = PROMO_CODES.get(code.trim().toLowerCase());
      if (answer === undefined) throw new SimHttpError(404, 'payments-promo_code_not_found', 'Promo code not found');
      return reply(answer);
    },
  },
];
