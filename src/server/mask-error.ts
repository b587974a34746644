import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';
import { withoutEchoedInput } from '../errors/input-echo.js';
import type { Logger } from '../lib/logger.js';

/** Request-level codes of graphql-js and Apollo that are safe to show as they are. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js' hint at the end of a validation message, as Apollo's own plugin matches it. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

function hideHints(message: string, hide: boolean): string {
  return hide ? message.replace(SUGGESTION, '') : message;
}

/**
 * True for graphql-js' refusal of a variable's value (an Int given "abc", an unknown enum
 * value, a missing required variable, a scalar whose own error has no code). Note: Apollo
 * tags these BAD_USER_INPUT on HTTP; graphql-ws hands them over bare, and they are the
 * client's mistake on both transports. Such an error points at one variable definition.
 */
function isVariableCoercionError(error: GraphQLError): boolean {
  return error.nodes?.length === 1 && error.nodes[0]!.kind === Kind.VARIABLE_DEFINITION;
}

/**
 * The code of an uncoded error that is a client's mistake, not our bug: BAD_USER_INPUT for
 * a refused variable value, BAD_REQUEST for an error Apollo's request pipeline raises with
 * a 4xx status (an APQ hash that does not match its text).
 */
function clientRefusalCode(original: unknown): string | undefined {
  if (!(original instanceof GraphQLError) || original.path) return undefined;
  if (isVariableCoercionError(original)) return ErrorCode.BadUserInput;
  const status = (original.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined;
}

/**
 * The one gate every error passes on its way to a client, over HTTP and WebSocket alike:
 * known codes go out with their message (and `upstream`, `retryAfter`); anything else is
 * logged in full and replaced by a bare INTERNAL_SERVER_ERROR. Stack traces never leave.
 */
export function createErrorMasker(
  logger: Logger,
  options: { hideSuggestions?: boolean } = {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const given = formatted.extensions?.code as string | undefined;
    // Apollo names an error that came without a code INTERNAL_SERVER_ERROR; some of those are the client's.
    const uncoded = original instanceof GraphQLError && original.extensions.code === undefined;
    const code = uncoded && (given === undefined || given === ErrorCode.Internal) ? (clientRefusalCode(original) ?? given) : given;
    const where = { ...(formatted.path && { path: formatted.path }), ...(formatted.locations && { locations: formatted.locations }) };
    if (code && PASS_THROUGH.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
      const { upstream, retryAfter } = formatted.extensions ?? {};
      return {
        // Never the client's own input repeated back (a card number sent as an Int); in
        // production not graphql-js' "Did you mean …?" either, which lists the schema's names.
        message: hideHints(withoutEchoedInput(formatted.message), options.hideSuggestions === true),
        ...where,
        extensions: { code, ...(upstream !== undefined && { upstream }), ...(retryAfter !== undefined && { retryAfter }) },
      };
    }
    logger.error('unexpected error', {
      message: original instanceof Error ? original.message : String(original),
      stack: original instanceof Error ? original.stack : undefined,
      path: formatted.path,
    });
    return { message: 'Internal server error.', ...where, extensions: { code: ErrorCode.Internal } };
  };
}
