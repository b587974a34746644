import { SimHttpError } from '../http/errors.js';
import type { ParticipantBillingPlan } from '../billing/billing-plan.dto.js';
import { isoSeconds } from '../billing/dates.js';
import { participantIdOf, ticketOfParticipant } from './participant-ids.js';

/**
 * Whose contract a terminate request names. A participant terminates its own contract:
 * an unknown id is a 404, someone else's a 403 (the system participant included: the
 * seed gives no one the power to end another participant's contract).
 */
export function contractOwner(participantId: string, callerTicket: string): string {
  const ticket = ticketOfParticipant(participantId);
  if (ticket === undefined) throw new SimHttpError(404, 'payments-participant_not_found', 'Participant not found');
  if (participantIdOf(callerTicket) !== participantId) {
    throw new SimHttpError(403, 'payments-forbidden', 'A participant can terminate its own contract only');
  }
  return ticket;
}

/** The plan with its contract terminated; 409 when it already is, or cannot be terminated now. */
export function terminateContract(plan: ParticipantBillingPlan, now: Date): ParticipantBillingPlan {
  if (plan.contract.terminated) throw new SimHttpError(409, 'payments-contract_terminated', 'The contract is already terminated');
  if (!plan.contract.terminate_available) {
    throw new SimHttpError(409, 'payments-terminate_unavailable', 'The contract cannot be terminated now');
  }
  return { ...plan, contract: { ...plan.contract, terminate_available: false, terminated: true }, updated_at: isoSeconds(now) };
}
