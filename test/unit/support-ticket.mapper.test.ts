import { describe, expect, it } from 'vitest';
import { toCreateTicketFields } from '../../src/mappers/create-ticket.mapper.js';
import { toMerchantSession } from '../../src/mappers/merchant.mapper.js';
import { toSupportTicket } from '../../src/mappers/support-ticket.mapper.js';
import { SupportTicketKind } from '../../src/types/support-ticket.enums.js';
import type { CreateSupportTicketInput } from '../../src/types/support-ticket.input.js';

const fallback = { customerId: 'demo-customer', title: 'Card declined', description: 'At checkout.', kind: SupportTicketKind.GENERAL };

describe('toSupportTicket', () => {
  it("maps seed 001's 202 answer (ticketId, PENDING, issueKey null), filling the rest from the request", () => {
    expect(toSupportTicket({ ticketId: 'tkt_1', status: 'PENDING', issueKey: null }, fallback)).toEqual({
      id: 'tkt_1',
      status: 'PENDING',
      issueKey: null,
      kind: 'GENERAL',
      customerId: 'demo-customer',
      title: 'Card declined',
      description: 'At checkout.',
      createdAt: null,
      updatedAt: null,
      failureReason: null,
      uploadedDocuments: [],
    });
  });

  it('shows issueKey only once CREATED and failureReason only when FAILED; unknown document types are plain attachments', () => {
    const created = toSupportTicket({
      ticketId: 'tkt_2',
      status: 'CREATED',
      issueKey: 'SUP-1234',
      kind: 'DEPOSIT_REVIEW',
      failureReason: 'stale',
      createdAt: '2026-01-02T03:04:05.678Z',
      uploadedDocuments: [
        { documentId: 'doc_1', type: 'VOUCHER', fileName: 'v.pdf', contentType: 'application/pdf', size: '48213', uploadedAt: '2026-01-02T03:04:05Z' },
        { documentId: 'doc_2', type: 'SELFIE', fileName: 's.jpg', size: 10 },
      ],
    });
    expect(created).toMatchObject({ issueKey: 'SUP-1234', kind: 'DEPOSIT_REVIEW', failureReason: null, createdAt: '2026-01-02T03:04:05.678Z' });
    expect(created.uploadedDocuments).toEqual([
      { id: 'doc_1', type: 'VOUCHER', fileName: 'v.pdf', contentType: 'application/pdf', size: 48_213, uploadedAt: '2026-01-02T03:04:05Z' },
      { id: 'doc_2', type: null, fileName: 's.jpg', contentType: null, size: 10, uploadedAt: null },
    ]);
    expect(toSupportTicket({ ticketId: 't', status: 'PENDING', issueKey: 'SUP-9' }).issueKey).toBeNull();
    expect(toSupportTicket({ ticketId: 't', status: 'FAILED', failureReason: 'rejected' })).toMatchObject({ failureReason: 'rejected', kind: 'GENERAL' });
  });
});

describe('toCreateTicketFields', () => {
  const input = (over: Partial<CreateSupportTicketInput>): CreateSupportTicketInput => Object.assign(new (class {})(), { customerId: 'demo-customer', title: 't', description: 'd', ...over }) as CreateSupportTicketInput;

  it('counts characters, not UTF-16 units, up to 240 and 5000', () => {
    expect(toCreateTicketFields(input({ title: '😀'.repeat(240) })).title).toHaveLength(480);
    expect(() => toCreateTicketFields(input({ title: 'x'.repeat(241) }))).toThrow(/at most 240/);
    expect(() => toCreateTicketFields(input({ description: 'x'.repeat(5001) }))).toThrow(/at most 5000/);
    expect(() => toCreateTicketFields(input({ title: '   ' }))).toThrow(/empty/);
    expect(() => toCreateTicketFields(input({ title: 'bad \ud800 surrogate' }))).toThrow(/not valid text/);
  });

  it('checks ids and the deposit rule', () => {
    expect(() => toCreateTicketFields(input({ customerId: 'has space' }))).toThrow(/customerId/);
    expect(() => toCreateTicketFields(input({ kind: SupportTicketKind.DEPOSIT_REVIEW }))).toThrow(/depositId/);
    expect(() => toCreateTicketFields(input({ depositId: 'demo-deposit' }))).toThrow(/DEPOSIT_REVIEW/);
    expect(toCreateTicketFields(input({ kind: SupportTicketKind.DEPOSIT_REVIEW, depositId: 'demo-deposit' }))).toMatchObject({ kind: 'DEPOSIT_REVIEW', depositId: 'demo-deposit' });
  });
});

describe('toMerchantSession', () => {
  const body = { email: 'merchant@demo.test', mid: 'mid-a', mids: ['mid-a', 'mid-b'] };
  const now = new Date('2026-01-01T00:00:00Z');

  it('takes the BEARER_TOKEN cookie and its Max-Age, Expires, or else 15 minutes', () => {
    const withMaxAge = toMerchantSession({ body, headers: { 'set-cookie': ['other=1', 'BEARER_TOKEN=U3dcUx8IRJ5nLjb0WYM4cHa3qHFqnrqAk; Path=/; Max-Age=600; HttpOnly'] } }, now);
    expect(withMaxAge).toEqual({ token: 'U3dcUx8IRJ5nLjb0WYM4cHa3qHFqnrqAk', expiresAt: '2026-01-01T00:10:00Z', context: { email: 'merchant@demo.test', currentMid: 'mid-a', mids: ['mid-a', 'mid-b'] } });
    const withExpires = toMerchantSession({ body, headers: { 'set-cookie': ['BEARER_TOKEN=abc; Expires=Thu, 01 Jan 2026 00:05:00 GMT'] } }, now);
    expect(withExpires.expiresAt).toBe('2026-01-01T00:05:00Z');
    expect(toMerchantSession({ body, headers: { 'set-cookie': ['BEARER_TOKEN=abc'] } }, now).expiresAt).toBe('2026-01-01T00:15:00Z');
  });

  it('refuses a login without a usable token as the upstream fault', () => {
    expect(() => toMerchantSession({ body, headers: { 'set-cookie': ['SESSION=abc'] } }, now)).toThrow(/BEARER_TOKEN/);
    expect(() => toMerchantSession({ body, headers: { 'set-cookie': ['BEARER_TOKEN=a"b'] } }, now)).toThrow(/BEARER_TOKEN/);
  });
});
