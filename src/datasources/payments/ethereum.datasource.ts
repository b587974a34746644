import type { RestClient } from '../rest/rest-client.js';
import type { AddWalletAddressRequestDto, BalanceDto, DepositAddressDto, EthereumTransferRequestDto, WalletAddressListDto } from './ethereum.dto.js';
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

  /** GET /user/ethereum/transfer/:code/approve (a moderator's link; it changes state: sent once, never memoised). */
  async approveEthereumTransfer(code: string): Promise<void> {
    await this.rest.write(E.approveEthereumTransfer, { params: { code } });
  }

  /** GET /user/ethereum/transfer/:code/reject (a moderator's link). */
  async rejectEthereumTransfer(code: string): Promise<void> {
    await this.rest.write(E.rejectEthereumTransfer, { params: { code } });
  }

  /** GET /user/ethereum/addresses. */
  getWalletAddresses(): Promise<WalletAddressListDto> {
    return this.rest.read(E.getWalletAddresses);
  }

  /** POST /user/ethereum/addresses: adds an address, or updates its description; answers the whole list. */
  addWalletAddress(body: AddWalletAddressRequestDto): Promise<WalletAddressListDto> {
    return this.rest.write(E.addWalletAddress, { body });
  }

  /** PUT /user/ethereum/addresses/remove; answers the whole list. */
  removeWalletAddresses(addresses: readonly string[]): Promise<WalletAddressListDto> {
    return this.rest.write(E.removeWalletAddresses, { body: { list: addresses } });
  }

  /** GET /user/ethereum/deposit. */
  getDepositAddress(): Promise<DepositAddressDto> {
    return this.rest.read(E.getDepositAddress);
  }
}
