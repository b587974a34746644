import { checksumAddress, isValidAddressInput } from '../../lib/ethereum-address.js';
import { textScalar } from './string-scalar.js';

/** An Ethereum address: any case in, EIP-55 checksummed out. */
export const EthereumAddressScalar = textScalar({
  name: 'EthereumAddress',
  description: 'Ethereum address. Output is EIP-55 checksummed; input is validated (hex, 20 bytes, checksum when mixed-case).',
  example: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  maxLength: 42,
  parse: (text) => (isValidAddressInput(text) ? checksumAddress(text) : undefined),
  isOutput: (value) => /^0x[0-9a-fA-F]{40}$/.test(value),
  format: checksumAddress,
});
