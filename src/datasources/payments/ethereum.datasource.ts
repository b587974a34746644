import type { RestClient } from '../rest/rest-client.js';
import type { BalanceDto, EthereumTransferRequestDto } from './ethereum.dto.js';
import { EthereumEndpoints as E } from './ethereum.endpoints.js';
import type { EthereumTransferDto, TransferHistoryDto } from './transfers.dto.js';

/**
 * The payments service's user coin operations for one request. Methods are named after
 * the REST operations and return the upstream DTOs as sent (parsed losslessly, guarded).
 */
export class EthereumDataSource {
  constructor(private readonly rest: RestClient) {}

  /** GET /payments-service/user/ethereum/balance. */
  getBalance(): Promise<BalanceDto> {
    return this.rest.read(E.getBalance);
  }

  /** GET /payments-service/user/ethereum/transfer/history: every kind of transfer, as the upstream orders them. */
  getTransferHistory(): Promise<TransferHistoryDto> {
    return this.rest.read(E.getTransferHistory);
  }

  /** POST /payments-service/user/ethereum/transfer: moves coins; sent once, never retried. */
  transferCoins(body: EthereumTransferRequestDto): Promise<EthereumTransferDto> {
    return this.rest.write(E.transferCoins, { body });
  }
}
