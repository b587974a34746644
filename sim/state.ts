import { createBillingState, type BillingState } from './billing/billing.state.js';
import { defaultSimConfig, type SimConfig } from './control/config-flags.js';
import { createTicketsState, type TicketsState } from './tickets/tickets.state.js';

/**
 * All mutable simulator data, one slice per domain, each built by its own
 * `create…State()` from the fixtures. One instance per running simulator, so
 * two simulators in one process (parallel tests) never share data.
 */
export class SimState {
  billing: BillingState = createBillingState();
  tickets: TicketsState = createTicketsState();
  config: SimConfig = defaultSimConfig();

  /** Back to the seed data and default switches. */
  reset(): void {
    this.dispose();
    this.billing = createBillingState();
    this.tickets = createTicketsState();
    this.config = defaultSimConfig();
  }

  /** Stops background work (ticket processing, webhook retries) of the current data. */
  dispose(): void {
    this.tickets.jobs.dispose();
  }
}
