import { describe, expect, it } from 'vitest';
import { BillingEndpoints } from '../../src/datasources/payments/billing.endpoints.js';
import { CashoutEndpoints } from '../../src/datasources/payments/cashout.endpoints.js';
import { CoinbaseEndpoints } from '../../src/datasources/payments/coinbase.endpoints.js';
import { EthereumEndpoints } from '../../src/datasources/payments/ethereum.endpoints.js';
import { ModerationEndpoints } from '../../src/datasources/payments/moderation.endpoints.js';
import { ParticipantEndpoints } from '../../src/datasources/payments/participant.endpoints.js';
import { PoloniexEndpoints } from '../../src/datasources/payments/poloniex.endpoints.js';
import { RateCardEndpoints } from '../../src/datasources/payments/rate-card.endpoints.js';
import { RetailEndpoints } from '../../src/datasources/payments/retail.endpoints.js';
import { RewardsEndpoints } from '../../src/datasources/payments/rewards.endpoints.js';
import { TopUpEndpoints } from '../../src/datasources/payments/topup.endpoints.js';
import { WithdrawalEndpoints } from '../../src/datasources/payments/withdrawal.endpoints.js';
import { TicketEndpoints } from '../../src/datasources/tickets/tickets.endpoints.js';
import { loadConfig } from '../../src/config.js';

const tables = [
  BillingEndpoints,
  CashoutEndpoints,
  CoinbaseEndpoints,
  EthereumEndpoints,
  ModerationEndpoints,
  ParticipantEndpoints,
  PoloniexEndpoints,
  RateCardEndpoints,
  RetailEndpoints,
  RewardsEndpoints,
  TopUpEndpoints,
  WithdrawalEndpoints,
  TicketEndpoints,
];
const rows = tables.flatMap((table) => Object.values(table) as { name: string; method: string; timeoutMs: number; retries: number; kind: string }[]);
/** Uploads of up to 50 MB need time for the body; UPSTREAM_TIMEOUT_MS and the operation budget still bound them. */
const UPLOADS = new Set(['createSupportTicket', 'attachTicketDocument']);

describe('every upstream endpoint', () => {
  it('has a timeout of at most 10 s (uploads aside), inside the 30 s operation budget', () => {
    expect(rows.length).toBeGreaterThan(60);
    const slow = rows.filter((row) => !UPLOADS.has(row.name) && !(row.timeoutMs > 0 && row.timeoutMs <= 10_000));
    expect(slow.map((row) => `${row.name}: ${row.timeoutMs}`)).toEqual([]);
    const config = loadConfig({});
    expect(config.operationBudgetMs).toBeLessThanOrEqual(30_000);
    expect(config.upstreamTimeoutCapMs).toBeLessThanOrEqual(config.operationBudgetMs);
  });

  it('retries only reads, and those at most twice', () => {
    const risky = rows.filter((row) => row.retries > (row.kind === 'read' ? 2 : 0));
    expect(risky.map((row) => `${row.name} (${row.kind}): ${row.retries}`)).toEqual([]);
  });
});
