import type { FeeDto } from '../datasources/payments/fees.dto.js';
import type { FeeBreakdown } from '../types/fee-breakdown.type.js';
import { toAmount, toRequiredFloat } from './amounts.js';
import { toCoins, toOptionalCoins } from './coins.js';

/**
 * A fee object (`fee`, `fee_summary` or a convert_coins answer) as the graph's
 * FeeBreakdown: coins digit for digit (`0`, digit strings and JSON numbers past 2^53
 * alike), fiat amounts as exact decimals, the percentage as a Float.
 */
export function toFeeBreakdown(dto: FeeDto): FeeBreakdown {
  return {
    coins: toOptionalCoins(dto.coins, 'fee coins'),
    coinsWithFee: toOptionalCoins(dto.coins_with_fee, 'coins_with_fee'),
    coinsWithoutFee: toOptionalCoins(dto.coins_without_fee, 'coins_without_fee'),
    feeCoins: toCoins(dto.fee_coins, 'fee_coins'),
    feeValue: toAmount(dto.fee_value, 'fee_value'),
    gasCoins: toOptionalCoins(dto.gas_coins, 'gas_coins'),
    gasFeeCoins: toCoins(dto.gas_fee_coins, 'gas_fee_coins'),
    gasFeePercent: toRequiredFloat(dto.gas_fee_precent, 'gas_fee_precent'),
    gasFeeValue: toAmount(dto.gas_fee_value, 'gas_fee_value'),
    payFeeWithCoins: typeof dto.pay_fee_with_coins === 'boolean' ? dto.pay_fee_with_coins : null,
    transactionFee: toAmount(dto.transaction_fee, 'transaction_fee'),
    transactionFeeCoins: toCoins(dto.transaction_fee_coins, 'transaction_fee_coins'),
    transactionFeeValue: toAmount(dto.transaction_fee_value, 'transaction_fee_value'),
    value: toAmount(dto.value, 'value'),
    valueWithFee: toAmount(dto.value_with_fee, 'value_with_fee'),
    valueWithoutFee: toAmount(dto.value_without_fee, 'value_without_fee'),
  };
}

/** The fee of a record: `fee` in transfer answers, `fee_summary` in histories; null when neither is there. */
export function toRecordFee(dto: { fee?: FeeDto | null; fee_summary?: FeeDto | null }): FeeBreakdown | null {
  const fee = dto.fee ?? dto.fee_summary;
  return fee ? toFeeBreakdown(fee) : null;
}
