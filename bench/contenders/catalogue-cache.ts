import { toPlans, type PlanView } from './mapping.js';
import type { PaymentsClient } from './upstream.js';

/** The catalogue, mapped, kept in this process's memory. */
export interface CatalogueCache {
  get(ticket: string): Promise<PlanView[]>;
}

/**
 * An in-process, single-flight catalogue cache: the cheapest possible version
 * of the gateway's shared (Redis) cache, so the lower bound makes the same
 * upstream calls as the gateway (none per operation once warm). The catalogue
 * is the same for every caller, so whichever ticket fills it does not matter.
 */
export function createCatalogueCache(payments: PaymentsClient, ttlMs: number): CatalogueCache {
  let entry: { plans: Promise<PlanView[]>; expires: number } | undefined;
  return {
    get(ticket) {
      const now = Date.now();
      if (entry && entry.expires > now) return entry.plans;
      const plans = payments.getBillingPlans(ticket).then(toPlans);
      const current = { plans, expires: now + ttlMs };
      entry = current;
      // Note: a failed fill must not be served for the whole TTL.
      plans.catch(() => {
        if (entry === current) entry = undefined;
      });
      return plans;
    },
  };
}
