/**
 * The standard contender: what a competent team writes in an afternoon.
 * Apollo Server 5 with its defaults (startStandaloneServer), an SDL schema with
 * just what the workloads need, a per-request DataLoader over got calls to the
 * upstream (forwarding the session ticket), no shared cache.
 * Never shipped; `tsx bench/contenders/standard.ts` with PORT and PAYMENTS_API_URL.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import DataLoader from 'dataloader';
import { TICKET_HEADER } from '../workloads.js';
import { resolvers, typeDefs, type GraphContext, type Reads } from './graph-schema.js';
import { toPlans } from './mapping.js';
import { createPaymentsClient } from './upstream.js';

const payments = createPaymentsClient(process.env['PAYMENTS_API_URL'] ?? 'http://127.0.0.1:4010');

/** A loader that asks the upstream once per distinct key within one request. */
function loader<K, V>(fetch: (key: K) => Promise<V>): DataLoader<K, V> {
  return new DataLoader((keys: readonly K[]) => Promise.all(keys.map(fetch)));
}

/** Loaders live for one request: each operation asks each endpoint at most once per key. */
function createReads(ticket: string): Reads {
  const once = <V>(fetch: () => Promise<V>): (() => Promise<V>) => {
    const l = loader<'one', V>(fetch);
    return () => l.load('one');
  };
  const prices = loader((currency: string) => payments.getCoinPrice(ticket, currency));
  const pages = loader((limit: number) => payments.getModeratedTransfers(ticket, limit));
  const reviews = loader((id: string) => payments.getTransferReview(ticket, id));
  return {
    catalogue: once(() => payments.getBillingPlans(ticket).then(toPlans)),
    balance: once(() => payments.getBalance(ticket)),
    addresses: once(() => payments.getWalletAddresses(ticket)),
    accounts: once(() => payments.getWithdrawalAccounts(ticket)),
    history: once(() => payments.getTransferHistory(ticket)),
    coinPrice: (currency) => prices.load(currency),
    moderated: (limit) => pages.load(limit),
    review: (id) => reviews.load(id),
    // Note: mutations are never memoised.
    transfer: (input) => payments.transferToEthereum(ticket, input),
  };
}

const server = new ApolloServer<GraphContext>({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env['PORT'] ?? 4200), host: '127.0.0.1' },
  context: async ({ req }) => ({ reads: createReads(String(req.headers[TICKET_HEADER] ?? '')) }),
});
console.log(`standard ready at ${url}`);
