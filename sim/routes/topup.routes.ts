import { SimHttpError, badRequest } from '../http/errors.js';
import { seedJsonBytes } from '../http/seed-json.js';
import { stored } from '../http/stored.js';
import { parseManualTopUp, parseTopUpRequest } from '../topup/topup.request.js';
import { assertTopUpAvailable, manualTopUpRecord } from '../topup/topup.rules.js';
import { TOPUP_MINIMUM } from '../topup/topup.state.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';

const NO_CONTENT: Buffer = Buffer.alloc(0);

/** The caller's currency: the one of the catalogue, as the minimum answers it. */
function availableCurrency(ctx: RouteContext): string {
  const currency = TOPUP_MINIMUM.value.currency;
  assertTopUpAvailable(ctx.state.billing.plans.get(ctx.caller().ticket)?.plan, currency);
  return currency;
}

/** Seed 003 "Coins TopUp": minimum, settings (read, set, delete), history (format v2) and manual top-ups. */
export const topUpRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/participants/topup/min_amount',
    access: 'participant',
    handle: (ctx) => {
      availableCurrency(ctx);
      return reply(TOPUP_MINIMUM.body);
    },
  },
  {
    method: 'GET',
    path: '/participants/topup/',
    access: 'participant',
    handle: (ctx) => {
      const settings = ctx.state.topUps.settings.get(ctx.caller().ticket);
      if (settings === undefined) throw new SimHttpError(404, 'payments-topup_not_found', 'TopUp is not set');
      return reply(settings.body);
    },
  },
  {
    method: 'POST',
    path: '/participants/topup/',
    access: 'participant',
    handle: (ctx) => {
      const currency = availableCurrency(ctx);
      const settings = stored(parseTopUpRequest(ctx.json(), TOPUP_MINIMUM.value.amount, currency));
      ctx.state.topUps.settings.set(ctx.caller().ticket, settings);
      return reply(settings.body);
    },
  },
  {
    method: 'DELETE',
    path: '/participants/topup/',
    access: 'participant',
    handle: (ctx) => {
      if (!ctx.state.topUps.settings.delete(ctx.caller().ticket)) {
        throw new SimHttpError(404, 'payments-topup_not_found', 'TopUp is not set');
      }
      return reply(NO_CONTENT, 204);
    },
  },
  {
    method: 'GET',
    path: '/participants/topup/history',
    access: 'participant',
    handle: (ctx) => {
      if (ctx.query.get('format') !== 'v2') throw badRequest('Only format=v2 is served', 'payments-bad_format');
      return reply(ctx.state.topUps.history.get(ctx.caller().ticket)?.body ?? seedJsonBytes([]));
    },
  },
  {
    method: 'POST',
    path: '/participants/topup/manual',
    access: 'participant',
    handle: (ctx) => {
      const cents = parseManualTopUp(ctx.json());
      const currency = availableCurrency(ctx);
      const topUps = ctx.state.topUps;
      const record = manualTopUpRecord(cents, currency, `ch_sim_${++topUps.chargeSeq}`, new Date());
      const ticket = ctx.caller().ticket;
      topUps.history.set(ticket, stored([record, ...(topUps.history.get(ticket)?.value ?? [])]));
      return reply(seedJsonBytes(record));
    },
  },
];
