import type { EthereumTransferRequestDto } from '../datasources/payments/ethereum.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import type { CoinRange } from '../types/coin-balance.type.js';
import type { EthereumTransferInput } from '../types/ethereum-transfer.input.js';
import { compareCoins, positiveCoins } from './coins.js';

/**
 * The POST body of an ethereum transfer. The address arrives checksummed from its scalar;
 * coins must be more than 0 and the fee at least 0 (its range is checked against the
 * balance by {@link checkTransferFee}).
 */
export function toEthereumTransferRequest(input: EthereumTransferInput): EthereumTransferRequestDto {
  const coins = positiveCoins(input.coins, 'coins');
  if (compareCoins(input.fee, '0') < 0) throw new BadUserInputError(`"fee" must not be negative; got ${input.fee}.`);
  return { address: input.address, coins, fee: BigInt(input.fee).toString() };
}

/** True when the fee lies within the balance's allowed range (ends included). */
export function isFeeInRange(fee: string, range: CoinRange): boolean {
  return compareCoins(fee, range.min) >= 0 && compareCoins(fee, range.max) <= 0;
}

/** Refuses a fee outside the balance's allowed range, before anything is sent. */
export function checkTransferFee(fee: string, range: CoinRange): void {
  if (!isFeeInRange(fee, range)) {
    throw new BadUserInputError(`"fee" must be within balance.feeRange, from ${range.min} to ${range.max} coin units; got ${fee}.`);
  }
}
