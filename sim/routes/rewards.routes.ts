import { convertCoins } from '../rewards/coin-conversion.js';
import { reply, type SimRoute } from '../routing/route.js';

/** Seed 003 "Converting of coins by current price". Note: the seed's "body" parameters of this GET are read from the query. */
export const rewardsRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/rewards/convert/coins',
    access: 'user',
    handle: (ctx) => reply(Buffer.from(convertCoins(ctx.query), 'utf8')),
  },
];
