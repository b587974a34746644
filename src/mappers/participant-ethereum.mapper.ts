import type { DepositSettingsDto, EthereumAccountDto } from '../datasources/payments/participant.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { DepositSettings, EthereumAccount } from '../types/participant-ethereum.type.js';
import { toCoins } from './money-values.js';
import { toDateTime } from './values.js';

/** The participant's Ethereum account: the address "may be null or missing" when none is set. */
export function toEthereumAccount(dto: EthereumAccountDto): EthereumAccount {
  return { address: dto.address ?? null };
}

/**
 * The participant's deposit settings. `coins` is "Optional, 0 by default" in the seed, so
 * an absent one is 0 (the seed's own default, not one made up); a present one that is not
 * a whole number is the upstream's fault.
 */
export function toDepositSettings(dto: DepositSettingsDto): DepositSettings {
  const coins = dto.coins === undefined || dto.coins === null ? '0' : toCoins(dto.coins);
  if (coins === null) throw new UpstreamShapeError('payments', 'deposit coins that are not whole coin units');
  const fee = dto.fee;
  return {
    address: dto.address ?? null,
    unlimitedCoins: dto.unlimited_coins === true,
    coins,
    fee: fee
      ? {
          source: fee.source ?? null,
          status: fee.status ?? null,
          type: fee.type ?? null,
          value: fee.value === undefined || fee.value === null ? null : toCoins(fee.value),
          at: toDateTime(fee.ts),
        }
      : null,
  };
}

/**
 * The address setParticipantEthereumAddress sends (already checked and checksummed by
 * the EthereumAddress scalar). Note: it must be given, null included: a client that
 * forgets the argument must not clear the address by accident.
 */
export function toAddressChange(address: string | null | undefined): string | null {
  if (address === undefined) throw new BadUserInputError('"address" is required: an Ethereum address, or null to clear it.');
  return address;
}
