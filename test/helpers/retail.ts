import { expect } from 'vitest';
import type { GraphQLAnswer, Harness } from './harness.js';

/** The demo terminal: its operator's session ticket and its device ticket. */
export const TERMINAL_HEADERS = { authenticateit_identity_ticket: 'demo-participant', authenticateit_terminal_device: 'demo-terminal' };

const BASE = '/payments-service/retail_connect/v1';
/** Simulator counter names of the retail endpoints. */
export const RETAIL = {
  code: `GET ${BASE}/code`,
  init: `POST ${BASE}/sessions/session/init`,
  list: `GET ${BASE}/sessions`,
  read: `GET ${BASE}/sessions/session`,
  userUpdate: `PUT ${BASE}/sessions/session/update/user`,
  terminalUpdate: `PUT ${BASE}/sessions/session/update/terminal`,
} as const;

/** The session fields the retail tests read. */
export const SESSION_FIELDS = `id status statusSide expired timeoutSeconds
  amount { valueCents paymentMethod at } payment { valueCents coins reference result transactionId at }
  confirmedAt rebate { coins at } terminatedAt`;

export const TERMINAL_UPDATE = `mutation T($id: ID!, $update: RetailSessionTerminalUpdate!) {
  updateRetailSessionAsTerminal(sessionId: $id, update: $update) { ${SESSION_FIELDS} } }`;
export const USER_UPDATE = `mutation U($id: ID!, $update: RetailSessionUserUpdate!) {
  updateRetailSessionAsUser(sessionId: $id, update: $update) { ${SESSION_FIELDS} } }`;

/** An operation as the demo terminal. */
export function asTerminal<T = Record<string, any>>(h: Harness, query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>> {
  return h.request<T>({ query, variables, headers: TERMINAL_HEADERS });
}

/** A new session of demo-user at the demo terminal, opened through the gateway; its id. */
export async function openSession(h: Harness): Promise<string> {
  let code = '';
  // The first code after a reset is the seed's, which opens the seed's session: ask for a fresh one.
  for (let i = 0; i < 2 && !/^[0-9a-f]{320}$/.test(code); i++) {
    const res = await h.runAs<{ generateRetailCode: string }>('demo-user', 'mutation { generateRetailCode(cardId: "demo-card") }');
    code = res.data!.generateRetailCode;
  }
  const init = await asTerminal<{ initRetailSession: { id: string } }>(h, 'mutation I($code: String!) { initRetailSession(code: $code) { id } }', { code });
  expect(init.errors).toBeUndefined();
  return init.data!.initRetailSession.id;
}

/** Sets the simulator's session timeout (seconds) for sessions opened from now on. */
export async function setSessionTimeout(h: Harness, seconds: number): Promise<void> {
  const res = await fetch(`${h.sim.url}/__sim/config`, { method: 'POST', body: JSON.stringify({ retailSessionTimeoutSeconds: seconds }) });
  expect(res.status).toBe(200);
}

/** Upstream calls made by `run`, per route (counters are not reset: the simulator's state must stay). */
export async function callsDuring(h: Harness, run: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await h.stats();
  await run();
  const after = await h.stats();
  const made: Record<string, number> = {};
  for (const [route, count] of Object.entries(after)) if (count !== (before[route] ?? 0)) made[route] = count - (before[route] ?? 0);
  return made;
}
