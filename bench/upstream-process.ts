import { answers200, request } from './http.js';
import { freePort } from './ports.js';
import { startProcess, waitUntilReady } from './processes.js';
import type { Settings } from './settings.js';

/** The upstream every contender calls: the project's simulator, or the bench's stub. */
export interface RunningUpstream {
  url: string;
  statsUrl: string;
  pid: number;
}

/**
 * Starts the simulator in its own process (`tsx sim/main.ts`, run as
 * `node --import tsx` so there is one process to measure and stop) and waits
 * until its stats endpoint answers.
 */
export async function startUpstream(settings: Settings, webhookUrl: string, webhookSecret: string): Promise<RunningUpstream> {
  const port = await freePort();
  const script = settings.upstream === 'stub' ? 'bench/stub-upstream.ts' : 'sim/main.ts';
  const child = startProcess(settings.upstream, process.execPath, ['--import', 'tsx', script], {
    ...process.env,
    SIM_PORT: String(port),
    SIM_LATENCY_MS: String(settings.simLatencyMs),
    SIM_WEBHOOK_URL: webhookUrl,
    WEBHOOK_SECRET: webhookSecret,
  });
  const url = `http://127.0.0.1:${port}`;
  const statsUrl = `${url}/__sim/stats`;
  await waitUntilReady(child, () => answers200(statsUrl), 60_000);
  // Counters from zero, and the seed data, whatever a previous user did.
  await request(`${url}/__sim/reset`, { method: 'POST' });
  return { url, statsUrl, pid: child.pid };
}
