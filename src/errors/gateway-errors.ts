import { GraphQLError } from 'graphql';
import { ErrorCode, type UpstreamErrorInfo } from './error-codes.js';

/** Base of every error the gateway raises on purpose: its code is always one of {@link ErrorCode}. */
export class GatewayError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: { upstream?: UpstreamErrorInfo; retryAfter?: number } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** True when `error` is one the gateway raised on purpose with `code`. */
export function hasCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof GatewayError && error.extensions.code === code;
}

/** Invalid input, caught by the gateway or refused by an upstream with 400/422. */
export class BadUserInputError extends GatewayError {
  constructor(message: string, upstream?: UpstreamErrorInfo) {
    super(message, ErrorCode.BadUserInput, upstream ? { upstream } : {});
  }
}

/** Missing, unknown or expired credentials. */
export class UnauthenticatedError extends GatewayError {
  constructor(message = 'Authentication required: send a session ticket.', upstream?: UpstreamErrorInfo) {
    super(message, ErrorCode.Unauthenticated, upstream ? { upstream } : {});
  }
}

/** A body or upload above the gateway's limits. */
export class PayloadTooLargeError extends GatewayError {
  constructor(message: string) {
    super(message, ErrorCode.PayloadTooLarge);
  }
}

/** Over a budget of the gateway's own (requests, login attempts); `retryAfter` in seconds. */
export class RateLimitedError extends GatewayError {
  constructor(message: string, retryAfter: number) {
    super(message, ErrorCode.RateLimited, { retryAfter });
  }
}
