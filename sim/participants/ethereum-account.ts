import { keccak_256 } from '@noble/hashes/sha3';
import { utf8ToBytes } from '@noble/hashes/utils';
import { SimHttpError, badRequest } from '../http/errors.js';

/** A participant's Ethereum account as the service sends it: `address` may be null or missing. */
export interface EthereumAccount {
  address?: string | null;
}

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** The EIP-55 checksum form the service answers with ("checksum encoded Ethereum address"). */
export function checksummed(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const hash = keccak_256(utf8ToBytes(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    out += nibble >= 8 ? hex[i]!.toUpperCase() : hex[i]!;
  }
  return out;
}

/**
 * The account an Update Ethereum Account body asks for: `address` is an Ethereum address
 * (a mixed-case one must carry a valid checksum) or null to clear it; the key is required.
 * Seed 003: the participant "must have no active reward campaigns to change Ethereum address" (409).
 */
export function accountToStore(body: unknown, campaignsActive: boolean): EthereumAccount {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Object.hasOwn(body, 'address')) {
    throw badRequest('address is required (null clears it)');
  }
  const { address } = body as { address: unknown };
  if (address !== null) {
    const valid = typeof address === 'string' && HEX_ADDRESS.test(address);
    const body40 = valid ? address.slice(2) : '';
    const oneCase = body40 === body40.toLowerCase() || body40 === body40.toUpperCase();
    if (!valid || (!oneCase && checksummed(address) !== address)) throw badRequest('Invalid Ethereum address', 'payments-bad_address');
  }
  if (campaignsActive) {
    throw new SimHttpError(
      409,
      'payments-active_reward_campaigns',
      'The Ethereum address cannot be changed while the participant has active reward campaigns.',
    );
  }
  return { address: address === null ? null : checksummed(address as string) };
}
