import type { CallerMemo } from '../../cache/caller-memo.js';
import type { RestClient } from '../rest/rest-client.js';
import { BillingDataSource } from './billing.datasource.js';
import { CashoutDataSource } from './cashout.datasource.js';
import { CoinbaseDataSource } from './coinbase.datasource.js';
import { EthereumDataSource } from './ethereum.datasource.js';
import type { FeeRangeDto } from './ethereum.dto.js';
import { ModerationDataSource } from './moderation.datasource.js';
import { ParticipantDataSource } from './participant.datasource.js';
import { PoloniexDataSource } from './poloniex.datasource.js';
import { RateCardDataSource } from './rate-card.datasource.js';
import { RetailDataSource } from './retail.datasource.js';
import { RewardsDataSource } from './rewards.datasource.js';
import { TopUpDataSource } from './topup.datasource.js';
import { WithdrawalDataSource } from './withdrawal.datasource.js';

/**
 * The payments service (seed 003) for one request: one client with the caller's session
 * ticket and one memo of reads, and a datasource per domain on top of it, so that each
 * domain's operations, rows, DTOs and guards stay in files of their own.
 */
export class PaymentsDataSource {
  readonly billing: BillingDataSource;
  readonly participant: ParticipantDataSource;
  readonly topUp: TopUpDataSource;
  readonly rateCard: RateCardDataSource;
  readonly ethereum: EthereumDataSource;
  readonly retail: RetailDataSource;
  readonly cashout: CashoutDataSource;
  readonly rewards: RewardsDataSource;
  readonly coinbase: CoinbaseDataSource;
  readonly poloniex: PoloniexDataSource;
  readonly withdrawal: WithdrawalDataSource;
  readonly moderation: ModerationDataSource;

  /** @param memos what this instance remembers per caller across requests. */
  constructor(rest: RestClient, memos: { feeRanges: CallerMemo<FeeRangeDto> }) {
    this.billing = new BillingDataSource(rest);
    this.participant = new ParticipantDataSource(rest);
    this.topUp = new TopUpDataSource(rest);
    this.rateCard = new RateCardDataSource(rest);
    this.ethereum = new EthereumDataSource(rest, memos.feeRanges);
    this.retail = new RetailDataSource(rest);
    this.cashout = new CashoutDataSource(rest);
    this.rewards = new RewardsDataSource(rest);
    this.coinbase = new CoinbaseDataSource(rest);
    this.poloniex = new PoloniexDataSource(rest);
    this.withdrawal = new WithdrawalDataSource(rest);
    this.moderation = new ModerationDataSource(rest);
  }
}
