import { depositSettingsResponse, ethereumAccountResponse } from '../fixtures/participant-ethereum.fixture.js';
import { fromFixture, stored, type Stored } from '../http/stored.js';
import type { EthereumAccount } from './ethereum-account.js';

/** Participant account state beside billing, keyed by session ticket. */
export interface ParticipantState {
  /** Each participant's Ethereum account (Read/Update Ethereum Account). */
  readonly ethereum: Map<string, Stored<EthereumAccount>>;
  /** Each participant's deposit settings, as served (read only). */
  readonly deposits: ReadonlyMap<string, Buffer>;
}

/**
 * demo-system's deposit: no `coins` key (the seed: "Optional, 0 by default") and no fee.
 * Note: made up, as the seed has one example only; the address is an EIP-55 test vector.
 */
const SYSTEM_DEPOSIT = stored({ address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', unlimited_coins: true }).body;

/** As in the seed: demo-participant with the examples' address and deposit, demo-system with no address. */
export function createParticipantState(): ParticipantState {
  return {
    ethereum: new Map([
      ['demo-participant', fromFixture<EthereumAccount>(ethereumAccountResponse)],
      ['demo-system', stored<EthereumAccount>({ address: null })],
    ]),
    deposits: new Map([
      ['demo-participant', Buffer.from(depositSettingsResponse, 'utf8')],
      ['demo-system', SYSTEM_DEPOSIT],
    ]),
  };
}
