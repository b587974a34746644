import { createBillingState, type BillingState } from './billing/billing.state.js';
import { createCashoutState, type CashoutState } from './cashout/cashout.state.js';
import { defaultSimConfig, type SimConfig } from './control/config-flags.js';
import { createRetailState, type RetailState } from './retail/retail.state.js';
import { createAddressBookState, type AddressBookState } from './ethereum/address-book.js';
import { createEthereumState, type EthereumState } from './ethereum/wallet.state.js';
import { createExchangeState, type ExchangeState } from './exchanges/exchange.state.js';
import { createModerationState, type ModerationState } from './moderation/moderation.state.js';
import { createParticipantState, type ParticipantState } from './participants/participant.state.js';
import { createRateCardState, type RateCardState } from './rate-card/rate-card.state.js';
import { createTopUpState, type TopUpState } from './topup/topup.state.js';
import { createTicketsState, type TicketsState } from './tickets/tickets.state.js';

/**
 * All mutable simulator data, one slice per domain, each built by its own
 * `create…State()` from the fixtures. One instance per running simulator, so
 * two simulators in one process (parallel tests) never share data.
 */
export class SimState {
  billing: BillingState = createBillingState();
  retail: RetailState = createRetailState();
  ethereum: EthereumState = createEthereumState();
  participants: ParticipantState = createParticipantState();
  topUps: TopUpState = createTopUpState();
  rateCards: RateCardState = createRateCardState();
  tickets: TicketsState = createTicketsState();
  walletAddresses: AddressBookState = createAddressBookState();
  cashout: CashoutState = createCashoutState();
  exchanges: ExchangeState = createExchangeState();
  moderation: ModerationState = createModerationState();
  config: SimConfig = defaultSimConfig();

  /** Back to the seed data and default switches. */
  reset(): void {
    this.dispose();
    this.billing = createBillingState();
    this.retail = createRetailState();
    this.ethereum = createEthereumState();
    this.participants = createParticipantState();
    this.topUps = createTopUpState();
    this.rateCards = createRateCardState();
    this.tickets = createTicketsState();
    this.walletAddresses = createAddressBookState();
    this.cashout = createCashoutState();
    this.exchanges = createExchangeState();
    this.moderation = createModerationState();
    this.config = defaultSimConfig();
  }

  /** Stops background work (ticket processing, webhook retries) of the current data. */
  dispose(): void {
    this.tickets.jobs.dispose();
  }
}
