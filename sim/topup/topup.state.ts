import { topUpHistoryResponse } from '../fixtures/topup-history.fixture.js';
import { topUpMinAmountResponse, topUpSettingsResponse } from '../fixtures/topup.fixture.js';
import { fromFixture, stored, type Stored } from '../http/stored.js';
import type { TopUpRecord, TopUpSettings } from './topup.dto.js';

/** The minimum top-up, the same for every participant: the seed's example (510 cents of aud). */
export const TOPUP_MINIMUM = fromFixture<{ amount: number; coins: string; currency: string }>(topUpMinAmountResponse);

/** TopUp state, keyed by session ticket: the settings (absent when none are set) and the history, newest first. */
export interface TopUpState {
  readonly settings: Map<string, Stored<TopUpSettings>>;
  readonly history: Map<string, Stored<TopUpRecord[]>>;
  /** Last number used in a `ch_sim_<n>` charge id. */
  chargeSeq: number;
}

/** As in the seed: demo-participant with the example settings and history; demo-system with neither. */
export function createTopUpState(): TopUpState {
  return {
    settings: new Map([['demo-participant', fromFixture<TopUpSettings>(topUpSettingsResponse)]]),
    history: new Map([
      ['demo-participant', fromFixture<TopUpRecord[]>(topUpHistoryResponse)],
      ['demo-system', stored<TopUpRecord[]>([])],
    ]),
    chargeSeq: 0,
  };
}
