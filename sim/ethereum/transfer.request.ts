import { badRequest } from '../http/errors.js';

/** A validated "Transfer coins method" request: amounts in coin base units. */
export interface EthereumTransferRequest {
  readonly address: string;
  readonly coins: bigint;
  readonly fee: bigint;
}

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** Coin units from a digit string (as the seed sends them) or a safe integer, else null. */
function units(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  return typeof value === 'string' && /^\d{1,78}$/.test(value) ? BigInt(value) : null;
}

/**
 * Validates a transfer body by the seed's rules: address, coins and fee are required; the
 * fee must be within the balance's `coins_fee` range. Note: the error ids are the
 * simulator's own (the seed lists none for this endpoint), worded for users.
 */
export function parseEthereumTransferRequest(value: unknown, feeRange: { min: bigint; max: bigint }): EthereumTransferRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('Body must be a JSON object');
  const { address, coins, fee } = value as Record<string, unknown>;
  if (typeof address !== 'string' || !ADDRESS.test(address)) throw badRequest('Invalid ethereum address', 'payments-bad_address');
  const amount = units(coins);
  if (amount === null || amount <= 0n) throw badRequest('Coins must be a positive whole number of coin units', 'payments-bad_coins');
  const feeUnits = units(fee);
  if (feeUnits === null || feeUnits < feeRange.min || feeUnits > feeRange.max) {
    throw badRequest(`Fee must be between ${feeRange.min} and ${feeRange.max}`, 'payments-bad_fee');
  }
  return { address, coins: amount, fee: feeUnits };
}
