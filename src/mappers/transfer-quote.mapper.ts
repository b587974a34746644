import type { QuoteDto } from '../datasources/payments/fees.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { KarmaCheck, TransferQuote } from '../types/transfer-quote.type.js';
import { toRequiredFloat } from './amounts.js';
import { toOptionalCoins } from './coins.js';
import { toFeeBreakdown } from './fee-breakdown.mapper.js';
import { toCurrency } from './values.js';

/**
 * The karma rule's verdict, present only when the quote was asked with
 * `rule_karma_value_include`: all four fields or none. Note: half a verdict is the
 * upstream's fault; `withdrawalEnabled` is never guessed.
 */
export function toKarmaCheck(dto: QuoteDto): KarmaCheck | null {
  const parts = [dto.karma_value, dto.karma_value_lock_before, dto.karma_value_unlock, dto.karma_value_withdrawal_enabled];
  if (parts.every((part) => part === null || part === undefined)) return null;
  if (typeof dto.karma_value_withdrawal_enabled !== 'boolean') throw new UpstreamShapeError('payments', 'a karma check without karma_value_withdrawal_enabled');
  return {
    value: toRequiredFloat(dto.karma_value, 'karma_value'),
    lockBefore: toRequiredFloat(dto.karma_value_lock_before, 'karma_value_lock_before'),
    unlock: toRequiredFloat(dto.karma_value_unlock, 'karma_value_unlock'),
    withdrawalEnabled: dto.karma_value_withdrawal_enabled,
  };
}

/** A convert_coins answer as a quote: currency upper-cased, the fee object as its breakdown. */
export function toTransferQuote(dto: QuoteDto): TransferQuote {
  const currency = toCurrency(dto.currency);
  if (currency === null) throw new UpstreamShapeError('payments', 'a quote without currency');
  return {
    currency,
    breakdown: toFeeBreakdown(dto),
    minTransferCoins: toOptionalCoins(dto.min_transfer_coins_value, 'min_transfer_coins_value'),
    karma: toKarmaCheck(dto),
  };
}
