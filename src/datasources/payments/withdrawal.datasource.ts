import type { RestClient } from '../rest/rest-client.js';
import type { QuoteDto } from './fees.dto.js';
import { WithdrawalEndpoints as E } from './withdrawal.endpoints.js';
import type { EarningsStatementDto, WithdrawalLimitsDto } from './withdrawal-reports.dto.js';
import type { WithdrawalAccountsDto, WithdrawalHistoryDto, WithdrawalQuoteRequestDto } from './withdrawals.dto.js';

/** The payments service's withdrawal operations for one request, named after the REST operations. */
export class WithdrawalDataSource {
  constructor(private readonly rest: RestClient) {}

  /** GET /payments-service/withdrawal/account: accounts of every kind, and the allowed transfer types. */
  getWithdrawalAccounts(): Promise<WithdrawalAccountsDto> {
    return this.rest.read(E.getWithdrawalAccounts);
  }

  /** POST /payments-service/withdrawal/history/get: the first chunk without `chunkId`, else the chunk it names. */
  getWithdrawalHistory(chunkId: string | null): Promise<WithdrawalHistoryDto> {
    return this.rest.read(E.getWithdrawalHistory, { body: chunkId === null ? {} : { chunk_id: chunkId } });
  }

  /** GET /payments-service/withdrawal/limits. */
  getWithdrawalLimits(): Promise<WithdrawalLimitsDto> {
    return this.rest.read(E.getWithdrawalLimits);
  }

  /** GET /payments-service/withdrawal/earnings/statement. */
  getEarningsStatement(): Promise<EarningsStatementDto> {
    return this.rest.read(E.getEarningsStatement);
  }

  /** POST /payments-service/withdrawal/convert_coins: a calculation, so a read (the same body is asked once per request). */
  convertWithdrawalCoins(body: WithdrawalQuoteRequestDto): Promise<QuoteDto> {
    return this.rest.read(E.convertWithdrawalCoins, { body });
  }
}
