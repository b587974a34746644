import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { streamForm, type StreamOptions } from '../helpers/multipart.js';
import { SIGNATURES } from '../helpers/sample-files.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';
import { useUploadSuite } from '../helpers/upload-suite.js';

const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status uploadedDocuments { fileName size } } }';
const READ = 'query Read($id: ID!) { supportTicket(id: $id) { issueKey } }';
const MB = 1024 * 1024;
const base = { customerId: 'demo-customer', title: 'Overlap', description: 'Sent while it arrives.' };
const user = { authenticateit_identity_ticket: 'demo-user' };

describe('createSupportTicket: a body that can no longer break a limit goes upstream while it arrives', () => {
  const suite = useUploadSuite('overlap-test', (h) => streamForm(h.gateway.url, CREATE, { input: { ...base, attachments: [] } }, [], [], user));
  const { creates, spooled } = suite;

  /** Waits up to 10 s for the ticket service to be called; says whether it was. */
  async function upstreamCalled(): Promise<boolean> {
    for (let i = 0; i < 500; i++) {
      if ((await creates()) > 0) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  function send(sizes: number[], options: StreamOptions) {
    const paths = sizes.map((_, i) => `variables.input.attachments.${i}`);
    const files = sizes.map((size, i) => ({ name: `statement-${i}.pdf`, head: SIGNATURES.pdf, size }));
    return streamForm(suite.h.gateway.url, CREATE, { input: { ...base, attachments: sizes.map(() => null) } }, paths, files, user, options);
  }

  it('calls the ticket service before the last file has arrived when the declared length keeps every file within the limits (2 × 25 MB)', async () => {
    let calledEarly: boolean | undefined;
    const holdLastFile = { afterBytes: 1 * MB, until: async () => (calledEarly = await upstreamCalled()) };
    const answer = await send([25 * MB, 25 * MB], { declareLength: true, holdLastFile });
    expect(calledEarly).toBe(true);
    const body = JSON.parse(answer.text) as { data: { createSupportTicket: { status: string; uploadedDocuments: Array<{ size: number }> } } };
    expect(body.data.createSupportTicket.status).toBe('PENDING');
    // Sent chunked as it arrived, every byte reached the ticket service.
    expect(body.data.createSupportTicket.uploadedDocuments.map((d) => d.size)).toEqual([25 * MB, 25 * MB]);
    expect(await creates()).toBe(1);
    expect(spooled()).toEqual([]);
  }, 60_000);

  it('waits for the last byte when the length is not declared, or when the declared length leaves room for a file over a limit', async () => {
    const waited = async (sizes: number[], options: StreamOptions): Promise<string> => {
      const before = await creates();
      let calls: number | undefined;
      const holdLastFile = { afterBytes: 1 * MB, until: async () => (await new Promise((r) => setTimeout(r, 400)), (calls = (await creates()) - before)) };
      const answer = await send(sizes, { ...options, holdLastFile });
      expect(calls).toBe(0);
      return answer.text;
    };
    // Chunked: nothing bounds what is still to come.
    expect(JSON.parse(await waited([5 * MB, 5 * MB], {})).data.createSupportTicket.status).toBe('PENDING');
    expect(await creates()).toBe(1);
    // Declared, but the last file could still pass 25 MB, or the total 50 MB: refused at the end, never sent.
    expect(await waited([26 * MB], { declareLength: true })).toContain('PAYLOAD_TOO_LARGE');
    expect(await waited([20 * MB, 20 * MB, 11 * MB], { declareLength: true })).toContain('PAYLOAD_TOO_LARGE');
    expect(await creates()).toBe(1);
    expect(spooled()).toEqual([]);
  }, 60_000);

  it('cuts the ticket service call short when the client goes away after it began: no ticket, no files left, the gateway none the worse', async () => {
    const cut = await send([4 * MB, 12 * MB], { declareLength: true, cutAfterBytes: 8 * MB, holdLastFile: { afterBytes: 1 * MB, until: upstreamCalled } });
    expect(cut.status).toBe(0);
    expect(await creates()).toBe(1);

    for (let i = 0; i < 100 && spooled().length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(spooled()).toEqual([]);
    // The cut is the client's doing: a client code, and a call that never counts against the ticket service's circuit.
    const metrics = await (await fetch(new URL('/metrics', suite.h.gateway.url))).text();
    expect(metrics).toContain('gateway_upstream_requests_total{service="tickets",endpoint="createSupportTicket",outcome="body_cut"} 1');
    expect(metrics).not.toContain('endpoint="createSupportTicket",outcome="not_sent"');
    expect(metrics).toContain('gateway_graphql_operations_total{operation="Create",transport="http",outcome="BAD_USER_INPUT"} 1');
    // The ticket service saw a body cut short and created nothing.
    expect(await nextIssueKey()).toBe('SUP-1002');
  }, 60_000);

  it('refuses a body that ends without its closing delimiter with BAD_USER_INPUT, and creates no ticket', async () => {
    const b = 'unclosed-boundary';
    const part = (name: string, value: string): string => `--${b}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const operations = JSON.stringify({ query: CREATE, variables: { input: { ...base, attachments: [null] } } });
    const head = `${part('operations', operations)}${part('map', '{"0":["variables.input.attachments.0"]}')}--${b}\r\nContent-Disposition: form-data; name="0"; filename="unclosed.pdf"\r\n\r\n`;
    const body = Buffer.concat([Buffer.from(head), SIGNATURES.pdf, Buffer.alloc(2 * MB, 0x41)]);
    const headers = { 'content-type': `multipart/form-data; boundary=${b}`, 'apollo-require-preflight': 'true', ...user };
    const answer = (await (await fetch(suite.h.gateway.url, { method: 'POST', headers, body })).json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(answer.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(await nextIssueKey()).toBe('SUP-1002');
  }, 60_000);

  /**
   * The issue key of a ticket raised now, once the ticket service has given it one. Keys run
   * on from the ticket raised before each test (SUP-1001): SUP-1002 means no ticket between.
   */
  async function nextIssueKey(): Promise<string | null> {
    const again = JSON.parse((await send([1 * MB, 2 * MB], { declareLength: true })).text).data.createSupportTicket;
    expect(again.uploadedDocuments).toEqual([
      { fileName: 'statement-0.pdf', size: 1 * MB },
      { fileName: 'statement-1.pdf', size: 2 * MB },
    ]);
    let issueKey: string | null = null;
    for (let i = 0; i < 250 && issueKey === null; i++) {
      await new Promise((r) => setTimeout(r, 20));
      issueKey = (await suite.h.runAs<{ supportTicket: { issueKey: string | null } }>('demo-user', READ, { id: again.id })).data!.supportTicket.issueKey;
    }
    return issueKey;
  }
});

describe('createSupportTicket from a client slower than the operation budget (1.5 s)', () => {
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl'), env: { OPERATION_BUDGET_MS: '1500' } });
  });
  afterAll(() => h.close());
  const files = [4 * MB, 4 * MB].map((size, i) => ({ name: `slow-${i}.pdf`, head: SIGNATURES.pdf, size }));
  const paths = files.map((_, i) => `variables.input.attachments.${i}`);
  const until = (): Promise<unknown> => new Promise((r) => setTimeout(r, 2500));

  it('counts the budget of a call sent after the last byte from that byte, not from before the files arrived', async () => {
    // Chunked, so sent only once every byte is in: 2.5 s after the operation began.
    const slow = await streamForm(h.gateway.url, CREATE, { input: { ...base, attachments: [null, null] } }, paths, files, user, { holdLastFile: { afterBytes: 1 * MB, until } });
    expect(JSON.parse(slow.text).data.createSupportTicket.uploadedDocuments).toEqual(files.map((f) => ({ fileName: f.name, size: f.size })));
  }, 30_000);

  it('sends a call sent as the files arrive again once they are in when it outlasts its budget, never counting the client\'s slowness against the ticket service', async () => {
    const before = await h.calls('POST /api/v1/support-tickets/');
    const options = { declareLength: true, holdLastFile: { afterBytes: 1 * MB, until } };
    const slow = await streamForm(h.gateway.url, CREATE, { input: { ...base, attachments: [null, null] } }, paths, files, user, options);
    expect(JSON.parse(slow.text).data.createSupportTicket.uploadedDocuments).toEqual(files.map((f) => ({ fileName: f.name, size: f.size })));
    // The first call was cut while the client held its last file, the second went through.
    expect((await h.calls('POST /api/v1/support-tickets/')) - before).toBe(2);
    const metrics = await (await fetch(new URL('/metrics', h.gateway.url))).text();
    expect(metrics).toContain('gateway_upstream_requests_total{service="tickets",endpoint="createSupportTicket",outcome="body_cut"} 1');
    expect(metrics).not.toContain('endpoint="createSupportTicket",outcome="not_sent"');
    expect(metrics).not.toContain('endpoint="createSupportTicket",outcome="timeout"');
    // Small files, well inside the short budget even on a loaded machine: the call goes through.
    const small = files.map((file) => ({ ...file, size: 256 * 1024 }));
    const quick = await streamForm(h.gateway.url, CREATE, { input: { ...base, attachments: [null, null] } }, paths, small, user, { declareLength: true });
    expect(JSON.parse(quick.text).data.createSupportTicket.uploadedDocuments).toHaveLength(2);
  }, 30_000);
});
