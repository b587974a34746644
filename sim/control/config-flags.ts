import { badRequest } from '../http/errors.js';

/** Behaviour switches and timings set through `POST /__sim/config`. */
export interface SimConfig {
  /** When false the ticket service answers as if disabled (403, error code 20061). */
  ticketsEnabled: boolean;
  /** `timeout` of retail sessions opened from now on, in seconds (the seed's 1800; tests set 1). */
  retailSessionTimeoutSeconds: number;
  /** When true every participant has active reward campaigns: its Ethereum address cannot change (409). */
  rewardCampaignsActive: boolean;
  /** How long a new support ticket stays PENDING before it is processed. */
  ticketProcessingMs: number;
  /** A merchant-panel BEARER_TOKEN expires this long after its last request (seed 000: 15 minutes). */
  merchantIdleMs: number;
  /** Lifetime of an OAuth2 access token of the ticket service. */
  oauthTokenTtlSeconds: number;
  /** First pause before a failed webhook delivery is retried; each retry doubles it. */
  webhookRetryBaseMs: number;
  /** When false cash-out quotes and cash-outs carry no fee (the seed's "No configured fee" example). */
  cashoutFeeConfigured: boolean;
  /** When true every Coinbase call fails as the seed's expired refresh token (payments-coinbase_no_tokens_by_refresh_token). */
  coinbaseTokensExpired: boolean;
}

/** The switches as after a reset. */
export function defaultSimConfig(): SimConfig {
  return {
    ticketsEnabled: true,
    retailSessionTimeoutSeconds: 1800,
    rewardCampaignsActive: false,
    ticketProcessingMs: 300,
    merchantIdleMs: 15 * 60_000,
    oauthTokenTtlSeconds: 3600,
    webhookRetryBaseMs: 250,
    cashoutFeeConfigured: true,
    coinbaseTokensExpired: false,
  };
}

/** Largest timing accepted: a day, in the unit of the setting. */
const MAX_TIMING = 86_400_000;

/**
 * Validates a `POST /__sim/config` body: an object of known settings, each of the type
 * its default has (booleans, or whole numbers >= 0). Unknown keys are refused so a typo
 * cannot pass for a setting.
 */
export function parseConfigPatch(value: unknown): Partial<SimConfig> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('Config must be a JSON object');
  }
  const defaults = defaultSimConfig();
  const patch: Record<string, boolean | number> = {};
  for (const [key, setting] of Object.entries(value)) {
    if (!Object.hasOwn(defaults, key)) throw badRequest(`Unknown config key: ${key}`);
    if (typeof defaults[key as keyof SimConfig] === 'boolean') {
      if (typeof setting !== 'boolean') throw badRequest(`Config "${key}" must be a boolean`);
    } else if (!(Number.isInteger(setting) && (setting as number) >= 0 && (setting as number) <= MAX_TIMING)) {
      throw badRequest(`Config "${key}" must be a whole number from 0 to ${MAX_TIMING}`);
    }
    patch[key] = setting as boolean | number;
  }
  return patch as Partial<SimConfig>;
}
