import type { RestClient } from '../rest/rest-client.js';
import { nullWhenNotFound } from './not-found.js';
import type { SetTopUpDto, TopUpMinimumDto, TopUpRecordDto, TopUpSettingsDto } from './topup.dto.js';
import { TopUpEndpoints as E } from './topup.endpoints.js';

/** The payments service's TopUp operations for one request, named after the REST operations. */
export class TopUpDataSource {
  constructor(private readonly rest: RestClient) {}

  /** GET /participants/topup/min_amount; also says whether top-ups are available at all (4xx if not). */
  getTopUpMinAmount(): Promise<TopUpMinimumDto> {
    return this.rest.read(E.getTopUpMinAmount);
  }

  /** GET /participants/topup/; null when none is set (the upstream's 404). */
  getTopUp(): Promise<TopUpSettingsDto | null> {
    return nullWhenNotFound(this.rest.read(E.getTopUp));
  }

  /** POST /participants/topup/: sets or replaces the automatic top-up. */
  setTopUp(body: SetTopUpDto): Promise<TopUpSettingsDto> {
    return this.rest.write(E.setTopUp, { body });
  }

  /** DELETE /participants/topup/. */
  async deleteTopUp(): Promise<void> {
    await this.rest.write(E.deleteTopUp);
  }

  /** GET /participants/topup/history?format=v2 (v2: "the last format of history"). */
  getTopUpHistory(): Promise<TopUpRecordDto[]> {
    return this.rest.read(E.getTopUpHistory, { query: { format: 'v2' } });
  }

  /** POST /participants/topup/manual: charges the card now for `amount` cents. */
  async createManualTopUp(amount: number): Promise<void> {
    await this.rest.write(E.createManualTopUp, { body: { amount } });
  }
}
