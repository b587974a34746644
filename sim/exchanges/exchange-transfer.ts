import { randomUUID } from 'node:crypto';
import { isoSeconds } from '../billing/dates.js';
import { addTransfer, walletOf } from '../ethereum/wallet.state.js';
import { badRequest } from '../http/errors.js';
import { seedJson } from '../http/seed-json.js';
import { addModerationItem } from '../moderation/moderation.state.js';
import type { SimState } from '../state.js';
import { centsOf, coinUnits, feeEntries, moneyText, rawSeedObject } from './coin-quote.js';
import { exchangeAccountsOf, type AccountJson } from './exchange.state.js';

/** Where a transfer goes: the upstream `type` of its records. */
export type Provider = 'coinbase' | 'poloniex';

/** A validated Coinbase or Poloniex transfer request. */
export interface ExchangeTransferRequest {
  readonly coins: bigint;
  readonly id: string;
  readonly payFeeWithCoins: boolean;
}

/** Parses a transfer body by the seed's rules: coins and id required, pay_fee_with_coins optional. */
export function parseExchangeTransfer(value: unknown): ExchangeTransferRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('Body must be a JSON object');
  const { coins, id, pay_fee_with_coins: payFee } = value as Record<string, unknown>;
  const units = coinUnits(coins);
  if (units === null || units <= 0n) throw badRequest('Coins must be a positive whole number of coin units', 'payments-bad_coins');
  if (typeof id !== 'string' || id === '') throw badRequest('id is required');
  if (payFee !== undefined && typeof payFee !== 'boolean') throw badRequest('pay_fee_with_coins must be true or false');
  return { coins: units, id, payFeeWithCoins: payFee === true };
}

/** True when a request is exactly the seed's example request (compared by value). */
export function isExampleRequest(request: ExchangeTransferRequest, example: string): boolean {
  const e = JSON.parse(example) as { coins: string; id: string; pay_fee_with_coins: boolean };
  return String(request.coins) === e.coins && request.id === e.id && request.payFeeWithCoins === e.pay_fee_with_coins;
}

/** A pending transfer's answer for a request outside the seed's examples: no fees, the simulator's rate. */
export function transferAnswer(request: ExchangeTransferRequest, account: AccountJson, now: Date): string {
  const fee = feeEntries(request.coins).filter(([key]) => key !== 'currency' && key !== 'min_transfer_coins_value');
  fee.splice(fee.findIndex(([key]) => key === 'transaction_fee'), 0, ['pay_fee_with_coins', String(request.payFeeWithCoins)]);
  return rawSeedObject([
    ['account', seedJson(account)],
    ['coins', JSON.stringify(String(request.coins))],
    ['fee', rawSeedObject(fee)],
    ['hash', 'null'],
    ['id', JSON.stringify(`urn:authenticateit:transaction_request:${randomUUID()}`)],
    ['status', '"pending"'],
    ['ts', JSON.stringify(isoSeconds(now))],
  ]);
}

/**
 * Records a transfer the upstream accepted: first in the user's transfer history (pending,
 * its coins off the profile), first in the withdrawal history, and in moderation (pending
 * when the provider's manual approval is on, else auto-approved). Refuses, before anything
 * changes, a transfer of more coins than the profile holds.
 */
export function commitExchangeTransfer(state: SimState, ticket: string, provider: Provider, answerJson: string): void {
  const answer = JSON.parse(answerJson) as Record<string, unknown> & { coins: string; fee?: { value?: unknown } };
  const wallet = walletOf(state.ethereum, ticket);
  const coins = BigInt(answer.coins);
  if (coins > wallet.balance.account) throw badRequest('Not enough coins for this transfer', 'payments-insufficient_funds');
  const { fee, ...rest } = answer;
  const record = seedJson({ ...rest, converted_aud_value: Number(moneyText(centsOf(coins))), fee_summary: fee, type: provider });
  addTransfer(wallet, record, coins);
  exchangeAccountsOf(state.exchanges, ticket).withdrawals.unshift(record);
  addModerationItem(state.moderation, ticket, provider, answer);
}
