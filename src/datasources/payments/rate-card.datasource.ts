import type { RestClient } from '../rest/rest-client.js';
import type { RateCardDto, SetRateCardDto } from './rate-card.dto.js';
import { RateCardEndpoints as E } from './rate-card.endpoints.js';

/** The payments service's rate card operations for one request, named after the REST operations. */
export class RateCardDataSource {
  constructor(private readonly rest: RestClient) {}

  /**
   * GET /payments-service/participants/rate_card: the caller's own card without `id`;
   * with it (system participant), `default` or a participant's card.
   */
  getRateCard(id?: string): Promise<RateCardDto> {
    return this.rest.read(E.getRateCard, { query: { id } });
  }

  /** POST /payments-service/participants/rate_card/:id: `default` or a participant id. */
  setRateCard(id: string, body: SetRateCardDto): Promise<RateCardDto> {
    return this.rest.write(E.setRateCard, { params: { id }, body });
  }

  /** DELETE /payments-service/participants/rate_card/:id: the participant goes back to the default card. */
  async deleteRateCard(id: string): Promise<void> {
    await this.rest.write(E.deleteRateCard, { params: { id } });
  }
}
