import type { ExchangeTransferRequestDto } from '../datasources/payments/exchanges.dto.js';
import type { ExchangeTransferInput } from '../types/exchange-transfer.input.js';
import { positiveCoins } from './coins.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/**
 * The body of a Coinbase or Poloniex transfer (seed 003: coins, id, pay_fee_with_coins),
 * checked before anything is sent; the idempotency key stays with the gateway.
 */
export function toExchangeTransferRequest(input: ExchangeTransferInput): ExchangeTransferRequestDto {
  return {
    coins: positiveCoins(input.coins, 'input.coins'),
    id: toUpstreamId(input.accountId, 'input.accountId'),
    pay_fee_with_coins: input.payFeeWithCoins === true,
  };
}
