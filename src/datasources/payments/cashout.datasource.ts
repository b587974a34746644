import type { RestClient } from '../rest/rest-client.js';
import type {
  CashoutAccountDto,
  CashoutAccountListDto,
  CashoutAccountRequestDto,
  CashoutCountriesDto,
  CashoutTransferRequestDto,
} from './cashout.dto.js';
import { CashoutEndpoints as E } from './cashout.endpoints.js';
import type { QuoteDto } from './fees.dto.js';
import type { CashoutTransferDto } from './transfers.dto.js';

/** The query of GET /cashout/convert_coins. */
export interface CashoutQuoteQuery {
  coins: string;
  country: string;
  negative_values: boolean;
}

/**
 * The payments service's cash-out operations for one request, named after the REST
 * operations; they return the upstream DTOs as sent (parsed losslessly, guarded).
 */
export class CashoutDataSource {
  constructor(private readonly rest: RestClient) {}

  /** GET /cashout/countries. */
  getCashoutCountries(): Promise<CashoutCountriesDto> {
    return this.rest.read(E.getCashoutCountries);
  }

  /** GET /cashout/convert_coins: a quote, no state changes. */
  convertCashoutCoins(query: CashoutQuoteQuery): Promise<QuoteDto> {
    return this.rest.read(E.convertCashoutCoins, { query: { ...query } });
  }

  /** GET /cashout/account: memoised, so resolving an account for a cash-out and listing them cost one call. */
  getCashoutAccounts(): Promise<CashoutAccountListDto> {
    return this.rest.read(E.getCashoutAccounts);
  }

  /** POST /cashout/account; answers the new account. */
  addCashoutAccount(account: CashoutAccountRequestDto): Promise<CashoutAccountDto> {
    return this.rest.write(E.addCashoutAccount, { body: { account } });
  }

  /** PUT /cashout/account; answers the whole list. */
  updateCashoutAccount(id: string, account: CashoutAccountRequestDto): Promise<CashoutAccountListDto> {
    return this.rest.write(E.updateCashoutAccount, { body: { account, id } });
  }

  /** POST /cashout/account/remove; answers the whole list. */
  removeCashoutAccounts(ids: readonly string[]): Promise<CashoutAccountListDto> {
    return this.rest.write(E.removeCashoutAccounts, { body: { accounts: ids } });
  }

  /** POST /cashout/transfer: moves coins; sent once, never retried. */
  requestCashout(body: CashoutTransferRequestDto): Promise<CashoutTransferDto> {
    return this.rest.write(E.requestCashout, { body });
  }
}
