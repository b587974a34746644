import { SimHttpError } from '../http/errors.js';
import { stored } from '../http/stored.js';
import { accountToStore } from '../participants/ethereum-account.js';
import { reply, type SimRoute } from '../routing/route.js';

const noAccount = (): SimHttpError => new SimHttpError(404, 'payments-not_found', 'Participant not found');

/** Seed 003 "Participant Ethereum Account" (read, update) and "Get participant deposit settings". */
export const participantEthereumRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/payments-service/participants/current/ethereum',
    access: 'participant',
    handle: (ctx) => reply((ctx.state.participants.ethereum.get(ctx.caller().ticket) ?? stored({ address: null })).body),
  },
  {
    method: 'PUT',
    path: '/payments-service/participants/current/ethereum',
    access: 'participant',
    handle: (ctx) => {
      const account = stored(accountToStore(ctx.json(), ctx.state.config.rewardCampaignsActive));
      ctx.state.participants.ethereum.set(ctx.caller().ticket, account);
      return reply(account.body);
    },
  },
  {
    method: 'GET',
    path: '/payments-service/participants/deposit/ethereum',
    access: 'participant',
    handle: (ctx) => {
      const deposit = ctx.state.participants.deposits.get(ctx.caller().ticket);
      if (deposit === undefined) throw noAccount();
      return reply(deposit);
    },
  },
];
