/**
 * The closed set of `extensions.code` values a client can see (DESIGN.md, "Errors").
 * Note: graphql-js and Apollo add their own request-level codes (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, …); those pass through unchanged.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  FeatureDisabled: 'FEATURE_DISABLED',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  RateLimited: 'RATE_LIMITED',
  UpstreamTimeout: 'UPSTREAM_TIMEOUT',
  UpstreamUnavailable: 'UPSTREAM_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** One of the gateway's own error codes. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What an upstream said when it refused a call; copied to `extensions.upstream`. */
export interface UpstreamErrorInfo {
  service: string;
  status?: number;
  errorId?: string;
  error?: string;
}

declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: string;
    upstream?: UpstreamErrorInfo;
    retryAfter?: number;
  }
}
