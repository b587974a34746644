import { coinbaseErrors, disconnect, idsToDisconnect } from '../exchanges/coinbase.rules.js';
import { coinUnits, quoteText } from '../exchanges/coin-quote.js';
import { commitExchangeTransfer, isExampleRequest, parseExchangeTransfer, transferAnswer } from '../exchanges/exchange-transfer.js';
import { accountList, exchangeAccountsOf, type ExchangeAccounts } from '../exchanges/exchange.state.js';
import { coinbaseQuoteResponse, coinbaseTransferResponse } from '../fixtures/coinbase.fixture.js';
import { badRequest } from '../http/errors.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';

/** The seed's transfer example request (its answer is the fixture next to it). */
const TRANSFER_EXAMPLE = String.raw`{"coins":"100000000000000000","id":"80bc50eb-246a-5f8c-91f1-33dd27d6e519","pay_fee_with_coins":true}`;
/** The coins of the seed's quote example (its request is not shown; its answer names them). */
const QUOTE_EXAMPLE_COINS = 10n ** 23n;

/** The caller's accounts, once the Coinbase tokens are known to work (the config switch can expire them). */
function connected(ctx: RouteContext): ExchangeAccounts {
  if (ctx.state.config.coinbaseTokensExpired) throw coinbaseErrors.noTokensByRefreshToken();
  return exchangeAccountsOf(ctx.state.exchanges, ctx.caller().ticket);
}

/**
 * Seed 003 "Coinbase transfers", per user. A disconnected account is gone from the list
 * (and the withdrawal list); a transfer needs a connected account (else the seed's
 * "tokens has not been found"), goes into the user's histories, pending, and into moderation.
 */
export const coinbaseRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/payments-service/coinbase/account',
    access: 'user',
    handle: (ctx) => reply(connected(ctx).coinbase.body),
  },
  {
    method: 'POST',
    path: '/payments-service/coinbase/account/remove',
    access: 'user',
    handle: (ctx) => {
      const user = connected(ctx);
      const { answer, remaining } = disconnect(user.coinbase.value, idsToDisconnect(ctx.json()));
      user.coinbase = accountList(remaining);
      return reply(accountList(answer).body);
    },
  },
  {
    // Note: the seed calls `coins` and `negative_values` body parameters of this GET; they travel as the query.
    method: 'GET',
    path: '/payments-service/coinbase/convert_coins',
    access: 'user',
    handle: (ctx) => {
      connected(ctx);
      const coins = coinUnits(ctx.query.get('coins') ?? undefined);
      if (coins === null || coins <= 0n) throw badRequest('coins must be a positive whole number of coin units', 'payments-bad_coins');
      return reply(Buffer.from(coins === QUOTE_EXAMPLE_COINS ? coinbaseQuoteResponse : quoteText(coins), 'utf8'));
    },
  },
  {
    method: 'POST',
    path: '/payments-service/coinbase/transfer',
    access: 'user',
    handle: (ctx) => {
      const user = connected(ctx);
      const request = parseExchangeTransfer(ctx.json());
      const account = user.coinbase.value.accounts.find((a) => a.id === request.id);
      if (account === undefined) throw coinbaseErrors.noStoredTokens();
      const answer = isExampleRequest(request, TRANSFER_EXAMPLE) ? coinbaseTransferResponse : transferAnswer(request, account, new Date());
      commitExchangeTransfer(ctx.state, ctx.caller().ticket, 'coinbase', answer);
      return reply(Buffer.from(answer, 'utf8'));
    },
  },
];
