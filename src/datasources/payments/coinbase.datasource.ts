import type { RestClient } from '../rest/rest-client.js';
import { CoinbaseEndpoints as E } from './coinbase.endpoints.js';
import type { CoinbaseAccountsDto, ExchangeTransferRequestDto } from './exchanges.dto.js';
import type { QuoteDto } from './fees.dto.js';
import type { CoinbaseTransferDto } from './transfers.dto.js';

/** The payments service's Coinbase operations for one request, named after the REST operations. */
export class CoinbaseDataSource {
  constructor(private readonly rest: RestClient) {}

  /** GET /payments-service/coinbase/account. */
  getCoinbaseAccounts(): Promise<CoinbaseAccountsDto> {
    return this.rest.read(E.getCoinbaseAccounts);
  }

  /** POST /payments-service/coinbase/account/remove (body key `accounts`): the list, the removed ones marked `inactive`. */
  removeCoinbaseAccounts(ids: readonly string[]): Promise<CoinbaseAccountsDto> {
    return this.rest.write(E.removeCoinbaseAccounts, { body: { accounts: ids } });
  }

  /** GET /payments-service/coinbase/convert_coins: `negative_values` only when asked (false is the upstream's default). */
  convertCoinbaseCoins(coins: string, negativeValues: boolean): Promise<QuoteDto> {
    return this.rest.read(E.convertCoinbaseCoins, { query: { coins, negative_values: negativeValues ? 'true' : undefined } });
  }

  /** POST /payments-service/coinbase/transfer: moves coins; sent once, never retried. */
  transferToCoinbase(body: ExchangeTransferRequestDto): Promise<CoinbaseTransferDto> {
    return this.rest.write(E.transferToCoinbase, { body });
  }
}
