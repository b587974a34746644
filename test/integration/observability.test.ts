import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/lib/logger.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

/** The gateway's real logger (pino, debug level), writing into an array instead of stdout. */
function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines, parsed };
}

describe('access log and operation metrics', () => {
  let h: Harness;
  const log = capturedLogger();
  const metrics = async () => (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
  beforeAll(async () => {
    h = await startHarness({ logger: log.logger });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    log.lines.length = 0;
  });

  it('writes one line per HTTP operation: request id, name, duration, outcome and upstream calls', async () => {
    await h.request({
      query: 'query Home { participant { billingPlan { planId plan { id } } } }',
      headers: { authenticateit_identity_ticket: 'demo-participant', 'x-request-id': 'trace-access-log-1' },
    });
    const line = log.parsed().find((l) => l.msg === 'graphql operation');
    expect(line).toMatchObject({ level: 'info', requestId: 'trace-access-log-1', transport: 'http', operation: 'Home', outcome: 'ok', upstreamCalls: 2 });
    expect(typeof line?.ms).toBe('number');
    expect(typeof line?.time).toBe('string');
  });

  it('names the error codes of a failed operation, and counts it by outcome', async () => {
    await h.request({ query: 'query Broken { participant { billingPlan { planId } } }', headers: { authenticateit_identity_ticket: 'demo-user' } });
    const line = log.parsed().find((l) => l.msg === 'graphql operation');
    expect(line).toMatchObject({ operation: 'Broken', outcome: 'FORBIDDEN', codes: ['FORBIDDEN'], upstreamCalls: 1 });
    expect(await metrics()).toMatch(/gateway_graphql_operations_total\{operation="Broken",transport="http",outcome="FORBIDDEN"\} 1/);
    expect(await metrics()).toMatch(/gateway_graphql_operation_duration_seconds_count\{operation="Broken",transport="http",outcome="FORBIDDEN"\} 1/);
    expect(await metrics()).toMatch(/gateway_upstream_request_duration_seconds_count\{service="payments",endpoint="getCurrentBillingPlan",outcome="403"\} [1-9]/);
  });

  it('writes the same line for a WebSocket operation, and counts open WebSocket operations', async () => {
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-participant' });
    try {
      await wsQuery(client, 'query OverWs { plans { id } }');
    } finally {
      await client.dispose();
    }
    const line = log.parsed().find((l) => l.msg === 'graphql operation');
    expect(line).toMatchObject({ transport: 'ws', operation: 'OverWs', outcome: 'ok' });
    expect(await metrics()).toMatch(/^gateway_websocket_subscriptions 0$/m);
  });

  it('never lets client-made operation names grow the metric series without end', async () => {
    await Promise.all(Array.from({ length: 230 }, (_, i) => h.request({ query: `query Name${i} { __typename }` })));
    await h.request({ query: 'query Other { __typename }' });
    const names = new Set([...(await metrics()).matchAll(/gateway_graphql_operations_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(names.has('other')).toBe(true);
    names.delete('other');
    names.delete('anonymous');
    expect(names.size).toBeLessThanOrEqual(200);
  });

  it('never writes a ticket, a merchant token, a card number or a cvc, even at debug level', async () => {
    await h.request({
      query: 'mutation ($input: ChangeBillingPlanInput!) { changeBillingPlan(input: $input) { planId } }',
      variables: { input: { planId: 'pro', card: { number: '5200828282828210', expMonth: 12, expYear: 2030, cvc: '323', name: 'JANE DOE' } } },
      headers: { authenticateit_identity_ticket: 'demo-participant', 'x-merchant-token': 'merchant-secret-token', cookie: 'BEARER_TOKEN=cookie-secret' },
    });
    await h.request({ query: '{ plans { id } }', headers: { authorization: 'Bearer demo-system' } });
    const text = log.lines.join('');
    expect(text).toContain('graphql operation');
    expect(text).toContain('upstream call');
    for (const secret of ['demo-participant', 'demo-system', 'merchant-secret-token', 'cookie-secret', '5200828282828210', '8282', '"323"']) {
      expect(text).not.toContain(secret);
    }
    await h.resetSim();
  });
});
