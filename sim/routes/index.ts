import type { SimRoute } from '../routing/route.js';
import { billingRoutes } from './billing.routes.js';
import { merchantRoutes } from './merchant.routes.js';
import { oauthRoutes } from './oauth.routes.js';
import { ticketRoutes } from './tickets.routes.js';

/** The simulator's whole route table; a new domain adds its `<domain>.routes.ts` here. */
export const simRoutes: readonly SimRoute[] = [...billingRoutes, ...ticketRoutes, ...merchantRoutes, ...oauthRoutes];
