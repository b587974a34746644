import type { RetailLevelQuery } from '../datasources/payments/retail.datasource.js';
import { BadUserInputError } from '../errors/gateway-errors.js';

/** Bounds on what clients send: ids are urns far below 512 characters, codes 320 hex digits. */
const LIMITS = { id: 512, code: 2048, reference: 256 } as const;
/** One token: no spaces, no control characters. */
const TOKEN = /^[^\s\p{Cc}]+$/u;
/** Free text on one line: no control characters, not blank. */
const LINE = /^(?!\s*$)[^\p{Cc}]+$/u;

/**
 * A retail id, code or payment reference as it may go to the upstream (a query value, a
 * JSON body): not empty, bounded, one token (a reference may hold spaces), well formed;
 * anything else is BAD_USER_INPUT naming the argument.
 */
export function checkRetailText(name: string, value: string, kind: keyof typeof LIMITS = 'id'): string {
  const pattern = kind === 'reference' ? LINE : TOKEN;
  if (value.length === 0 || value.length > LIMITS[kind] || !value.isWellFormed() || !pattern.test(value)) {
    throw new BadUserInputError(`"${name}" must be 1 to ${LIMITS[kind]} characters${kind === 'reference' ? '' : ' without spaces'}.`);
  }
  return value;
}

/** The filters as given (checked), absent ones left out. */
export function toRetailFilter(args: { cardId?: string | null; code?: string | null; participantId?: string | null }): RetailLevelQuery {
  return {
    ...(args.cardId != null && { cardId: checkRetailText('cardId', args.cardId) }),
    ...(args.code != null && { code: checkRetailText('code', args.code, 'code') }),
    ...(args.participantId != null && { participantId: checkRetailText('participantId', args.participantId) }),
  };
}

/** Which level to read: cardId, code or participantId, at least one (seed 003). */
export function toRetailLevelQuery(args: { cardId?: string | null; code?: string | null; participantId?: string | null }): RetailLevelQuery {
  const query = toRetailFilter(args);
  if (Object.keys(query).length === 0) throw new BadUserInputError('retailLevel needs cardId, code or participantId.');
  return query;
}
