import { GraphQLError } from 'graphql';
import { ErrorCode, type UpstreamErrorInfo } from '../errors/error-codes.js';
import { GatewayError } from '../errors/gateway-errors.js';
import { parseLosslessJson } from '../lib/lossless-json.js';

/** Error code the payments service uses for a feature not enabled for the account (seed 001). */
const FEATURE_DISABLED_CODE = '20061';

function statusCode(status: number): ErrorCode {
  if (status === 400 || status === 422) return ErrorCode.BadUserInput;
  if (status === 401) return ErrorCode.Unauthenticated;
  if (status === 403) return ErrorCode.Forbidden;
  if (status === 404) return ErrorCode.NotFound;
  if (status === 409) return ErrorCode.Conflict;
  if (status === 413) return ErrorCode.PayloadTooLarge;
  if (status === 429) return ErrorCode.RateLimited;
  if (status === 408 || status === 504) return ErrorCode.UpstreamTimeout;
  // 5xx and anything unexpected (3xx, 406, 415, …): the upstream did not do its job.
  return ErrorCode.UpstreamUnavailable;
}

const MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'The upstream refused the input.',
  UNAUTHENTICATED: 'The session ticket is missing, unknown or expired.',
  FORBIDDEN: 'This session may not do that.',
  FEATURE_DISABLED: 'This feature is not enabled for the account.',
  NOT_FOUND: 'Not found.',
  CONFLICT: 'The object changed meanwhile; read it again and retry.',
  PAYLOAD_TOO_LARGE: 'The request is too large for the upstream.',
  RATE_LIMITED: 'The upstream is rate limiting; retry later.',
  UPSTREAM_TIMEOUT: 'The upstream did not answer in time.',
  UPSTREAM_UNAVAILABLE: 'The upstream is unavailable.',
  INTERNAL_SERVER_ERROR: 'Internal server error.',
};

function readBody(body: string): { error?: string; errorId?: string; code?: string } {
  try {
    const parsed = parseLosslessJson(body) as Record<string, unknown> | null;
    if (!parsed || typeof parsed !== 'object') return {};
    const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    return { error: str(parsed.error) ?? str(parsed.message), errorId: str(parsed.error_id), code: str(parsed.code ?? parsed.error_code) };
  } catch {
    return {};
  }
}

/**
 * Turns an upstream HTTP refusal into the client-facing error (DESIGN.md's table).
 *
 * Note: this is the one place where status codes become error codes. The upstream's own
 * words (`error`, `error_id`) go to `extensions.upstream` so that clients can branch on
 * them, but the message is ours: upstream messages can carry internals. A 400/422's
 * `error` is the exception, as it tells the user what to fix.
 */
export function fromUpstreamResponse(service: string, status: number, body: string, retryAfterHeader?: string): GraphQLError {
  const parsed = readBody(body);
  let code = statusCode(status);
  if (status === 403 && (parsed.code === FEATURE_DISABLED_CODE || parsed.errorId?.includes(FEATURE_DISABLED_CODE))) {
    code = ErrorCode.FeatureDisabled;
  }
  const upstream: UpstreamErrorInfo = { service, status };
  if (parsed.errorId) upstream.errorId = parsed.errorId;
  if (parsed.error) upstream.error = parsed.error;
  const message = code === ErrorCode.BadUserInput && parsed.error ? parsed.error : MESSAGES[code];
  const retryAfter = retryAfterSeconds(retryAfterHeader);
  return new GatewayError(message, code, {
    upstream,
    ...(code === ErrorCode.RateLimited && retryAfter !== undefined && { retryAfter }),
  });
}

/** Retry-After in seconds, from either of its forms (delta-seconds or an HTTP date). */
function retryAfterSeconds(header: string | undefined): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** Turns a transport failure (timeout, refused connection, reset) into the client-facing error. */
export function fromTransportFailure(service: string, timedOut: boolean): GraphQLError {
  const code = timedOut ? ErrorCode.UpstreamTimeout : ErrorCode.UpstreamUnavailable;
  return new GatewayError(MESSAGES[code], code, { upstream: { service } });
}

/** Turns a 2xx body that is not the JSON we expect into the client-facing error. */
export function fromMalformedBody(service: string, status: number): GraphQLError {
  return new GatewayError('The upstream answered with a malformed body.', ErrorCode.UpstreamUnavailable, {
    upstream: { service, status },
  });
}
