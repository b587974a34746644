import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultStore } from './control/faults.js';
import { RequestStats } from './control/stats.js';
import { createRequestListener } from './dispatcher.js';
import { DelayScheduler } from './http/delay.js';
import { createRouter } from './routing/router.js';
import { simRoutes } from './routes/index.js';
import { DEFAULT_WEBHOOK_URL } from './settings.js';
import { SimState } from './state.js';

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Delay added to every non-control request, in ms (default 0). */
  latencyMs?: number;
  /** Where ticket webhooks go; default the gateway's `/webhooks/support-tickets` on port 4000. */
  webhookUrl?: string;
  /** HMAC key for signing webhooks. */
  webhookSecret?: string;
}

/** A running simulator. */
export interface RunningSimulator {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and ends every connection, hanging requests included. */
  close(): Promise<void>;
}

// Note: longer than typical client agents' idle timeouts, so the client, not
// the simulator, closes idle keep-alive sockets and a request never races a
// server-side close (an ECONNRESET a non-retried PUT would surface).
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Starts the upstream simulator with fresh seed data. */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const port = opts.port ?? 0;
  const host = opts.host ?? '127.0.0.1';
  const latencyMs = opts.latencyMs ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`Invalid simulator port: ${port}`);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new RangeError(`Invalid simulator latency: ${latencyMs}`);

  const delays = new DelayScheduler();
  const state = new SimState();
  const server = createServer(
    createRequestListener({
      router: createRouter(simRoutes),
      state,
      stats: new RequestStats(),
      faults: new FaultStore(),
      delays,
      latencyMs,
      settings: { webhookUrl: opts.webhookUrl ?? DEFAULT_WEBHOOK_URL, webhookSecret: opts.webhookSecret },
    }),
  );
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${actualPort}`,
    port: actualPort,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        delays.clear();
        state.dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** A host as it goes in a URL a client can connect to (wildcards become loopback). */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
