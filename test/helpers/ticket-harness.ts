import { startSimulator } from '../../sim/simulator.js';
import { startHarness, type Harness, type HarnessOptions } from './harness.js';
import { freePort } from './redis-server.js';

/** The webhook secret the simulator signs with and the gateway verifies with, in tests. */
export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

/** A harness whose simulator sends its ticket webhooks to the gateway, signed. */
export interface TicketHarness extends Harness {
  /** Sets simulator switches and timings (POST /__sim/config). */
  simConfig(patch: Record<string, boolean | number>): Promise<void>;
  /** The gateway's webhook URL. */
  webhookUrl: string;
}

/**
 * Starts a simulator and a gateway on a port picked first, so that the simulator can be
 * told where the gateway's webhook is before either starts.
 */
export async function startTicketHarness(options: Omit<HarnessOptions, 'sim'> = {}): Promise<TicketHarness> {
  const port = await freePort();
  const webhookUrl = `http://127.0.0.1:${port}/webhooks/support-tickets`;
  const sim = await startSimulator({ webhookUrl, webhookSecret: TEST_WEBHOOK_SECRET });
  const h = await startHarness({ ...options, sim, env: { PORT: String(port), WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, ...options.env } });
  return {
    ...h,
    webhookUrl,
    async simConfig(patch) {
      const res = await fetch(`${sim.url}/__sim/config`, { method: 'POST', body: JSON.stringify(patch) });
      if (!res.ok) throw new Error(`sim config refused: ${await res.text()}`);
    },
    async close() {
      await h.close();
      await sim.close();
    },
  };
}
