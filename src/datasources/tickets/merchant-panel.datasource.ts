import { ErrorCode } from '../../errors/error-codes.js';
import { hasCode, UnauthenticatedError } from '../../errors/gateway-errors.js';
import type { Credentials } from '../../lib/credentials.js';
import type { RestClient } from '../rest/rest-client.js';
import { TicketEndpoints as E } from './tickets.endpoints.js';
import type { MerchantContextDto, MerchantLoginAnswer } from './tickets.dto.js';

/** The refusal for a merchant-panel call without a usable merchant token; it names what to send. */
export function missingMerchantToken(credentials: Credentials): UnauthenticatedError {
  if (credentials.malformed?.some((name) => name === 'x-merchant-token' || name === 'merchanttoken' || name === 'BEARER_TOKEN cookie')) {
    return new UnauthenticatedError('The merchant token is malformed: it must be 1 to 1024 visible ASCII characters.');
  }
  return new UnauthenticatedError('Log in first (merchantLogin), then send the token in the x-merchant-token header or the BEARER_TOKEN cookie.');
}

/**
 * The merchant panel of seed 000 for one request: Login (no credentials but the body's),
 * Logout, Switch Context and the current context (the caller's BEARER_TOKEN).
 */
export class MerchantPanelDataSource {
  constructor(
    /** With the caller's merchant token; undefined when they sent none. */
    private readonly rest: RestClient | undefined,
    /** A client for the login call, whose password it never echoes. */
    private readonly loginClient: (password: string) => RestClient,
    private readonly credentials: Credentials,
  ) {}

  private client(): RestClient {
    if (!this.rest) throw missingMerchantToken(this.credentials);
    return this.rest;
  }

  /** Login Endpoint: the context, and the BEARER_TOKEN in a Set-Cookie header. */
  login(email: string, password: string): Promise<MerchantLoginAnswer> {
    return this.loginClient(password).write(E.merchantLogin, { body: { email, password } });
  }

  /** Logout Endpoint: the token is never accepted again. */
  async logout(): Promise<void> {
    await this.client().write(E.merchantLogout);
  }

  /** Switch Context: later calls with this token act under `mid`. */
  switchContext(mid: string): Promise<MerchantContextDto> {
    return this.client().write(E.switchMerchantContext, { body: { mid } });
  }

  /** The current context; null when the caller is not logged in (no token, or one expired or logged out). */
  async getContext(): Promise<MerchantContextDto | null> {
    if (!this.rest) return null;
    try {
      return await this.rest.read(E.getMerchantContext);
    } catch (error) {
      if (hasCode(error, ErrorCode.Unauthenticated)) return null;
      throw error;
    }
  }
}
