import { freePort } from '../test/helpers/redis-server.js';
import { answers200 } from './http.js';
import { startProcess, waitUntilReady, type Child } from './processes.js';
import type { Settings } from './settings.js';
import { prepareUpstream } from './upstream-prepare.js';

/** The upstream every contender calls: the project's simulator, or the bench's stub. */
export interface RunningUpstream {
  url: string;
  statsUrl: string;
  pid: number;
  child: Child;
}

/**
 * Starts the simulator in its own process (`tsx sim/main.ts`, run as
 * `node --import tsx` so there is one process to measure and stop) with the
 * phase's latency, waits until its stats endpoint answers, and prepares its
 * state (bench/upstream-prepare.ts).
 */
export async function startUpstream(settings: Settings, latencyMs: number, webhookUrl: string, webhookSecret: string): Promise<RunningUpstream> {
  const port = await freePort();
  const script = settings.upstream === 'stub' ? 'bench/stub-upstream.ts' : 'sim/main.ts';
  const child = startProcess(settings.upstream, process.execPath, ['--import', 'tsx', script], {
    ...process.env,
    SIM_PORT: String(port),
    SIM_LATENCY_MS: String(latencyMs),
    SIM_WEBHOOK_URL: webhookUrl,
    WEBHOOK_SECRET: webhookSecret,
  });
  const url = `http://127.0.0.1:${port}`;
  const statsUrl = `${url}/__sim/stats`;
  await waitUntilReady(child, () => answers200(statsUrl), 60_000);
  if (settings.upstream === 'sim') await prepareUpstream(url);
  return { url, statsUrl, pid: child.pid, child };
}
