import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, WebSocket } from 'playwright-core';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FLOW_EXAMPLES } from '../../src/server/playground-examples.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';
import { fill, launchChromium, openTab, resultText, run, waitForResult } from './graphiql-page.js';

const BUNDLE = fileURLToPath(new URL('../../dist/playground/graphiql.js', import.meta.url));
const BUILD_PLAYGROUND = fileURLToPath(new URL('../../scripts/build-playground.mjs', import.meta.url));
const PLANS = 'GET /payments-service/billing_plans';
const APP_USER = JSON.stringify({ authenticateit_identity_ticket: 'demo-user' });
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The gateway serves its GraphiQL bundle from dist/playground (read when it starts).
 * The global setup builds it when stale; a run without it builds it here, or fails saying why.
 */
function ensureBundle(): void {
  if (!existsSync(BUNDLE)) execFileSync(process.execPath, [BUILD_PLAYGROUND], { stdio: 'inherit' });
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing after ${BUILD_PLAYGROUND}: run npm run build`);
}

describe('the GraphiQL playground in headless Chromium', { timeout: 60_000 }, () => {
  let h: TicketHarness;
  let browser: Browser | undefined;
  let page: Page;
  /** What went over the page's WebSockets: each frame's direction and text. */
  const frames: Array<{ url: string; sent: boolean; text: string }> = [];
  const shots = mkdtempSync(join(tmpdir(), 'playground-'));

  beforeAll(async () => {
    ensureBundle();
    h = await startTicketHarness({ redisUrl: inject('redisUrl') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // A step that cannot happen fails in 15 s with what it waited for, within the test's minute.
    page.setDefaultTimeout(15_000);
    page.on('websocket', (socket: WebSocket) => {
      socket.on('framesent', ({ payload }) => frames.push({ url: socket.url(), sent: true, text: String(payload) }));
      socket.on('framereceived', ({ payload }) => frames.push({ url: socket.url(), sent: false, text: String(payload) }));
    });
    await page.goto(h.gateway.url);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
    rmSync(shots, { recursive: true, force: true });
  });

  it('opens with the billing-plan example first, then one tab per client flow', async () => {
    const titles = await page.locator('.graphiql-tab-button').allInnerTexts();
    expect(titles.map((t) => t.trim())).toEqual(['Plans', 'HomeScreen', 'CashOutQuote', 'TerminalOpenSession', 'SupportTicketCreate']);
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('billingPlan');
  });

  it('runs { plans { id cost } } typed into the editor and shows the catalogue, asked of the upstream', async () => {
    const before = await h.calls(PLANS);
    await fill(page, 'query', '{ plans { id cost } }');
    await fill(page, 'headers', APP_USER);
    await run(page);
    const text = await waitForResult(page, (t) => t.includes('pro-corp'));
    expect(JSON.parse(text)).toEqual({
      data: { plans: [{ id: 'basic', cost: '0' }, { id: 'light', cost: '195' }, { id: 'pro', cost: '395' }, { id: 'pro-corp', cost: '495' }] },
    });
    // What a person sees, not only what the editor holds.
    expect(await page.locator('.graphiql-response').innerText()).toMatch(/"id": "pro-corp",\s*"cost": "495"/);
    expect(await h.calls(PLANS)).toBe(before + 1);
  });

  it('raises a support ticket from its tab and shows its status pushed live over graphql-ws', async () => {
    // Long enough for the subscription to be listening before the webhook comes.
    await h.simConfig({ ticketProcessingMs: 2500 });
    await openTab(page, 'SupportTicketCreate');
    await fill(page, 'headers', APP_USER);
    await run(page, 'SupportTicketCreate');
    const created = JSON.parse(await waitForResult(page, (t) => t.includes('"PENDING"'))) as { data: { createSupportTicket: { id: string } } };
    const ticketId = created.data.createSupportTicket.id;
    await fill(page, 'variables', JSON.stringify({ ticketId }));
    await run(page, 'SupportTicketStatus');
    const pushed = JSON.parse(await waitForResult(page, (t) => t.includes('"CREATED"'))) as { data: { supportTicketStatusChanged: Record<string, unknown> } };
    expect(pushed.data.supportTicketStatusChanged).toMatchObject({ id: ticketId, status: 'CREATED', issueKey: expect.stringMatching(/^SUP-\d+$/), failureReason: null });
    // It came over graphql-ws on /graphql, the Headers editor's ticket sent as connectionParams.
    const init = frames.find((f) => f.sent && JSON.parse(f.text).type === 'connection_init');
    expect(init?.url).toBe(h.wsUrl);
    expect(JSON.parse(init!.text).payload).toEqual({ authenticateit_identity_ticket: 'demo-user' });
    const next = frames.filter((f) => !f.sent && JSON.parse(f.text).type === 'next').map((f) => JSON.parse(f.text).payload.data.supportTicketStatusChanged);
    expect(next).toEqual([expect.objectContaining({ id: ticketId, status: 'CREATED' })]);
    expect(await h.calls('POST /api/v1/support-tickets/')).toBe(1);
  });

  it('has the docs explorer, showing the schema’s root types', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor();
    expect(await docs.innerText()).toMatch(/query:\s*Query[\s\S]*mutation:\s*Mutation[\s\S]*subscription:\s*Subscription/);
  });

  it('takes a screenshot of the page', async () => {
    await openTab(page, 0);
    const file = join(shots, 'playground.png');
    await page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // PLAYGROUND_SCREENSHOT=/some/file.png keeps a copy to look at.
    if (process.env.PLAYGROUND_SCREENSHOT) await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT, fullPage: true });
    expect(await resultText(page)).toContain('pro-corp');
  });

  // Last: these fill the shared cache that the page's first run must find cold.
  it('runs every example query of the flow tabs as it stands, with its demo credentials', async () => {
    let ran = 0;
    for (const { query, variables = {}, demoHeaders } of FLOW_EXAMPLES) {
      const queries = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query');
      for (const operation of queries) {
        const names = (operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
        // A placeholder (<the code from generateRetailCode>) waits for an earlier step's answer.
        if (names.some((name) => String(variables[name]).startsWith('<'))) continue;
        const res = await h.request({ query, variables, operationName: operation.name!.value, headers: demoHeaders });
        expect(res.errors, operation.name!.value).toBeUndefined();
        ran++;
      }
    }
    expect(ran).toBe(3);
  });
});
