import { badRequest } from '../http/errors.js';

/** Behaviour switches set through `POST /__sim/config`. */
export interface SimConfig {
  /** When false the ticket service answers as if disabled. */
  ticketsEnabled: boolean;
  /** `timeout` of retail sessions opened from now on, in seconds (the seed's 1800; tests set 1). */
  retailSessionTimeoutSeconds: number;
  /** When true every participant has active reward campaigns: its Ethereum address cannot change (409). */
  rewardCampaignsActive: boolean;
  /** When true every Coinbase call fails as the seed's expired refresh token (payments-coinbase_no_tokens_by_refresh_token). */
  coinbaseTokensExpired: boolean;
}

/** The switches as after a reset. */
export function defaultSimConfig(): SimConfig {
  return { ticketsEnabled: true, retailSessionTimeoutSeconds: 1800, rewardCampaignsActive: false, coinbaseTokensExpired: false };
}

/** Longest settable number (a day of seconds): bounds what a setting can make the simulator do. */
const MAX_NUMBER_SETTING = 86_400;

/**
 * Validates a `POST /__sim/config` body: an object of known switches, each of its default's
 * type (numbers: whole, 1 to 86400). Unknown keys are refused so a typo cannot pass for a setting.
 */
export function parseConfigPatch(value: unknown): Partial<SimConfig> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('Config must be a JSON object');
  }
  const defaults = defaultSimConfig();
  const patch: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(value)) {
    if (!Object.hasOwn(defaults, key)) throw badRequest(`Unknown config key: ${key}`);
    const type = typeof defaults[key as keyof SimConfig];
    if (typeof setting !== type) throw badRequest(`Config "${key}" must be a ${type}`);
    if (type === 'number' && !(Number.isSafeInteger(setting) && (setting as number) >= 1 && (setting as number) <= MAX_NUMBER_SETTING)) {
      throw badRequest(`Config "${key}" must be a whole number from 1 to ${MAX_NUMBER_SETTING}`);
    }
    patch[key] = setting;
  }
  return patch as Partial<SimConfig>;
}
