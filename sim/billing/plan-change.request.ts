import { badRequest } from '../http/errors.js';
import type { CardInput, ChangePlanName, ChangePlanRequest } from './billing-plan.dto.js';
import { passesLuhn } from './luhn.js';

const PLAN_NAMES: ReadonlySet<string> = new Set<ChangePlanName>(['basic', 'lite', 'standard', 'pro']);

/**
 * Validates a Change Billing Plan body by the seed's rules: the plan is one of
 * the change-plan names (the catalogue's `light`/`pro-corp` are refused, which
 * is the trap the gateway must translate around), and every plan but basic
 * needs a card given either by `nonce` or by number, exp_year, exp_month, cvc.
 */
export function parseChangePlanRequest(value: unknown): ChangePlanRequest {
  if (!isObject(value)) throw badRequest('Body must be a JSON object');
  const { plan, card } = value;
  if (typeof plan !== 'string' || !PLAN_NAMES.has(plan)) {
    throw badRequest('Unknown plan: expected basic, lite, standard or pro', 'payments-bad_plan');
  }
  const name = plan as ChangePlanName;
  if (card === undefined || card === null) {
    if (name !== 'basic') throw badRequest(`A payment card is required for plan ${name}`, 'payments-card_required');
    return { plan: name, card: null };
  }
  return { plan: name, card: parseCard(card) };
}

function parseCard(card: unknown): CardInput {
  if (!isObject(card)) throw badCard('Card must be an object');
  if (card.nonce !== undefined) {
    if (typeof card.nonce !== 'string' || card.nonce.trim() === '') throw badCard('Card nonce must be a non-empty string');
    return { kind: 'nonce', nonce: card.nonce };
  }
  const number = digits(card.number, 12, 19);
  const expMonth = integer(card.exp_month);
  const expYear = integer(card.exp_year);
  const cvc = digits(card.cvc, 3, 4);
  if (number === null || cvc === null || expMonth === null || expYear === null) {
    throw badCard('Card must have a nonce, or number, exp_month, exp_year and cvc');
  }
  if (!passesLuhn(number)) throw badCard('Card number is invalid');
  // Note: no expiry check: the seed's own example request uses a card that
  // expired in 2019, and it must keep succeeding.
  if (expMonth < 1 || expMonth > 12 || expYear < 2000 || expYear > 9999) throw badCard('Card expiry is invalid');
  if (card.name !== undefined && card.name !== null && typeof card.name !== 'string') throw badCard('Card name must be a string');
  return { kind: 'details', number, expMonth, expYear, cvc, name: typeof card.name === 'string' ? card.name : null };
}

function badCard(message: string): Error {
  return badRequest(message, 'payments-bad_card');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A digit string of the given length from a string or a safe integer, else null. */
function digits(value: unknown, min: number, max: number): string | null {
  const text = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
  if (typeof text !== 'string' || !/^\d+$/.test(text)) return null;
  return text.length >= min && text.length <= max ? text : null;
}

/** An integer from a number or a digit string, else null. */
function integer(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\d{1,4}$/.test(value)) return Number(value);
  return null;
}
