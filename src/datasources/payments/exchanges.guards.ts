import { isHexAddress } from '../../lib/ethereum-address.js';
import { arrayOf, bool, currency, obj, opt, str, type Guard } from '../../lib/guard.js';
import type { CoinbaseAccountDto, CoinbaseAccountsDto, PoloniexAccountDto, PoloniexAccountsDto } from './exchanges.dto.js';

/** The fields of a Coinbase account the graph reads; shared with the withdrawal account list. */
export const coinbaseAccountShape = {
  id: str,
  email: opt(str),
  name: opt(str),
  username: opt(str),
  avatar_url: opt(str),
  resource_path: opt(str),
  ts: opt(str),
  inactive: opt(bool),
  currency: opt(currency),
};

/** The fields of a Poloniex account the graph reads; shared with the withdrawal account list. */
export const poloniexAccountShape = {
  id: str,
  address: isHexAddress,
  description: opt(str),
  status: opt(str),
  is_new: opt(bool),
  ts: opt(str),
  currency: opt(currency),
};

/** A connected Coinbase account. */
export const isCoinbaseAccountDto: Guard<CoinbaseAccountDto> = obj(coinbaseAccountShape);

/** A Poloniex account (an address the graph shows checksummed). */
export const isPoloniexAccountDto: Guard<PoloniexAccountDto> = obj(poloniexAccountShape);

/** A Coinbase account list (read or after a disconnect). */
export const isCoinbaseAccountsDto: Guard<CoinbaseAccountsDto> = obj({ accounts: arrayOf(isCoinbaseAccountDto) });

/** A Poloniex account list. */
export const isPoloniexAccountsDto: Guard<PoloniexAccountsDto> = obj({ accounts: arrayOf(isPoloniexAccountDto) });
