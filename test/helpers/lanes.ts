import { afterAll, beforeAll } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { recordLogs } from './log-recorder.js';

/** What the fast lane did with a request: answered it, or handed it to Apollo. */
export type Outcome = 'answered' | 'handed_over';

/** Status, headers (but the date and the request id, which differ every time) and body. */
export async function post(h: Harness, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const answerHeaders = [...res.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id');
  return { status: res.status, headers: answerHeaders, text: await res.text() };
}

/** A counter's value on the gateway's /metrics (0 when absent). */
export async function metric(h: Harness, pattern: RegExp): Promise<number> {
  const text = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
  return Number(new RegExp(`^${pattern.source} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
}

export const laneCount = (h: Harness, outcome: Outcome) => metric(h, new RegExp(`gateway_fast_lane_total\\{outcome="${outcome}"\\}`));

/** Upstream calls of all endpoints so far. */
export async function allCalls(h: Harness): Promise<number> {
  return Object.values(await h.stats()).reduce((sum, n) => sum + n, 0);
}

/**
 * Two gateways over one simulator, for the suite it is called in: `apollo` with the fast
 * lane off and `fast` with it on (its log lines kept). LOCAL_CACHE_TTL_MS=0: no response
 * cache, so public queries take the lanes too.
 */
export function twoLanes() {
  const lanes = { logs: recordLogs() } as { apollo: Harness; fast: Harness; logs: ReturnType<typeof recordLogs> };
  beforeAll(async () => {
    lanes.apollo = await startHarness({ env: { FAST_LANE: 'false', LOCAL_CACHE_TTL_MS: '0' } });
    lanes.fast = await startHarness({ sim: lanes.apollo.sim, env: { LOCAL_CACHE_TTL_MS: '0' }, logger: lanes.logs.logger });
  });
  afterAll(async () => {
    await lanes.fast?.close();
    await lanes.apollo?.close();
  });
  return lanes;
}
