import { isHexAddress } from '../../lib/ethereum-address.js';
import { amount, arrayOf, bool, coins, currency, int, intLike, obj, opt, str, type Guard } from '../../lib/guard.js';
import type { DepositSettingsDto, EthereumAccountDto, PaymentDto, PromoCodeDto } from './participant.dto.js';

/** Checks of the participant endpoints' answers: every field the graph reads, before anything is used. */

/** One payment of the payment history. */
export const isPaymentDto: Guard<PaymentDto> = obj({
  card_barnd: opt(str),
  card_brand: opt(str),
  card_exp_month: opt(intLike),
  card_exp_year: opt(intLike),
  card_last4: opt(str),
  card_name: opt(str),
  currency,
  rows: arrayOf(obj({ amount, description: str })),
  status: str,
  summary_amount: amount,
  ts: str,
});

/** The payment history: a list of payments. */
export const isPaymentHistoryDto: Guard<PaymentDto[]> = arrayOf(isPaymentDto);

/** The notification email list the add and remove calls answer with. */
export const isEmailListDto: Guard<string[]> = arrayOf(str);

/** The participant's Ethereum account. */
export const isEthereumAccountDto: Guard<EthereumAccountDto> = obj({ address: opt(isHexAddress) });

/** The participant's deposit settings. */
export const isDepositSettingsDto: Guard<DepositSettingsDto> = obj({
  address: opt(isHexAddress),
  unlimited_coins: opt(bool),
  coins: opt(coins),
  fee: opt(obj({ source: opt(str), status: opt(str), ts: opt(str), type: opt(str), value: opt(coins) })),
});

/** A promo code the upstream knows. */
export const isPromoCodeDto: Guard<PromoCodeDto> = obj({ code: str, days_value: int });
