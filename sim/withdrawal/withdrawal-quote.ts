import { coinUnits, coinsOfCents, quoteText } from '../exchanges/coin-quote.js';
import * as Q from '../fixtures/withdrawal-quote.fixture.js';
import { badRequest } from '../http/errors.js';

const TYPES = new Set(['ethereum_account', 'cashout_account', 'coinbase_account', 'poloniex_account']);

/** A validated Convert coins request. */
interface QuoteRequest {
  id: string | null;
  coins: string | null;
  value: number | null;
  negative: boolean;
  type: string | null;
  karma: boolean;
}

function flag(value: unknown, name: string): boolean {
  if (value === undefined || value === null || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw badRequest(`${name} must be true or false`);
}

/** Validates a body by the seed's rules: coins or value required, `type` one of the four account types. */
function parseQuoteRequest(body: unknown): QuoteRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Body must be a JSON object');
  const b = body as Record<string, unknown>;
  const units = b.coins === undefined || b.coins === null ? null : coinUnits(b.coins);
  if (units !== null && units <= 0n) throw badRequest('coins must be more than 0', 'payments-bad_coins');
  if (units === null && b.coins !== undefined && b.coins !== null) throw badRequest('coins must be a whole number of coin units', 'payments-bad_coins');
  const value = b.value === undefined || b.value === null ? null : b.value;
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)) throw badRequest('value must be a number more than 0', 'payments-bad_value');
  if (units === null && value === null) throw badRequest('coins or value parameter is required', 'payments-coins_or_value_required');
  if (b.type !== undefined && b.type !== null && (typeof b.type !== 'string' || !TYPES.has(b.type))) {
    throw badRequest('type should be one of ethereum_account, cashout_account, coinbase_account, poloniex_account', 'payments-bad_type');
  }
  if (b.id !== undefined && b.id !== null && (typeof b.id !== 'string' || b.id === '')) throw badRequest('id must be an account id');
  return {
    id: (b.id as string | undefined) ?? null,
    coins: units === null ? null : String(units),
    value: value as number | null,
    negative: flag(b.negative_values, 'negative_values'),
    type: (b.type as string | undefined) ?? null,
    karma: flag(b.rule_karma_value_include, 'rule_karma_value_include'),
  };
}

/** The seed's five request and answer pairs, requests compared by value (`1.00` and `1` alike). */
const EXAMPLES: ReadonlyArray<readonly [string, Buffer]> = [
  [Q.poloniexValueQuoteRequest, Q.poloniexValueQuoteResponse],
  [Q.coinbaseValueQuoteRequest, Q.coinbaseValueQuoteResponse],
  [Q.coinbaseCoinsQuoteRequest, Q.coinbaseCoinsQuoteResponse],
  [Q.cashoutCoinsQuoteRequest, Q.cashoutCoinsQuoteResponse],
  [Q.coinsQuoteRequest, Q.coinsQuoteResponse],
].map(([request, response]) => [JSON.stringify(parseQuoteRequest(JSON.parse(request!))), Buffer.from(response!, 'utf8')] as const);

/**
 * Convert coins: the seed's example answer, byte for byte, for each of its example
 * requests; otherwise a quote at the simulator's rate for the coins, or for the coins the
 * value buys. An `id` must name one of the user's accounts (the examples' ids are the
 * seed's own and need not).
 */
export function withdrawalQuote(body: unknown, accountIds: ReadonlySet<string>): Buffer {
  const request = parseQuoteRequest(body);
  const example = EXAMPLES.find(([key]) => key === JSON.stringify(request));
  if (example) return example[1];
  if (request.id !== null && !accountIds.has(request.id)) throw badRequest('No such withdrawal account', 'payments-account_not_found');
  const coins = request.coins !== null ? BigInt(request.coins) : coinsOfCents(BigInt(Math.round(request.value! * 100)));
  return Buffer.from(quoteText(coins, { karma: request.karma }), 'utf8');
}
