import { BadUserInputError } from '../errors/gateway-errors.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/** The id of the default rate card in the upstream's `id` parameter. */
export const DEFAULT_RATE_CARD = 'default';

/**
 * The `id` a rate card call sends: a participant id, or `default` (the default card) where
 * the endpoint takes it; null when none is given (the caller's own card). Delete takes a
 * participant id only (seed 003: "id | Required: participant id").
 */
export function toRateCardTarget(participantId: string | null | undefined, options: { allowDefault: boolean }): string | null {
  if (participantId === null || participantId === undefined) return null;
  const id = toUpstreamId(participantId, 'participantId');
  if (id === DEFAULT_RATE_CARD && !options.allowDefault) {
    throw new BadUserInputError('"participantId" must be a participant id: the default rate card cannot be deleted.');
  }
  return id;
}
