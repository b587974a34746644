import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../sim/simulator.js';

/** Header carrying the session ticket (seed 003). */
export const TICKET = 'authenticateit_identity_ticket';

/** Options of one raw call to the simulator. */
export interface CallInit {
  ticket?: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * A simulator for one test file, on a free port, reset after every test, with plain
 * fetch helpers: the simulator is tested as the upstream it stands for, over HTTP.
 */
export function useSimulator() {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    await control('POST', '/__sim/reset');
  });

  function call(path: string, init: CallInit = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.ticket !== undefined) headers[TICKET] = init.ticket;
    if (init.body !== undefined) headers['content-type'] ??= 'application/json';
    return fetch(`${sim.url}${path}`, { method: init.method ?? 'GET', headers, body: init.body, signal: init.signal });
  }

  function control(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${sim.url}${path}`, {
      method,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function addFault(fault: Record<string, unknown>): Promise<void> {
    const res = await control('POST', '/__sim/faults', fault);
    expect(res.status).toBe(200);
  }

  async function stats(): Promise<Record<string, number>> {
    const res = await control('GET', '/__sim/stats');
    return ((await res.json()) as { requests: Record<string, number> }).requests;
  }

  return { sim: () => sim, call, control, addFault, stats };
}

/** The `error_id` of a seed-shaped error answer. */
export async function errorId(res: Response): Promise<string> {
  return ((await res.json()) as { error_id: string }).error_id;
}
