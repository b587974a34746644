import type { SharedCache } from './cache/shared-cache.js';
import type { Config } from './config.js';
import { createServiceCredentials, type ServiceCredentials } from './datasources/tickets/service-credentials.js';
import { TicketOwners } from './datasources/tickets/ticket-owners.js';
import type { Logger } from './lib/logger.js';
import { redisTarget } from './lib/redis-client.js';
import type { Metrics } from './lib/metrics.js';
import type { GatewayPubSub } from './pubsub/gateway-pubsub.js';
import { TicketStatusFeed } from './webhooks/ticket-status.feed.js';
import type { DurableStore } from './store/durable-store.js';
import { MemoryDurableStore } from './store/memory-durable.store.js';
import { RedisDurableStore } from './store/redis-durable.store.js';
import { TicketReconciler } from './webhooks/ticket-reconciler.js';
import { TicketStates } from './webhooks/ticket-states.js';
import { TicketWebhookReceiver } from './webhooks/ticket-webhook.receiver.js';

/** How often a waiting subscriber reads the stored state without a message (pub/sub may drop one). */
const STATE_RECHECK_MS = 2000;

/** The support-ticket service's process-wide parts: credentials, stored states, webhooks, subscriptions. */
export interface TicketRuntime {
  readonly service: ServiceCredentials;
  /** Final ticket states, webhook event ids and ticket raisers: Redis when configured, else memory. */
  readonly store: DurableStore;
  readonly states: TicketStates;
  readonly owners: TicketOwners;
  readonly reconciler: TicketReconciler;
  readonly feed: TicketStatusFeed;
  readonly webhooks: TicketWebhookReceiver;
}

/** Creates the ticket service's process-wide parts. */
export function createTicketRuntime(config: Config, cache: SharedCache, pubsub: GatewayPubSub, logger: Logger, metrics: Metrics): TicketRuntime {
  const { tickets } = config;
  if (!tickets.auth || !config.ticketsApiUrl) throw new Error('ticket-service credentials must be resolved before the gateway starts');
  const redis = redisTarget(config);
  const store: DurableStore = redis ? new RedisDurableStore(redis, config.redisKeyPrefix, logger) : new MemoryDurableStore();
  const states = new TicketStates(store, tickets.stateTtlSeconds);
  const reconciler = new TicketReconciler({ states, pubsub, logger, afterMs: tickets.reconcileAfterSeconds * 1000, intervalMs: tickets.pollIntervalMs });
  return {
    service: createServiceCredentials(tickets.auth, config.ticketsApiUrl, cache),
    store,
    states,
    owners: new TicketOwners(store, tickets.stateTtlSeconds),
    reconciler,
    feed: new TicketStatusFeed({ pubsub, states, reconciler, logger, recheckMs: STATE_RECHECK_MS }),
    webhooks: new TicketWebhookReceiver({ secret: config.webhookSecret, states, pubsub, logger, metrics }),
  };
}

/** Stops the pollers and closes the store. */
export async function closeTicketRuntime(runtime: TicketRuntime): Promise<void> {
  runtime.reconciler.close();
  await runtime.store.close();
}
