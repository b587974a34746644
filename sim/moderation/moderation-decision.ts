import { badRequest, SimHttpError } from '../http/errors.js';
import type { ModerationState } from './moderation.state.js';

/** A decision's target: `{"id": "…:manual"}`. */
export function decisionId(body: unknown): string {
  const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') throw badRequest('id is required');
  return id;
}

/** The refusal for a moderation id the queue does not hold. */
export const unknownTransfer = (): SimHttpError => new SimHttpError(404, 'payments-transfer_not_found', 'Transfer not found');

/**
 * Approves or rejects a pending transfer: manual_approved (its request then goes through:
 * success) or manual_rejected (its request fails). Anything but a pending transfer is a
 * 409: a decision is made once.
 */
export function decide(state: ModerationState, id: string, approve: boolean): void {
  const item = state.items.find((i) => i.id === id);
  if (item === undefined) throw unknownTransfer();
  if (item.status !== 'pending') {
    throw new SimHttpError(409, 'payments-transfer_not_pending', `The transfer is not pending moderation: it is ${item.status}.`);
  }
  item.status = approve ? 'manual_approved' : 'manual_rejected';
  item.request_status = approve ? 'success' : 'failure';
  state.changed.add(id);
  state.pristine = false;
}
