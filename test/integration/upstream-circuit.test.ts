import { describe, expect, it, vi } from 'vitest';
import { startHarness } from '../helpers/harness.js';

describe('an upstream that keeps failing', () => {
  it('opens the circuit: calls fail fast without reaching it, and a trial call closes it again', async () => {
    // Open for seconds: the third failure, the count and the `fast` query below must all fall
    // inside the window even on a loaded machine, or `fast` would be let through as the trial.
    const h = await startHarness({ env: { CIRCUIT_FAILURES: '3', CIRCUIT_OPEN_MS: '3000' } });
    try {
      const ROUTE = 'GET /payments-service/participants/current/billing_plan';
      const QUERY = '{ participant { billingPlan { planId } } }';
      await h.fault({ route: ROUTE, status: 500 });
      for (let i = 0; i < 3; i++) {
        expect((await h.runAs('demo-participant', QUERY)).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      }
      const reached = await h.calls(ROUTE);
      const fast = await h.runAs('demo-participant', QUERY);
      expect(fast.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', error: 'circuit open' } });
      expect(await h.calls(ROUTE)).toBe(reached);

      await h.clearFaults();
      // Asked until the window ends rather than slept past it: how long it has left depends on the machine's load.
      const recovered = await vi.waitFor(
        async () => {
          const answer = await h.runAs('demo-participant', QUERY);
          expect(answer.errors).toBeUndefined();
          return answer;
        },
        { timeout: 5000, interval: 100 },
      );
      expect(recovered.data).toEqual({ participant: { billingPlan: { planId: 'light' } } });
      // Every query turned away while it was open reached nothing: only the trial did.
      expect(await h.calls(ROUTE)).toBe(reached + 1);
      expect((await h.runAs('demo-participant', QUERY)).errors).toBeUndefined();
    } finally {
      await h.close();
    }
  });

  it('does not count refusals (4xx) as failures', async () => {
    const h = await startHarness({ env: { CIRCUIT_FAILURES: '2' } });
    try {
      for (let i = 0; i < 4; i++) {
        expect((await h.runAs('demo-user', '{ participant { billingPlan { planId } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await h.calls('GET /payments-service/participants/current/billing_plan')).toBe(4);
    } finally {
      await h.close();
    }
  });
});
