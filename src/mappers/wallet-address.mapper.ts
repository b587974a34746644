import type { AddWalletAddressRequestDto, DepositAddressDto, WalletAddressListDto } from '../datasources/payments/ethereum.dto.js';
import type { WalletAddress } from '../types/wallet-address.type.js';
import { checkListSize, optionalLine } from './input-text.js';
import { toDateTime } from './values.js';

/** Most addresses one removal may name; a user has a handful. */
const MAX_ADDRESSES = 100;
/** Longest description of an address. */
const MAX_DESCRIPTION = 256;

/** The user's addresses in the upstream's order; each address is checksummed by its scalar on the way out. */
export function toWalletAddresses(dto: WalletAddressListDto): WalletAddress[] {
  return dto.list.map((entry) => ({ address: entry.address, description: entry.description ?? null, addedAt: toDateTime(entry.ts) }));
}

/** The deposit address, or null when the user has none yet. */
export function toDepositAddress(dto: DepositAddressDto): string | null {
  return dto.address ?? null;
}

/** The body of "Add new / update address": the address as its scalar checksummed it, and a description when given. */
export function toAddWalletAddressRequest(address: string, description: string | null | undefined): AddWalletAddressRequestDto {
  const text = optionalLine('description', description, MAX_DESCRIPTION);
  return text === undefined ? { address } : { address, description: text };
}

/** The addresses to remove: 1 to 100, each named once (they arrive checksummed, so equal addresses are equal text). */
export function toAddressesToRemove(addresses: readonly string[]): string[] {
  return [...new Set(checkListSize('addresses', addresses, MAX_ADDRESSES))];
}
