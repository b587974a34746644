import { exchangeAccountsOf } from '../exchanges/exchange.state.js';
import { withdrawalLimitsResponse } from '../fixtures/withdrawal-limits.fixture.js';
import { earningsStatementResponse } from '../fixtures/withdrawal.fixture.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';
import { asWithdrawalEntry, otherWithdrawalAccounts, withdrawalAccountsBody, type WithdrawalEntries } from '../withdrawal/withdrawal-accounts.js';
import { chunkIdOf, historyChunk } from '../withdrawal/withdrawal-history.js';
import { withdrawalQuote } from '../withdrawal/withdrawal-quote.js';

const LIMITS = Buffer.from(withdrawalLimitsResponse, 'utf8');
const EARNINGS = Buffer.from(earningsStatementResponse, 'utf8');

/** The caller's withdrawal accounts of every kind, each kind from its own state. */
function entriesOf(ctx: RouteContext): WithdrawalEntries {
  const ticket = ctx.caller().ticket;
  const user = exchangeAccountsOf(ctx.state.exchanges, ticket);
  return {
    coinbase: user.coinbase.value.accounts.map((a) => asWithdrawalEntry(a, 'coinbase_account')),
    poloniex: user.poloniex.value.accounts.map((a) => asWithdrawalEntry(a, 'poloniex_account')),
    ...otherWithdrawalAccounts(ctx.state, ticket),
  };
}

/** The ids of the caller's withdrawal accounts. */
function accountIdsOf(entries: WithdrawalEntries): Set<string> {
  const all = [...entries.coinbase, ...entries.cashout, ...entries.ethereum, ...entries.poloniex];
  return new Set(all.map((json) => String((JSON.parse(json) as { id?: unknown }).id)));
}

/**
 * Seed 003's withdrawal endpoints, per user. The account list is composed from the Coinbase
 * and Poloniex state (what is added shows, what is removed is gone) and the cash-out and
 * wallet-address entries (see `otherWithdrawalAccounts`); transfers made here head the history.
 */
export const withdrawalRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/payments-service/withdrawal/account',
    access: 'user',
    handle: (ctx) => reply(withdrawalAccountsBody(entriesOf(ctx))),
  },
  {
    method: 'POST',
    path: '/payments-service/withdrawal/history/get',
    access: 'user',
    handle: (ctx) => reply(historyChunk(exchangeAccountsOf(ctx.state.exchanges, ctx.caller().ticket).withdrawals, chunkIdOf(ctx.body))),
  },
  { method: 'GET', path: '/payments-service/withdrawal/limits', access: 'user', handle: () => reply(LIMITS) },
  { method: 'GET', path: '/payments-service/withdrawal/earnings/statement', access: 'user', handle: () => reply(EARNINGS) },
  {
    method: 'POST',
    path: '/payments-service/withdrawal/convert_coins',
    access: 'user',
    handle: (ctx) => reply(withdrawalQuote(ctx.json(), accountIdsOf(entriesOf(ctx)))),
  },
];
