import type { RestClient } from '../rest/rest-client.js';
import { nullWhenNotFound } from './not-found.js';
import type { DepositSettingsDto, EthereumAccountDto, NotificationEmailDto, PaymentDto, PromoCodeDto } from './participant.dto.js';
import { ParticipantEndpoints as E } from './participant.endpoints.js';

/**
 * The payments service's participant operations for one request, named after the REST
 * operations; they return the upstream DTOs as sent (parsed losslessly, guarded).
 */
export class ParticipantDataSource {
  constructor(private readonly rest: RestClient) {}

  /** PUT /payments-service/user/card/:token: the card a client-side token stands for becomes the card on file. */
  async setUserCard(token: string): Promise<void> {
    await this.rest.write(E.setUserCard, { params: { token } });
  }

  /** DELETE /payments-service/user/card. */
  async deleteUserCard(): Promise<void> {
    await this.rest.write(E.deleteUserCard);
  }

  /** GET /payments-service/participants/current/payment_history. */
  getPaymentHistory(): Promise<PaymentDto[]> {
    return this.rest.read(E.getPaymentHistory);
  }

  /** PUT /payments-service/participants/notifications/email; answers the whole list. */
  addNotificationEmail(body: NotificationEmailDto): Promise<string[]> {
    return this.rest.write(E.addNotificationEmail, { body });
  }

  /** POST /payments-service/participants/notifications/delete_email; the body is the address as a JSON string. */
  deleteNotificationEmail(email: string): Promise<string[]> {
    return this.rest.write(E.deleteNotificationEmail, { body: email });
  }

  /** GET /participants/:id/contract/terminate (it changes state: sent once, never memoised). */
  async terminateContract(participantId: string): Promise<void> {
    await this.rest.write(E.terminateContract, { params: { id: participantId } });
  }

  /** GET /payments-service/participants/current/ethereum. */
  getEthereumAccount(): Promise<EthereumAccountDto> {
    return this.rest.read(E.getEthereumAccount);
  }

  /** PUT /payments-service/participants/current/ethereum; null clears the address. */
  updateEthereumAccount(address: string | null): Promise<EthereumAccountDto> {
    return this.rest.write(E.updateEthereumAccount, { body: { address } });
  }

  /** GET /payments-service/participants/deposit/ethereum. */
  getDepositSettings(): Promise<DepositSettingsDto> {
    return this.rest.read(E.getDepositSettings);
  }

  /**
   * GET /participants/promo_code/check; null for a code the upstream does not know.
   * Note: the seed names no error for an unknown code, so any 404 of this endpoint means one.
   */
  checkPromoCode(code: string): Promise<PromoCodeDto | null> {
    return nullWhenNotFound(this.rest.read(E.checkPromoCode, { query: { code } }));
  }
}
