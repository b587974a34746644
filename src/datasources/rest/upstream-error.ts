import type { GraphQLError } from 'graphql';
import { ErrorCode, type UpstreamErrorInfo } from '../../errors/error-codes.js';
import { GatewayError } from '../../errors/gateway-errors.js';
import { parseLosslessJson } from '../../lib/lossless-json.js';

/** Error code the upstreams use for a feature not enabled for the account (seed 001). */
const FEATURE_DISABLED_CODE = '20061';
/** What an `error_id` may look like to be passed on: an identifier, never free text. */
const ERROR_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
/** Digit runs that could be a card number (12 to 19 digits, spaced or not): never echoed. A date is not one. */
const LONG_DIGIT_RUN = /\d(?:[ -]?\d){11,}/g;
const MAX_ECHOED_LENGTH = 300;

/**
 * The error code for an upstream status (DESIGN.md's table). Note: this is the one place
 * where statuses become codes; 5xx and anything unexpected (3xx, 406, 415, …) mean the
 * upstream did not do its job.
 */
export function errorCodeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return ErrorCode.BadUserInput;
  if (status === 401) return ErrorCode.Unauthenticated;
  if (status === 403) return ErrorCode.Forbidden;
  if (status === 404) return ErrorCode.NotFound;
  if (status === 409) return ErrorCode.Conflict;
  if (status === 413) return ErrorCode.PayloadTooLarge;
  if (status === 429) return ErrorCode.RateLimited;
  if (status === 408 || status === 504) return ErrorCode.UpstreamTimeout;
  return ErrorCode.UpstreamUnavailable;
}

const MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'The upstream refused the input.',
  UNAUTHENTICATED: 'The upstream refused the credentials: they are unknown or expired.',
  FORBIDDEN: 'This session may not do that.',
  FEATURE_DISABLED: 'This feature is not enabled for the account.',
  NOT_FOUND: 'Not found.',
  CONFLICT: 'The object changed meanwhile, or the action does not fit its current state; read it again and retry.',
  PAYLOAD_TOO_LARGE: 'The request is too large for the upstream.',
  RATE_LIMITED: 'The upstream is rate limiting; retry later.',
  UPSTREAM_TIMEOUT: 'The upstream did not answer in time.',
  UPSTREAM_UNAVAILABLE: 'The upstream is unavailable.',
  INTERNAL_SERVER_ERROR: 'Internal server error.',
};

interface ErrorBody {
  error?: string;
  errorId?: string;
  code?: string;
}

function readErrorBody(body: string): ErrorBody {
  try {
    const parsed = parseLosslessJson(body) as Record<string, unknown> | null;
    if (!parsed || typeof parsed !== 'object') return {};
    const text = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    const errorId = text(parsed.error_id);
    return {
      error: text(parsed.error) ?? text(parsed.message),
      ...(errorId !== undefined && ERROR_ID.test(errorId) && { errorId }),
      code: text(parsed.code ?? parsed.error_code),
    };
  } catch {
    return {};
  }
}

/** The upstream's own message, with anything that could be a card number or a credential cut out. */
function scrub(message: string, secrets: readonly string[]): string {
  let text = message.replace(LONG_DIGIT_RUN, '[redacted]');
  for (const secret of secrets) if (secret.length >= 4) text = text.split(secret).join('[redacted]');
  return text.length > MAX_ECHOED_LENGTH ? `${text.slice(0, MAX_ECHOED_LENGTH)}…` : text;
}

/** What a refusal may say to the client beyond its code. */
export interface RefusalContext {
  /** `error_id`s whose message is written for users (the endpoint's `userErrors`). */
  userErrors?: readonly string[];
  /** The caller's credentials, never to be echoed even inside an upstream's message. */
  secrets?: readonly string[];
  retryAfterHeader?: string;
}

/**
 * Turns an upstream HTTP refusal into the client-facing error. `extensions.upstream`
 * carries the service, the status and the `error_id` so that clients can branch on them.
 *
 * Note: the upstream's message text is echoed only for a 4xx whose `error_id` the
 * endpoint lists as user-facing (a validation message that tells the user what to fix),
 * and even then scrubbed; a 5xx body, or any other text, can carry internals
 * (`NullPointerException … password=…`) and never leaves.
 */
export function fromUpstreamResponse(service: string, status: number, body: string, context: RefusalContext = {}): GraphQLError {
  const parsed = readErrorBody(body);
  let code = errorCodeForStatus(status);
  if (status === 403 && (parsed.code === FEATURE_DISABLED_CODE || parsed.errorId?.includes(FEATURE_DISABLED_CODE))) {
    code = ErrorCode.FeatureDisabled;
  }
  const userFacing =
    status >= 400 && status < 500 && parsed.error !== undefined && parsed.errorId !== undefined && (context.userErrors ?? []).includes(parsed.errorId);
  const message = userFacing ? scrub(parsed.error!, context.secrets ?? []) : MESSAGES[code];
  const upstream: UpstreamErrorInfo = { service, status };
  if (parsed.errorId) upstream.errorId = parsed.errorId;
  if (userFacing) upstream.error = message;
  const retryAfter = retryAfterSeconds(context.retryAfterHeader);
  return new GatewayError(message, code, {
    upstream,
    ...(code === ErrorCode.RateLimited && retryAfter !== undefined && { retryAfter }),
  });
}

/** Retry-After in seconds, from either of its forms (delta-seconds or an HTTP date). */
export function retryAfterSeconds(header: string | undefined): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d{1,9}$/.test(text)) return Number(text);
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
