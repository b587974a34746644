import type { SimRoute } from '../routing/route.js';
import { billingRoutes } from './billing.routes.js';
import { cashoutRoutes } from './cashout.routes.js';
import { coinbaseRoutes } from './coinbase.routes.js';
import { ethereumRoutes } from './ethereum.routes.js';
import { merchantRoutes } from './merchant.routes.js';
import { moderationRoutes } from './moderation.routes.js';
import { oauthRoutes } from './oauth.routes.js';
import { participantEthereumRoutes } from './participant-ethereum.routes.js';
import { participantRoutes } from './participant.routes.js';
import { poloniexRoutes } from './poloniex.routes.js';
import { promoCodeRoutes } from './promo-code.routes.js';
import { rateCardRoutes } from './rate-card.routes.js';
import { retailRoutes } from './retail.routes.js';
import { rewardsRoutes } from './rewards.routes.js';
import { ticketRoutes } from './tickets.routes.js';
import { topUpRoutes } from './topup.routes.js';
import { walletAddressRoutes } from './wallet-address.routes.js';
import { withdrawalRoutes } from './withdrawal.routes.js';

/** The simulator's whole route table; a new domain adds its `<domain>.routes.ts` here. */
export const simRoutes: readonly SimRoute[] = [
  // The payments service (seed 003).
  ...billingRoutes,
  ...participantRoutes,
  ...participantEthereumRoutes,
  ...promoCodeRoutes,
  ...topUpRoutes,
  ...rateCardRoutes,
  ...ethereumRoutes,
  ...walletAddressRoutes,
  ...cashoutRoutes,
  ...rewardsRoutes,
  ...retailRoutes,
  ...coinbaseRoutes,
  ...poloniexRoutes,
  ...withdrawalRoutes,
  ...moderationRoutes,
  // The support-ticket service (seeds 000 and 001).
  ...ticketRoutes,
  ...merchantRoutes,
  ...oauthRoutes,
];
