import { balanceResponse } from '../fixtures/ethereum-balance.fixture.js';
import { transferHistoryResponse } from '../fixtures/transfer-history.fixture.js';

/** A user's balance in coin base units. */
export interface Balance {
  readonly account: bigint;
  readonly addresses: bigint;
  readonly total: bigint;
  readonly feeMin: bigint;
  readonly feeMax: bigint;
}

/** One user's coins: the balance and the bytes served for it and for the history. */
export interface Wallet {
  balance: Balance;
  balanceBody: Buffer;
  /** Records added since the seed data, newest first, as JSON text. */
  added: string[];
  historyBody: Buffer;
}

/** Every demo user's wallet, by session ticket, made from the seed on first use. */
export interface EthereumState {
  readonly wallets: Map<string, Wallet>;
}

const SEED_BALANCE_BODY = Buffer.from(balanceResponse, 'utf8');
const SEED_HISTORY_BODY = Buffer.from(transferHistoryResponse, 'utf8');
// The seed's records as they are, so that added records go in front of them without
// re-serialising (and so changing) a single digit of the seed's own.
const SEED_RECORDS = transferHistoryResponse.slice(transferHistoryResponse.indexOf('[') + 1, transferHistoryResponse.lastIndexOf(']'));
const SEED_BALANCE = ((): Balance => {
  const raw = JSON.parse(balanceResponse) as { account_coins: string; balance_coins: string; total_coins: string; coins_fee: { min: string; max: string } };
  return {
    account: BigInt(raw.account_coins),
    addresses: BigInt(raw.balance_coins),
    total: BigInt(raw.total_coins),
    feeMin: BigInt(raw.coins_fee.min),
    feeMax: BigInt(raw.coins_fee.max),
  };
})();

/** Fresh state: every user has the seed's balance and history. */
export function createEthereumState(): EthereumState {
  return { wallets: new Map() };
}

/** The caller's wallet, made from the seed data on first use. */
export function walletOf(state: EthereumState, ticket: string): Wallet {
  let wallet = state.wallets.get(ticket);
  if (!wallet) {
    wallet = { balance: SEED_BALANCE, balanceBody: SEED_BALANCE_BODY, added: [], historyBody: SEED_HISTORY_BODY };
    state.wallets.set(ticket, wallet);
  }
  return wallet;
}

/** Records a new transfer: in front of the history, and its coins and fee off the profile's coins. */
export function addTransfer(wallet: Wallet, recordJson: string, spent: bigint): void {
  debit(wallet, spent);
  wallet.added.unshift(recordJson);
  wallet.historyBody = historyText(wallet.added);
}

/** Replaces a record added since the seed (a moderator's decision on it), giving `refund` coins back. */
export function replaceTransfer(wallet: Wallet, index: number, recordJson: string, refund: bigint): void {
  debit(wallet, -refund);
  wallet.added[index] = recordJson;
  wallet.historyBody = historyText(wallet.added);
}

function debit(wallet: Wallet, spent: bigint): void {
  const b = wallet.balance;
  wallet.balance = { ...b, account: b.account - spent, total: b.total - spent };
  wallet.balanceBody = Buffer.from(
    JSON.stringify({
      account_coins: String(wallet.balance.account),
      balance_coins: String(b.addresses),
      coins_fee: { max: String(b.feeMax), min: String(b.feeMin) },
      total_coins: String(wallet.balance.total),
    }),
  );
}

/**
 * The history with records other domains made (retail-connect payments) merged in, newest
 * first by `ts`; each record is JSON text, and the seed's own records follow untouched.
 */
export function historyWith(wallet: Wallet, others: readonly string[]): Buffer {
  if (others.length === 0) return wallet.historyBody;
  const tsOf = (json: string): string => String((JSON.parse(json) as { ts?: unknown }).ts ?? '');
  const merged = [...wallet.added, ...others].map((json) => ({ json, ts: tsOf(json) }));
  merged.sort((a, b) => (a.ts < b.ts ? 1 : a.ts > b.ts ? -1 : 0));
  return historyText(merged.map((r) => r.json));
}

function historyText(records: readonly string[]): Buffer {
  return Buffer.from(`{\n"history": [\n${records.join(',\n')},${SEED_RECORDS}]\n}`, 'utf8');
}
