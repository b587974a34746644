import { commitExchangeTransfer, isExampleRequest, parseExchangeTransfer, transferAnswer } from '../exchanges/exchange-transfer.js';
import { accountList, exchangeAccountsOf, type AccountJson, type ExchangeAccounts } from '../exchanges/exchange.state.js';
import { addAccount, removeAccounts, unknownPoloniexAccount, updateAccount } from '../exchanges/poloniex.rules.js';
import { poloniexTransferResponse } from '../fixtures/poloniex.fixture.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';

/** The seed's transfer example request (its answer is the fixture next to it). */
const TRANSFER_EXAMPLE = String.raw`{"coins":"6476680000000000000","id":"9f8e166a35a20dff1c2e92f506b1d76f95ab48cf","pay_fee_with_coins":false}`;

function accounts(ctx: RouteContext): ExchangeAccounts {
  return exchangeAccountsOf(ctx.state.exchanges, ctx.caller().ticket);
}

/** Applies a change to the caller's Poloniex list and answers the whole list. */
function change(ctx: RouteContext, next: (list: readonly AccountJson[]) => AccountJson[]) {
  const user = accounts(ctx);
  user.poloniex = accountList(next(user.poloniex.value.accounts));
  return reply(user.poloniex.body);
}

/**
 * Seed 003 "Poloniex transfers", per user: every account write answers the whole list. A
 * transfer goes to one of the user's accounts (the seed's example, to an account of the
 * seed's history, is answered as the seed has it), into the user's histories, pending,
 * and into moderation.
 */
export const poloniexRoutes: readonly SimRoute[] = [
  {
    method: 'POST',
    path: '/payments-service/poloniex/account',
    access: 'user',
    handle: (ctx) => change(ctx, (list) => addAccount(list, ctx.json(), new Date())),
  },
  {
    method: 'GET',
    path: '/payments-service/poloniex/account',
    access: 'user',
    handle: (ctx) => reply(accounts(ctx).poloniex.body),
  },
  {
    method: 'PUT',
    path: '/payments-service/poloniex/account',
    access: 'user',
    handle: (ctx) => change(ctx, (list) => updateAccount(list, ctx.json())),
  },
  {
    method: 'POST',
    path: '/payments-service/poloniex/account/remove',
    access: 'user',
    handle: (ctx) => change(ctx, (list) => removeAccounts(list, ctx.json())),
  },
  {
    method: 'POST',
    path: '/payments-service/poloniex/transfer',
    access: 'user',
    handle: (ctx) => {
      const request = parseExchangeTransfer(ctx.json());
      let answer = poloniexTransferResponse;
      if (!isExampleRequest(request, TRANSFER_EXAMPLE)) {
        const account = accounts(ctx).poloniex.value.accounts.find((a) => a.id === request.id);
        if (account === undefined) throw unknownPoloniexAccount();
        const { is_new: _isNew, ...shown } = account;
        answer = transferAnswer(request, shown, new Date());
      }
      commitExchangeTransfer(ctx.state, ctx.caller().ticket, 'poloniex', answer);
      return reply(Buffer.from(answer, 'utf8'));
    },
  },
];
