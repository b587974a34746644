import { registerEnumType } from 'type-graphql';

/** Lifecycle of a ticket (seed 001). */
export enum SupportTicketStatus {
  PENDING = 'PENDING',
  CREATED = 'CREATED',
  FAILED = 'FAILED',
}

/** What a ticket is about. */
export enum SupportTicketKind {
  GENERAL = 'GENERAL',
  DEPOSIT_REVIEW = 'DEPOSIT_REVIEW',
}

/** The document types of seed 000. */
export enum DocumentType {
  VOUCHER = 'VOUCHER',
  ID_DOCUMENT = 'ID_DOCUMENT',
  BANK_STATEMENT = 'BANK_STATEMENT',
}

registerEnumType(SupportTicketStatus, { name: 'SupportTicketStatus' });
registerEnumType(SupportTicketKind, { name: 'SupportTicketKind' });
registerEnumType(DocumentType, {
  name: 'DocumentType',
  valuesConfig: {
    VOUCHER: { description: 'Payment receipt or proof of transfer' },
    ID_DOCUMENT: { description: 'Government-issued identification' },
    BANK_STATEMENT: { description: 'Bank statement showing the transaction' },
  },
});
