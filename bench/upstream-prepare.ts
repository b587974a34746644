import { request } from './http.js';
import { MIN_FEE, SCALE_TICKET, SCALE_TRANSFERS, TICKET_HEADER, WALLET_ADDRESS } from './workloads.js';

/**
 * Puts the simulator in the state every workload expects: the seed data
 * (reset), then SCALE_TRANSFERS ethereum transfers of 1, 2, … coin units made
 * by SCALE_TICKET, so that W6 has a history longer than its largest N (the
 * seed's has 9 records). One after the other: the history lists them newest
 * first in the order they were made, which is what W6 expects.
 */
export async function prepareUpstream(upstreamUrl: string): Promise<void> {
  await request(`${upstreamUrl}/__sim/reset`, { method: 'POST' });
  for (let coins = 1; coins <= SCALE_TRANSFERS; coins++) {
    const answer = await request(`${upstreamUrl}/payments-service/user/ethereum/transfer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TICKET_HEADER]: SCALE_TICKET },
      body: JSON.stringify({ address: WALLET_ADDRESS, coins: String(coins), fee: MIN_FEE }),
    });
    if (answer.status !== 200) throw new Error(`preparing W6: transfer ${coins} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  }
}
