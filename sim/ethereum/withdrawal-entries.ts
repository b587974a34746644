import { seedJson } from '../http/seed-json.js';
import type { SimState } from '../state.js';
import { addressesOf } from './address-book.js';

/** The currency the withdrawal list gives an ethereum address (the seed's entries say AUD). */
const ADDRESS_CURRENCY = 'AUD';

/**
 * The user's own addresses (/user/ethereum/addresses) as entries of GET
 * /payments-service/withdrawal/account: JSON text shaped like the seed's `ethereum_account`
 * entry, whose id is the address itself, keys in the seed's order.
 */
export function walletAddressesForWithdrawal(state: SimState, ticket: string): string[] {
  return addressesOf(state.walletAddresses, ticket).value.list.map(({ address, description, ts }) =>
    seedJson({ address, description, currency: ADDRESS_CURRENCY, id: address, ts, type: 'ethereum_account' }),
  );
}
