import type { CallerMemo } from '../../cache/caller-memo.js';
import type { RestClient } from '../rest/rest-client.js';
import type { AddWalletAddressRequestDto, BalanceDto, DepositAddressDto, EthereumTransferRequestDto, FeeRangeDto, WalletAddressListDto } from './ethereum.dto.js';
import { EthereumEndpoints as E } from './ethereum.endpoints.js';
import type { EthereumTransferDto, TransferHistoryDto } from './transfers.dto.js';

/**
 * The payments service's user coin operations for one request. Methods are named after
 * the REST operations and return the upstream DTOs as sent (parsed losslessly, guarded).
 */
export class EthereumDataSource {
  /** @param feeRanges the fee range each caller's balance last showed, on this instance. */
  constructor(
    private readonly rest: RestClient,
    private readonly feeRanges: CallerMemo<FeeRangeDto>,
  ) {}

  /** GET /payments-service/user/ethereum/balance; its fee range is remembered for this caller. */
  async getBalance(): Promise<BalanceDto> {
    const balance = await this.rest.read(E.getBalance);
    this.feeRanges.remember(this.rest.callerKey(), balance.coins_fee);
    return balance;
  }

  /** The fee range this caller's balance showed within FEE_RANGE_CACHE_TTL_SECONDS, without a call; undefined when none is known. */
  recentFeeRange(): FeeRangeDto | undefined {
    return this.feeRanges.get(this.rest.callerKey());
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
