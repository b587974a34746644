import { createHash } from 'node:crypto';

/** Headers, operations and fixed values the fast lane's tests send (test/integration/fast-lane*.test.ts). */
export const USER = { authenticateit_identity_ticket: 'demo-user' };
export const SYSTEM = { authenticateit_identity_ticket: 'demo-system' };
export const ACCOUNTS = 'GET /payments-service/withdrawal/account';
export const TRANSFER = 'POST /payments-service/user/ethereum/transfer';
const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
export const MIN_FEE = '1000000000000000000';

export const HOME = `query Home($first: Int!) {
  me {
    balance { totalCoins }
    walletAddresses { address }
    withdrawalAccounts { allowedTransferTypes accounts { id kind } }
    transfers(first: $first) { edges { node { id kind status } } }
  }
  plans { id cost }
  coinPrice(currency: "AUD") { currency perCoin }
}`;
export const FILTERED = `query Filtered($filter: String) { me { transfers(first: 20, filter: $filter) { edges { node { id kind status } } } } }`;
export const PAGE = `query Page($n: Int) { me { transfers(first: $n) { edges { node { id } } } } }`;
// The balance: an upstream call that an operation refused for its cost must never make.
export const PAGE_BY_DEFAULT = `query Page($n: Int = 100000) { me { balance { totalCoins } transfers(first: $n) { edges { node { id } } } } }`;
export const REVIEWS = `{ moderation { transfers(first: 10) { items { id review { limits { level } } audit: review { user { email } } } } } }`;
// Its own text, so that an APQ hash first reaches the fast lane through the registration below.
export const PLANS_BY_HASH = '{ plans { id name } }';
export const apq = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
export const HASH_OF_PLANS = createHash('sha256').update(PLANS_BY_HASH).digest('hex');
export const TWO_OPERATIONS = `query A { plans { id } } query B { coinPrice(currency: "AUD") { perCoin } }`;
export const SEND = `mutation Send($coins: Coins!, $fee: Coins!, $key: String) {
  transferToEthereum(input: { address: "${ADDRESS}", coins: $coins, fee: $fee, idempotencyKey: $key }) { address coins fee status kind }
}`;
