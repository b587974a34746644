import http from 'node:http';
import got, { type Got } from 'got';
import { TICKET_HEADER } from '../workloads.js';

/** GET /payments-service/billing_plans, the fields the workloads need. */
export interface UpstreamCatalogue {
  currency: string;
  list: UpstreamPlan[];
}

/** One catalogue plan; `description_list` is an object {label: value} on this endpoint. */
export interface UpstreamPlan {
  id: string;
  name: string;
  cost: number;
  description_list: Record<string, boolean | string>;
}

/** GET /payments-service/participants/current/billing_plan, the fields the workloads need. */
export interface UpstreamBillingPlan {
  plan: string;
  card: { last4: string | null } | null;
}

/** The two payments-service reads the baseline contenders make. */
export interface PaymentsClient {
  getBillingPlans(ticket: string): Promise<UpstreamCatalogue>;
  getCurrentBillingPlan(ticket: string): Promise<UpstreamBillingPlan>;
}

/**
 * A got client like the one a careful team would write: keep-alive agent
 * (got's default agent opens a connection per request), a timeout (got has
 * none by default) and no retries, so a failure shows up in the figures
 * instead of being hidden by a second attempt.
 */
export function createPaymentsClient(baseUrl: string): PaymentsClient {
  const client: Got = got.extend({
    prefixUrl: baseUrl,
    agent: { http: new http.Agent({ keepAlive: true, maxSockets: 256 }) },
    timeout: { request: 10_000 },
    retry: { limit: 0 },
  });
  const get = <T>(path: string, ticket: string): Promise<T> =>
    client.get(path, { headers: { [TICKET_HEADER]: ticket } }).json<T>();
  return {
    getBillingPlans: (ticket) => get<UpstreamCatalogue>('payments-service/billing_plans', ticket),
    getCurrentBillingPlan: (ticket) =>
      get<UpstreamBillingPlan>('payments-service/participants/current/billing_plan', ticket),
  };
}
