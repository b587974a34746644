import DataLoader from 'dataloader';
import { mapBounded } from '../../lib/bounded-map.js';
import type { RestClient } from '../rest/rest-client.js';
import { ModerationEndpoints as E } from './moderation.endpoints.js';
import type { ApprovalOptionsDto, ModeratedTransferPageDto, ModerationQueryDto, TransferProviderDto } from './moderation.dto.js';
import { nullWhenNotFound } from './not-found.js';
import type { TransferReviewDto } from './transfer-review.dto.js';

/**
 * Review reads in flight at once for one request's loads by id. Note: a moderation page
 * holds 10 transfers by default, so a default page's reviews go out in one wave; with 4,
 * a page of 7 took two upstream round trips where one serves.
 */
const REVIEW_LOAD_CONCURRENCY = 10;

const OPTIONS = {
  coinbase: { get: E.getCoinbaseOptions, set: E.setCoinbaseOptions },
  poloniex: { get: E.getPoloniexOptions, set: E.setPoloniexOptions },
} as const;

/**
 * The payments service's transfer moderation for one request. Reviews by id go through a
 * DataLoader private to this request: one upstream read per distinct id, a few at a time,
 * in key order, and only for the transfers whose review was asked for; a decision empties
 * it, since a review read before may have changed.
 */
export class ModerationDataSource {
  private readonly reviews: DataLoader<string, TransferReviewDto | null>;

  constructor(private readonly rest: RestClient) {
    this.reviews = new DataLoader((ids) => mapBounded(ids, REVIEW_LOAD_CONCURRENCY, (id) => this.getTransferLimits(id)));
  }

  /** GET /payments-service/coinbase/options or …/poloniex/options. */
  getOptions(provider: TransferProviderDto): Promise<ApprovalOptionsDto> {
    return this.rest.read(OPTIONS[provider].get);
  }

  /** POST /payments-service/coinbase/options or …/poloniex/options. */
  setOptions(provider: TransferProviderDto, body: ApprovalOptionsDto): Promise<ApprovalOptionsDto> {
    return this.rest.write(OPTIONS[provider].set, { body });
  }

  /** POST /payments-service/transfer/get: one page of the transfers to moderate. */
  getModeratedTransfers(body: ModerationQueryDto): Promise<ModeratedTransferPageDto> {
    return this.rest.read(E.getModeratedTransfers, { body });
  }

  /** POST /payments-service/transfer/approve. */
  async approveTransfer(id: string): Promise<void> {
    await this.decide(E.approveTransfer, id);
  }

  /** POST /payments-service/transfer/reject. */
  async rejectTransfer(id: string): Promise<void> {
    await this.decide(E.rejectTransfer, id);
  }

  /** POST /payments-service/transfer/limits: a transfer's review, or null when the upstream knows no such transfer. */
  getTransferLimits(id: string): Promise<TransferReviewDto | null> {
    return nullWhenNotFound(this.rest.read(E.getTransferLimits, { body: { id } }));
  }

  /** A review through this request's loader: asked for by many fields, read once. */
  loadReview(id: string): Promise<TransferReviewDto | null> {
    return this.reviews.load(id);
  }

  private async decide(endpoint: typeof E.approveTransfer | typeof E.rejectTransfer, id: string): Promise<void> {
    try {
      await this.rest.write(endpoint, { body: { id } });
    } finally {
      this.reviews.clearAll();
    }
  }
}
