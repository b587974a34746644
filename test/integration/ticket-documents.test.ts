import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { browserForm, postForm } from '../helpers/multipart.js';
import { sampleFile } from '../helpers/sample-files.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';

const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id kind uploadedDocuments { type fileName contentType } } }';
const ATTACH = `mutation Attach($ticketId: ID!, $type: DocumentType!, $file: Upload!) {
  attachTicketDocument(ticketId: $ticketId, type: $type, file: $file) { id uploadedDocuments { type fileName contentType size } }
}`;
const ATTACH_ROUTE = (id: string) => `POST /api/v1/support-tickets/${id}/documents/`;
const user = { authenticateit_identity_ticket: 'demo-user' };

describe('typed documents and deposit reviews', () => {
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  async function create(input: Record<string, unknown>, headers = user) {
    const { body } = await postForm(h.gateway.url, browserForm(CREATE, { input: { customerId: 'demo-customer', title: 'Deposit', description: 'Not credited.', ...input } }, [], []), headers);
    return body;
  }

  function attach(ticketId: string, type: string, file: { name: string; bytes: Buffer }, headers = user) {
    return postForm(h.gateway.url, browserForm(ATTACH, { ticketId, type, file: null }, ['variables.file'], [file]), headers);
  }

  it('attaches the voucher on file to a deposit review ticket, and refuses a second one with CONFLICT before uploading it', async () => {
    const created = (await create({ kind: 'DEPOSIT_REVIEW', depositId: 'demo-deposit' })).data!.createSupportTicket as { id: string; uploadedDocuments: unknown[] };
    expect(created).toMatchObject({ kind: 'DEPOSIT_REVIEW', uploadedDocuments: [{ type: 'VOUCHER', fileName: 'voucher-demo-deposit.pdf', contentType: 'application/pdf' }] });
    const second = await attach(created.id, 'VOUCHER', { name: 'voucher.pdf', bytes: sampleFile('pdf') });
    expect(second.body.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('already has a voucher') });
    expect(await h.calls(ATTACH_ROUTE(created.id))).toBe(0);
    const id = await attach(created.id, 'ID_DOCUMENT', { name: 'passport.jpg', bytes: sampleFile('jpg', 4000) });
    expect(id.body.errors).toBeUndefined();
    expect((id.body.data!.attachTicketDocument as { uploadedDocuments: unknown[] }).uploadedDocuments).toEqual([
      { type: 'VOUCHER', fileName: 'voucher-demo-deposit.pdf', contentType: 'application/pdf', size: 48_213 },
      { type: 'ID_DOCUMENT', fileName: 'passport.jpg', contentType: 'image/jpeg', size: 4000 },
    ]);
    expect(await h.calls(ATTACH_ROUTE(created.id))).toBe(1);
  });

  it('takes one voucher on a ticket without one, and answers CONFLICT from the upstream too when two race', async () => {
    const { id } = (await create({})).data!.createSupportTicket as { id: string };
    const voucher = { name: 'receipt.png', bytes: sampleFile('png') };
    const [a, b] = await Promise.all([attach(id, 'VOUCHER', voucher), attach(id, 'VOUCHER', voucher)]);
    const codes = [a, b].map((r) => (r.body.errors ? r.body.errors[0]!.extensions!.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('checks the document file like an attachment, and a deposit review without its deposit', async () => {
    const { id } = (await create({})).data!.createSupportTicket as { id: string };
    expect((await attach(id, 'BANK_STATEMENT', { name: 'statement.pdf', bytes: sampleFile('text') })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await attach(id, 'BANK_STATEMENT', { name: 'statement.docx', bytes: sampleFile('text') })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await h.calls(ATTACH_ROUTE(id))).toBe(0);
    expect((await create({ kind: 'DEPOSIT_REVIEW' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await create({ kind: 'DEPOSIT_REVIEW', depositId: 'no-such-deposit' })).errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400 } } });
  });

  it("refuses to attach to another user's ticket (NOT_FOUND) without reading the file", async () => {
    const { id } = (await create({})).data!.createSupportTicket as { id: string };
    const other = await attach(id, 'ID_DOCUMENT', { name: 'passport.jpg', bytes: sampleFile('jpg') }, { authenticateit_identity_ticket: 'demo-participant' });
    expect(other.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.calls(ATTACH_ROUTE(id))).toBe(0);
  });
});
