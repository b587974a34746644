import { DEFAULT_WEBHOOK_URL } from './settings.js';
import type { SimulatorOptions } from './simulator.js';

/** Default `SIM_PORT` (DESIGN.md "Fixed names"). */
export const DEFAULT_SIM_PORT = 4010;

/** The outcome of reading the environment: options, or every problem found. */
export type SimEnvResult =
  | { readonly ok: true; readonly options: SimulatorOptions & { port: number; webhookUrl: string } }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Defaults that differ between `npm run sim` and the simulator embedded in `npm start`. */
export interface SimEnvDefaults {
  port?: number;
  webhookUrl?: string;
}

/**
 * Reads `SIM_PORT`, `SIM_LATENCY_MS`, `SIM_WEBHOOK_URL` and `WEBHOOK_SECRET`, for
 * `npm run sim` and for the simulator `npm start` embeds alike. An empty variable counts as
 * unset (as container env files leave them); all problems are reported at once so one
 * restart fixes them all.
 */
export function parseSimEnv(env: NodeJS.ProcessEnv, defaults: SimEnvDefaults = {}): SimEnvResult {
  const errors: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const portText = value('SIM_PORT');
  const port = portText === undefined ? (defaults.port ?? DEFAULT_SIM_PORT) : Number(portText);
  if (portText !== undefined && !(/^\d+$/.test(portText) && port <= 65_535)) {
    errors.push(`SIM_PORT must be an integer from 0 to 65535, got "${portText}"`);
  }

  const latencyText = value('SIM_LATENCY_MS');
  const latencyMs = latencyText === undefined ? 0 : Number(latencyText);
  if (latencyText !== undefined && !/^\d+$/.test(latencyText)) {
    errors.push(`SIM_LATENCY_MS must be a whole number of milliseconds >= 0, got "${latencyText}"`);
  }

  const webhookUrl = value('SIM_WEBHOOK_URL') ?? defaults.webhookUrl ?? DEFAULT_WEBHOOK_URL;
  if (!isHttpUrl(webhookUrl)) errors.push(`SIM_WEBHOOK_URL must be an http(s) URL, got "${webhookUrl}"`);

  const webhookSecret = value('WEBHOOK_SECRET');

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, options: { port, latencyMs, webhookUrl, webhookSecret } };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
