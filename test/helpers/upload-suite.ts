import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { startTicketHarness, type TicketHarness } from './ticket-harness.js';

/** The ticket service's create route, as its counter names it. */
export const CREATE_ROUTE = 'POST /api/v1/support-tickets/';

/** What an upload test file works with (see {@link useUploadSuite}). */
export interface UploadSuite {
  /** The harness, once started (in beforeAll). */
  readonly h: TicketHarness;
  /** The gateway's temporary upload directories still on disk. */
  spooled(): string[];
  /** Creates that reached the ticket service since the test began. */
  creates(): Promise<number>;
}

/**
 * Starts a ticket harness for the calling describe block, with the gateway's temporary
 * files in a directory of their own, and before each test resets the simulator, lets
 * `renew` make a request (which renews the service token the reset forgot), then starts
 * counting creates.
 * Note: each test file runs in a process of its own, so TMPDIR can be set for its gateway.
 */
export function useUploadSuite(name: string, renew: (h: TicketHarness) => Promise<unknown>): UploadSuite {
  let harness: TicketHarness | undefined;
  let dir = '';
  let start = 0;
  const h = (): TicketHarness => {
    if (!harness) throw new Error('The upload suite has not started.');
    return harness;
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `${name}-`));
    process.env.TMPDIR = dir;
    harness = await startTicketHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => harness?.close());
  beforeEach(async () => {
    await h().resetSim();
    await renew(h());
    start = await h().calls(CREATE_ROUTE);
  });
  return {
    get h() {
      return h();
    },
    spooled: () => readdirSync(dir).filter((entry) => entry.startsWith('gateway-upload-')),
    creates: async () => (await h().calls(CREATE_ROUTE)) - start,
  };
}
