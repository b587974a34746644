import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Config } from '../../config.js';
import { ErrorCode } from '../../errors/error-codes.js';
import { measureOperation, selectOperation } from './measure-operation.js';

/** The limits on one operation (config: MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_COST, MAX_TOKENS). */
export type OperationLimits = Config['limits'];

/** Items a list without `first` is assumed to hold when weighing an operation's cost. */
const DEFAULT_LIST_SIZE = 10;

function refusal(message: string): GraphQLError {
  // http.status: Apollo answers 400 for it (and strips the key); a too-large operation is the client's mistake.
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } } });
}

/**
 * Checks an operation of a validated document against the limits, in time linear in the
 * document; the same check runs for HTTP (an Apollo plugin) and WebSocket (graphql-ws'
 * onSubscribe), before any resolver runs. Returns the refusals, empty when it may run.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: OperationLimits,
): GraphQLError[] {
  const operation = selectOperation(document, operationName);
  if (!operation) return [];
  const m = measureOperation(schema, document, operation, variables, DEFAULT_LIST_SIZE);
  const errors: GraphQLError[] = [];
  if (m.depth > limits.maxDepth) errors.push(refusal(`The operation is nested ${m.depth} levels deep; at most ${limits.maxDepth} are allowed.`));
  if (m.aliases > limits.maxAliases) errors.push(refusal(`The operation uses ${count(m.aliases)} aliases; at most ${limits.maxAliases} are allowed.`));
  if (m.directives > limits.maxDirectives) errors.push(refusal(`The operation uses ${count(m.directives)} directives; at most ${limits.maxDirectives} are allowed.`));
  if (m.cost > limits.maxCost) {
    errors.push(refusal(`The operation would cost ${count(m.cost)} (a field is 1, a list counts each item, by \`first\`); at most ${limits.maxCost} is allowed.`));
  }
  if (m.moneyMoving > 1) errors.push(refusal('An operation may move money once: send each money-moving mutation as an operation of its own.'));
  return errors;
}

function count(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : 'more than 2^53';
}
