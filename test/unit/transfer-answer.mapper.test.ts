import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cashoutTransferResponse } from '../../sim/fixtures/cashout.fixture.js';
import { coinbaseTransferResponse } from '../../sim/fixtures/coinbase.fixture.js';
import { ethereumTransferResponse } from '../../sim/fixtures/ethereum-transfer.fixture.js';
import { poloniexTransferResponse } from '../../sim/fixtures/poloniex.fixture.js';
import { transferHistoryResponse } from '../../sim/fixtures/transfer-history.fixture.js';
import type { TransferRecordDto } from '../../src/datasources/payments/transfers.dto.js';
import * as G from '../../src/datasources/payments/transfers.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import * as M from '../../src/mappers/transfer.mapper.js';

const history = (text: string): Array<Record<string, unknown>> => (parseLosslessJson(text) as { history: Array<Record<string, unknown>> }).history;
const record = (value: unknown): TransferRecordDto => {
  if (!G.isTransferRecordDto(value)) throw new Error('the guard refused a record');
  return value;
};

describe('the answers of the transfer endpoints (no `type`)', () => {
  it('maps POST …/user/ethereum/transfer', () => {
    const dto = parseLosslessJson(ethereumTransferResponse);
    if (!G.isEthereumTransferDto(dto)) throw new Error('guard refused');
    expect(M.toEthereumTransfer(dto)).toEqual({
      id: 'urn:authenticateit:transaction_request:9f5885f7-b013-440c-b86e-a247fc8d6ba2',
      kind: 'ETHEREUM',
      status: 'PENDING',
      at: '2018-03-08T09:16:49Z',
      coins: '9000000000000000000',
      hash: null,
      address: '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2',
      fee: '1000000000000000000',
      convertedAudValue: null,
    });
  });

  it('maps the cash-out, Coinbase and Poloniex answers with their `fee`', () => {
    const cashout = parseLosslessJson(cashoutTransferResponse);
    const coinbase = parseLosslessJson(coinbaseTransferResponse);
    const poloniex = parseLosslessJson(poloniexTransferResponse);
    if (!G.isCashoutTransferDto(cashout) || !G.isCoinbaseTransferDto(coinbase) || !G.isPoloniexTransferDto(poloniex)) throw new Error('guard refused');
    expect(M.toCashoutTransfer(cashout)).toMatchObject({
      kind: 'CASHOUT',
      status: 'PENDING',
      coins: '43609000000000000000000',
      currency: 'AUD',
      convertedValue: '3.3',
      convertedUsdValue: 2.5,
      convertedAudValue: null,
      fee: { coinsWithFee: '43609000000000000000000', transactionFeeCoins: '13601000000000000000000' },
      account: { id: 'ab97eff9-1ef5-4612-95ea-b557d9b106fe', accountNumber: '67774555' },
    });
    expect(M.toCoinbaseTransfer(coinbase)).toMatchObject({ kind: 'COINBASE', coins: '100000000000000000', fee: { payFeeWithCoins: true, gasCoins: '137000000000000000000' } });
    expect(M.toPoloniexTransfer(poloniex)).toMatchObject({ kind: 'POLONIEX', at: '2023-02-14T01:45:03Z', fee: { coins: '6476680000000000000', feeCoins: '0', value: '0.04' } });
  });
});

describe('guards and refusals', () => {
  const [poloniex, cashback, , cashout, , , ethereum] = history(transferHistoryResponse);

  it('refuses a known kind with a field the graph reads broken', () => {
    expect(G.isTransferRecordDto({ ...ethereum, address: '0x123' })).toBe(false);
    expect(G.isTransferRecordDto({ ...ethereum, status: 'done' })).toBe(false);
    expect(G.isTransferRecordDto({ ...ethereum, coins: '1.5' })).toBe(false);
    expect(G.isTransferRecordDto({ ...poloniex, fee_summary: { value: 1 } })).toBe(false);
    expect(G.isTransferRecordDto({ ...cashout, ts: 'yesterday' })).toBe(false);
    expect(G.isTransferHistoryDto({ history: [{ ...cashback, id: 42 }] })).toBe(false);
  });

  it('lets a record of a kind added upstream later through the history guard; the mapper leaves it out', () => {
    expect(G.isTransferHistoryDto({ history: [ethereum, { type: 'airdrop', id: 'a', coins: '1' }] })).toBe(true);
    expect(G.isTransferRecordDto({ type: 'airdrop', id: 'a' })).toBe(false);
  });

  it('refuses the 0000-01-01 placeholder as a transfer time (a history needs a real one)', () => {
    expect(() => M.toTransfer(record({ ...ethereum, ts: '0000-01-01T00:00:00Z' }))).toThrow(GraphQLError);
  });

  it('gives a record’s bank account without id as account: null, keeping the transfer', () => {
    const { id: _id, ...account } = cashout!.account as Record<string, unknown>;
    expect(M.toTransfer(record({ ...cashout, account }))).toMatchObject({ kind: 'CASHOUT', account: null, coins: '43611000000000000000000' });
  });
});
