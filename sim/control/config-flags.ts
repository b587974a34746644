import { badRequest } from '../http/errors.js';

/** Behaviour switches set through `POST /__sim/config`. */
export interface SimConfig {
  /** When false the ticket service answers as if disabled. */
  ticketsEnabled: boolean;
  /** When true every participant has active reward campaigns: its Ethereum address cannot change (409). */
  rewardCampaignsActive: boolean;
}

/** The switches as after a reset. */
export function defaultSimConfig(): SimConfig {
  return { ticketsEnabled: true, rewardCampaignsActive: false };
}

/**
 * Validates a `POST /__sim/config` body: an object of known boolean switches.
 * Unknown keys are refused so a typo cannot pass for a setting.
 */
export function parseConfigPatch(value: unknown): Partial<SimConfig> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('Config must be a JSON object');
  }
  const defaults = defaultSimConfig();
  const patch: Partial<SimConfig> = {};
  for (const [key, flag] of Object.entries(value)) {
    if (!Object.hasOwn(defaults, key)) throw badRequest(`Unknown config key: ${key}`);
    if (typeof flag !== 'boolean') throw badRequest(`Config "${key}" must be a boolean`);
    patch[key as keyof SimConfig] = flag;
  }
  return patch;
}
