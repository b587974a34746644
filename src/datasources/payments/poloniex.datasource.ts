import type { RestClient } from '../rest/rest-client.js';
import type { AddPoloniexAccountDto, ExchangeTransferRequestDto, PoloniexAccountsDto, UpdatePoloniexAccountDto } from './exchanges.dto.js';
import { PoloniexEndpoints as E } from './poloniex.endpoints.js';
import type { PoloniexTransferDto } from './transfers.dto.js';

/** The payments service's Poloniex operations for one request, named after the REST operations. */
export class PoloniexDataSource {
  constructor(private readonly rest: RestClient) {}

  /** POST /payments-service/poloniex/account: the whole list after the add. */
  addPoloniexAccount(body: AddPoloniexAccountDto): Promise<PoloniexAccountsDto> {
    return this.rest.write(E.addPoloniexAccount, { body });
  }

  /** GET /payments-service/poloniex/account. */
  getPoloniexAccounts(): Promise<PoloniexAccountsDto> {
    return this.rest.read(E.getPoloniexAccounts);
  }

  /** PUT /payments-service/poloniex/account: the whole list after the change. */
  updatePoloniexAccount(body: UpdatePoloniexAccountDto): Promise<PoloniexAccountsDto> {
    return this.rest.write(E.updatePoloniexAccount, { body });
  }

  /** POST /payments-service/poloniex/account/remove (body key `ids`): the whole list after the removal. */
  removePoloniexAccounts(ids: readonly string[]): Promise<PoloniexAccountsDto> {
    return this.rest.write(E.removePoloniexAccounts, { body: { ids } });
  }

  /** POST /payments-service/poloniex/transfer: moves coins; sent once, never retried. */
  transferToPoloniex(body: ExchangeTransferRequestDto): Promise<PoloniexTransferDto> {
    return this.rest.write(E.transferToPoloniex, { body });
  }
}
