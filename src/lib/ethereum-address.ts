import { keccak_256 } from '@noble/hashes/sha3';
import { utf8ToBytes } from '@noble/hashes/utils';
import { RecentMap } from './recent-map.js';

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/**
 * The EIP-55 form of a 20-byte hex address: each letter upper-cased where the keccak-256
 * of the lower-case hex has a nibble of 8 or more at its place.
 */
export function checksumAddress(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const known = recent.get(hex);
  if (known !== undefined) return known;
  const out = computeChecksum(hex);
  recent.set(hex, out);
  return out;
}

/**
 * Recent answers by lower-case hex. Note: an account shows the same few addresses on every
 * screen, and the keccak-256 of each was about 1 % of the home screen's CPU (profiled).
 */
const recent = new RecentMap<string, string>(10_000);

function computeChecksum(hex: string): string {
  const hash = keccak_256(utf8ToBytes(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    out += nibble >= 8 ? hex[i]!.toUpperCase() : hex[i]!;
  }
  return out;
}

/**
 * True for `0x` and 40 hex digits that are all lower case, all upper case, or exactly
 * the EIP-55 checksum: a mixed-case address with a wrong checksum has a typo in it.
 */
export function isValidAddressInput(text: string): boolean {
  if (!HEX_ADDRESS.test(text)) return false;
  const body = text.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return true;
  return checksumAddress(text) === text;
}

/** True for an upstream value the graph can show as an address (any case: it is checksummed on the way out). */
export function isHexAddress(value: unknown): value is string {
  return typeof value === 'string' && HEX_ADDRESS.test(value);
}
