import { GraphQLError } from 'graphql';
import { ErrorCode, type UpstreamErrorInfo } from '../errors/error-codes.js';
import { GatewayError } from '../errors/gateway-errors.js';

/** The key was used before for another operation or input (as with a 409). */
export class IdempotencyConflictError extends GatewayError {
  constructor(message = 'This idempotencyKey was already used for a different request; use a new key for a new request.') {
    super(message, ErrorCode.Conflict);
  }
}

/**
 * The store cannot say whether the key was used: the mutation is refused rather than risk
 * sending it twice (fail closed). Note: UPSTREAM_UNAVAILABLE, since the closed code set
 * has nothing closer and a client treats both alike: retry shortly with the same key.
 */
export class IdempotencyUnavailableError extends GatewayError {
  constructor() {
    super(
      'The idempotency store is unavailable: this mutation is refused rather than risk running it twice. Retry shortly with the same idempotencyKey.',
      ErrorCode.UpstreamUnavailable,
    );
  }
}

/**
 * The replay of a first attempt that failed without a clear answer from the upstream
 * (a timeout, a 5xx): it may or may not have moved money, so it is never sent again
 * under the same key.
 */
export class IdempotentFailureReplay extends GatewayError {
  constructor(code: string, upstream: UpstreamErrorInfo | undefined) {
    super(
      'The first request with this idempotencyKey failed without a clear answer from the upstream; it may or may not have taken effect. Check its result (e.g. the transfer history) before sending it again with a new idempotencyKey.',
      code as ErrorCode,
      upstream ? { upstream } : {},
    );
  }
}

/** Codes of failures that prove the upstream did nothing: it refused (4xx), or the gateway refused before sending. */
const NOTHING_DONE: ReadonlySet<string> = new Set([
  ErrorCode.BadUserInput,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.FeatureDisabled,
  ErrorCode.NotFound,
  ErrorCode.Conflict,
  ErrorCode.PayloadTooLarge,
  ErrorCode.RateLimited,
]);

/**
 * What to keep of a failed first attempt: null when it proves nothing happened (the key is
 * then freed for a retry), else its code and upstream details, replayed for 24 h. Note: a
 * timeout, a 5xx, a reset connection, an unreadable 2xx or a bug may each come after the
 * money moved, so none of them frees the key.
 */
export function unclearFailure(err: unknown): { code: string; upstream?: UpstreamErrorInfo } | null {
  if (!(err instanceof GraphQLError)) return { code: ErrorCode.Internal };
  const code = String(err.extensions.code ?? ErrorCode.Internal);
  if (NOTHING_DONE.has(code)) return null;
  const upstream = err.extensions.upstream;
  return upstream ? { code, upstream } : { code };
}
