import type { SimRoute } from '../routing/route.js';
import { billingRoutes } from './billing.routes.js';
import { ethereumRoutes } from './ethereum.routes.js';
import { retailRoutes } from './retail.routes.js';

/** The simulator's whole route table; a new domain adds its `<domain>.routes.ts` here. */
export const simRoutes: readonly SimRoute[] = [...billingRoutes, ...ethereumRoutes, ...retailRoutes];
