import { moderatedTransfersResponse } from '../fixtures/moderation.fixture.js';
import { badRequest } from '../http/errors.js';
import { seedJsonBytes } from '../http/seed-json.js';
import { decide, decisionId } from '../moderation/moderation-decision.js';
import { isExampleQuery, parseModerationQuery, runModerationQuery } from '../moderation/moderation-query.js';
import { reviewOf } from '../moderation/moderation-review.js';
import type { ManualApprove } from '../moderation/moderation.state.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';

const NO_CONTENT: Buffer = Buffer.alloc(0);
const EXAMPLE_LIST = Buffer.from(moderatedTransfersResponse, 'utf8');

/** The `manual_approve` of a set-options body. */
function manualApprove(body: unknown): ManualApprove {
  const mode = typeof body === 'object' && body !== null ? (body as { manual_approve?: unknown }).manual_approve : undefined;
  if (mode !== 'active' && mode !== 'inactive') throw badRequest('manual_approve must be active or inactive', 'payments-bad_manual_approve');
  return mode;
}

/** The get and set routes of one provider's transfer settings. */
function optionsRoutes(provider: 'coinbase' | 'poloniex'): SimRoute[] {
  const path = `/payments-service/${provider}/options`;
  const body = (ctx: RouteContext) => seedJsonBytes({ manual_approve: ctx.state.moderation.options[provider] });
  return [
    { method: 'GET', path, access: 'system', handle: (ctx) => reply(body(ctx)) },
    {
      method: 'POST',
      path,
      access: 'system',
      handle: (ctx) => {
        ctx.state.moderation.options[provider] = manualApprove(ctx.json());
        return reply(body(ctx));
      },
    },
  ];
}

/**
 * Seed 003 "Coinbase/Poloniex transfers validation": system participant only (everyone else
 * 403). New Coinbase and Poloniex transfers join the queue; a decision is made once.
 */
export const moderationRoutes: readonly SimRoute[] = [
  ...optionsRoutes('coinbase'),
  ...optionsRoutes('poloniex'),
  {
    method: 'POST',
    path: '/payments-service/transfer/get',
    access: 'system',
    handle: (ctx) => {
      const query = parseModerationQuery(ctx.json());
      const state = ctx.state.moderation;
      if (state.pristine && isExampleQuery(query)) return reply(EXAMPLE_LIST);
      return reply(seedJsonBytes(runModerationQuery(state.items, query)));
    },
  },
  {
    method: 'POST',
    path: '/payments-service/transfer/approve',
    access: 'system',
    handle: (ctx) => {
      decide(ctx.state.moderation, decisionId(ctx.json()), true);
      return reply(NO_CONTENT, 204);
    },
  },
  {
    method: 'POST',
    path: '/payments-service/transfer/reject',
    access: 'system',
    handle: (ctx) => {
      decide(ctx.state.moderation, decisionId(ctx.json()), false);
      return reply(NO_CONTENT, 204);
    },
  },
  {
    method: 'POST',
    path: '/payments-service/transfer/limits',
    access: 'system',
    handle: (ctx) => reply(reviewOf(ctx.state.moderation, decisionId(ctx.json()))),
  },
];
