import { registerEnumType } from 'type-graphql';

/** Who a moderated transfer goes to: the upstream `type`. */
export enum TransferProvider {
  COINBASE = 'COINBASE',
  POLONIEX = 'POLONIEX',
}

/** How a provider's transfers are approved: upstream `manual_approve` active or inactive. */
export enum ApprovalMode {
  MANUAL = 'MANUAL',
  AUTOMATIC = 'AUTOMATIC',
}

/** Where a transfer stands in moderation: the upstream's statuses, upper-cased. */
export enum ModerationStatus {
  PENDING = 'PENDING',
  MANUAL_REJECTED = 'MANUAL_REJECTED',
  MANUAL_APPROVED = 'MANUAL_APPROVED',
  AUTO_APPROVED = 'AUTO_APPROVED',
}

registerEnumType(TransferProvider, { name: 'TransferProvider' });
registerEnumType(ApprovalMode, { name: 'ApprovalMode', description: 'manual_approve active (MANUAL) or inactive (AUTOMATIC)' });
registerEnumType(ModerationStatus, { name: 'ModerationStatus' });
