import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { OPERATIONS_DIR, operationFile, operationText, readFlows, runFlow } from '../../scripts/docs-responses.js';
import { startHarness } from '../helpers/harness.js';
import { browserForm, postForm } from '../helpers/multipart.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = path.join(root, 'docs');
const flows = readFlows();
const page = (name: string): string => readFileSync(path.join(docsDir, name), 'utf8');
const committed = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Every file under docs/operations, relative to docs/. */
function operationFiles(): string[] {
  return readdirSync(OPERATIONS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(OPERATIONS_DIR, file)).isFile())
    .map((file) => `operations/${file.split(path.sep).join('/')}`);
}

/** The relative link targets of every page of docs/, resolved against docs/. */
function linkedFiles(): Set<string> {
  const linked = new Set<string>();
  for (const name of readdirSync(docsDir).filter((file) => file.endsWith('.md'))) {
    for (const [, target] of page(name).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (!/^[a-z]+:/.test(target!)) linked.add(path.posix.normalize(target!));
    }
  }
  return linked;
}

describe('the documented flows', () => {
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());

  it('cover the four flows, and the support-ticket flow subscribes over WebSocket', () => {
    expect(flows.map((flow) => flow.name)).toEqual(['cash-out', 'home-screen', 'retail-terminal', 'support-ticket']);
    const ticket = flows.find((flow) => flow.name === 'support-ticket')!;
    expect(ticket.steps.filter((step) => step.transport === 'websocket').map((step) => step.operation)).toEqual(['SupportTicketStatus']);
    expect(page('subscriptions.md')).toContain('operations/support-ticket/SupportTicketStatus.graphql');
  });

  for (const flow of flows) {
    it(`${flow.title}: every example answers what docs/operations/${flow.name} says, on fresh seed data`, async () => {
      const answers = await runFlow(h, flow);
      expect(answers.map(({ step }) => step.operation)).toEqual(flow.steps.map((step) => step.operation));
      for (const { step, answer } of answers) {
        const file = operationFile(flow, step.operation, '.response.json');
        expect(answer, path.relative(root, file)).toEqual(committed(file));
      }
    });
  }

  it('runs the upload curl of uploads.md as written, with the CSRF header, and gets the answer shown there', async () => {
    const doc = page('uploads.md');
    const command = /```sh\n(curl [\s\S]*?)```/.exec(doc)?.[1];
    const shown = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(command).toContain("-H 'apollo-require-preflight: true'");
    await h.resetSim();
    const base = new URL(h.gateway.url).origin;
    const { stdout } = await promisify(execFile)('bash', ['-c', command!.replaceAll('http://127.0.0.1:4000', base)], { cwd: root });
    const answer = JSON.parse(stdout) as { data: { createSupportTicket: { id: string } } };
    expect(answer.data.createSupportTicket.id).toMatch(/^tkt_[0-9a-f]{16}$/);
    const example = (JSON.parse(shown!) as typeof answer).data.createSupportTicket.id;
    expect({ ...answer, data: { createSupportTicket: { ...answer.data.createSupportTicket, id: example } } }).toEqual(JSON.parse(shown!));
  });

  it('speaks graphql-transport-ws as subscriptions.md shows: init with the ticket, ack, subscribe, next, complete', async () => {
    await h.resetSim();
    const ticket = flows.find((flow) => flow.name === 'support-ticket')!;
    const create = operationText(operationFile(ticket, 'CreateSupportTicket', '.graphql'));
    const form = browserForm(create, { input: { customerId: 'demo-customer', title: 'Card declined', description: 'Declined.' } }, [], []);
    const { id } = (await postForm(h.gateway.url, form, { authenticateit_identity_ticket: 'demo-user' })).body.data!.createSupportTicket as { id: string };
    const socket = new WebSocket(h.wsUrl, 'graphql-transport-ws');
    const frames: unknown[] = [];
    socket.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString())));
    await new Promise((resolve) => socket.once('open', resolve));
    expect(socket.protocol).toBe('graphql-transport-ws');
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authenticateit_identity_ticket: 'demo-user' } }));
    await until(() => frames.length === 1);
    expect(frames[0]).toEqual({ type: 'connection_ack' });
    const query = operationText(operationFile(ticket, 'SupportTicketStatus', '.graphql'));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { operationName: 'SupportTicketStatus', query, variables: { ticketId: id } } }));
    await until(() => frames.length === 3);
    const changed = { id, status: 'CREATED', issueKey: 'SUP-1001', failureReason: null };
    expect(frames.slice(1)).toEqual([{ id: '1', type: 'next', payload: { data: { supportTicketStatusChanged: changed } } }, { id: '1', type: 'complete' }]);
    socket.close(1000);
  });

  it('closes sockets with the codes subscriptions.md lists: 4403, 4401, 4429, 4406', async () => {
    const closeCode = (protocol: string | undefined, messages: object[]): Promise<number> =>
      new Promise((resolve) => {
        const socket = protocol ? new WebSocket(h.wsUrl, protocol) : new WebSocket(h.wsUrl);
        socket.once('open', () => messages.forEach((m) => socket.send(JSON.stringify(m))));
        socket.once('close', (code) => resolve(code));
        setTimeout(() => socket.close(1000), 2000);
      });
    const init = { type: 'connection_init', payload: { authenticateit_identity_ticket: 'demo-user' } };
    const codes = {
      noTicket: await closeCode('graphql-transport-ws', [{ type: 'connection_init', payload: {} }]),
      subscribeBeforeAck: await closeCode('graphql-transport-ws', [{ id: '1', type: 'subscribe', payload: { query: '{ plans { id } }' } }]),
      secondInit: await closeCode('graphql-transport-ws', [init, init]),
      noSubprotocol: await closeCode(undefined, [init]),
    };
    expect(codes).toEqual({ noTicket: 4403, subscribeBeforeAck: 4401, secondInit: 4429, noSubprotocol: 4406 });
    const doc = page('subscriptions.md');
    for (const code of Object.values(codes)) expect(doc).toContain(`\`${code}\``);
  });
});

describe('the docs pages', () => {
  it('link every file of docs/operations, and every relative link leads to a file', () => {
    const linked = linkedFiles();
    const files = operationFiles();
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter((file) => !linked.has(file))).toEqual([]);
    expect([...linked].filter((target) => !existsSync(path.join(docsDir, target)))).toEqual([]);
  });

  it('give every operation file a flow step and an answer, and every step its operation file', () => {
    const stepped = new Set(flows.flatMap((flow) => flow.steps.map((step) => `operations/${flow.name}/${step.operation}.graphql`)));
    const graphqlFiles = operationFiles().filter((file) => file.endsWith('.graphql'));
    expect(graphqlFiles.sort()).toEqual([...stepped].sort());
    for (const file of operationFiles().filter((name) => name.endsWith('.json') && !name.endsWith('flow.json'))) {
      expect(graphqlFiles, file).toContain(file.replace(/\.(variables|response)\.json$/, '.graphql'));
    }
  });
});

describe('the committed manifest', () => {
  it('lets a PERSISTED_ONLY gateway run a documented query by its hash alone, and refuses any other text', async () => {
    const h = await startHarness({ env: { PERSISTED_ONLY: 'true', PERSISTED_OPERATIONS_FILE: path.join(root, 'persisted-operations.json') } });
    try {
      const flow = flows.find((f) => f.name === 'cash-out')!;
      const manifest = committed(path.join(root, 'persisted-operations.json')) as { operations: Array<{ id: string; name: string }> };
      const id = manifest.operations.find((op) => op.name === 'CashoutCountries')!.id;
      const res = await fetch(h.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authenticateit_identity_ticket: 'demo-user' },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
      });
      expect(await res.json()).toEqual(committed(operationFile(flow, 'CashoutCountries', '.response.json')));
      const other = await h.runAs('demo-user', '{ cashoutCountries { country } }');
      expect(other).toMatchObject({ status: 400, errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }] });
    } finally {
      await h.close();
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
  }
}
