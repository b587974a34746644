import { addAccount, removeAccounts, updateAccount } from '../cashout/account.request.js';
import { ALLOWED_COUNTRIES, cashoutAccountsOf } from '../cashout/cashout.state.js';
import { computeQuote, exampleQuote, positiveUnits } from '../cashout/cashout-quote.js';
import { requestCashout } from '../cashout/cashout-transfer.js';
import { addTransfer, walletOf } from '../ethereum/wallet.state.js';
import { cashoutCountriesResponse } from '../fixtures/cashout-account.fixture.js';
import { badRequest } from '../http/errors.js';
import { seedJsonBytes } from '../http/seed-json.js';
import { reply, type SimRoute } from '../routing/route.js';

const countriesBody = Buffer.from(cashoutCountriesResponse, 'utf8');

/** Seed 003 "User's cashout methods": countries, quotes, accounts and cash-out requests, per user. */
export const cashoutRoutes: readonly SimRoute[] = [
  { method: 'GET', path: '/cashout/countries', access: 'user', handle: () => reply(countriesBody) },
  {
    method: 'GET',
    path: '/cashout/convert_coins',
    access: 'user',
    handle: (ctx) => {
      const units = positiveUnits(ctx.query.get('coins'));
      const country = ctx.query.get('country');
      if (country === null || !ALLOWED_COUNTRIES.has(country)) throw badRequest('country must be an allowed country', 'payments-bad_country');
      const negative = ctx.query.get('negative_values') === 'true';
      const fee = ctx.state.config.cashoutFeeConfigured;
      const example = exampleQuote(units, negative, fee);
      return reply(example === null ? seedJsonBytes(computeQuote(units, negative, fee)) : Buffer.from(example, 'utf8'));
    },
  },
  {
    method: 'GET',
    path: '/cashout/account',
    access: 'user',
    handle: (ctx) => reply(cashoutAccountsOf(ctx.state.cashout, ctx.caller().ticket).body),
  },
  {
    method: 'POST',
    path: '/cashout/account',
    access: 'user',
    handle: (ctx) => reply(addAccount(ctx.state.cashout, ctx.caller().ticket, ctx.json()).body),
  },
  {
    method: 'PUT',
    path: '/cashout/account',
    access: 'user',
    handle: (ctx) => reply(updateAccount(ctx.state.cashout, ctx.caller().ticket, ctx.json()).body),
  },
  {
    method: 'POST',
    path: '/cashout/account/remove',
    access: 'user',
    handle: (ctx) => reply(removeAccounts(ctx.state.cashout, ctx.caller().ticket, ctx.json()).body),
  },
  {
    method: 'POST',
    path: '/cashout/transfer',
    access: 'user',
    handle: (ctx) => {
      const wallet = walletOf(ctx.state.ethereum, ctx.caller().ticket);
      const outcome = requestCashout(ctx.json(), wallet.balance.account, ctx.state.config.cashoutFeeConfigured, new Date());
      // The cash-out shows first in the user's history, pending, and its coins leave the profile.
      addTransfer(wallet, outcome.record, outcome.spent);
      return reply(Buffer.from(outcome.answer, 'utf8'));
    },
  },
];
