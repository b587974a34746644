import type { CardDto, ParticipantBillingPlanDto } from '../datasources/payments/billing.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { Contract, ParticipantBillingPlan, PaymentCard, PostalAddress } from '../types/billing-plan.type.js';
import { toDate, toDateTime, toInt } from './values.js';

/** The card holder's address; null when the upstream has none of its parts. */
function toPostalAddress(card: CardDto): PostalAddress | null {
  const address = {
    line1: card.address_line1 ?? null,
    line2: card.address_line2 ?? null,
    city: card.address_city ?? null,
    state: card.address_state ?? null,
    zip: card.address_zip ?? null,
    country: card.address_country ?? null,
  };
  return Object.values(address).some((v) => v !== null) ? address : null;
}

/** A card on file. */
export function toPaymentCard(card: CardDto | null | undefined): PaymentCard | null {
  if (!card) return null;
  return {
    id: card.id ?? null,
    brand: card.brand ?? null,
    last4: card.last4 ?? null,
    expMonth: toInt(card.exp_month),
    expYear: toInt(card.exp_year),
    name: card.name ?? null,
    address: toPostalAddress(card),
  };
}

function toContract(contract: ParticipantBillingPlanDto['contract']): Contract | null {
  if (!contract) return null;
  return {
    from: toDate(contract.from),
    to: toDate(contract.to),
    terminated: contract.terminated === true,
    terminateAvailable: contract.terminate_available === true,
  };
}

/** The participant's billing plan; `plan` is left to the resolver, which owns the catalogue lookup. */
export function toParticipantBillingPlan(dto: ParticipantBillingPlanDto): ParticipantBillingPlan {
  if (!dto || typeof dto.plan !== 'string') throw new UpstreamShapeError('payments', 'a billing plan without plan');
  return {
    planId: dto.plan,
    card: toPaymentCard(dto.card),
    contract: toContract(dto.contract),
    paidFrom: toDate(dto.paid_from),
    paidTo: toDate(dto.paid_to),
    trial: {
      active: dto.trial?.status === true,
      from: toDateTime(dto.trial?.from ?? dto.trial?.form),
      to: toDateTime(dto.trial?.to),
    },
    updatedAt: toDateTime(dto.updated_at),
    notificationEmails: Array.isArray(dto.user_email) ? dto.user_email.filter((e) => typeof e === 'string') : [],
  };
}
