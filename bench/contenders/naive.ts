/**
 * The naive contender: what a first BFF usually is. Apollo Server 5 with its
 * defaults and the same schema and resolvers as `standard`, but every field
 * that needs upstream data calls got itself: no DataLoader, no shared cache,
 * so a field selected twice (an alias) or once per list item costs a call each.
 * Never shipped; `tsx bench/contenders/naive.ts` with PORT and PAYMENTS_API_URL.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { TICKET_HEADER } from '../workloads.js';
import { resolvers, typeDefs, type GraphContext, type Reads } from './graph-schema.js';
import { toPlans } from './mapping.js';
import { createPaymentsClient } from './upstream.js';

const payments = createPaymentsClient(process.env['PAYMENTS_API_URL'] ?? 'http://127.0.0.1:4010');

function createReads(ticket: string): Reads {
  return {
    catalogue: () => payments.getBillingPlans(ticket).then(toPlans),
    balance: () => payments.getBalance(ticket),
    addresses: () => payments.getWalletAddresses(ticket),
    accounts: () => payments.getWithdrawalAccounts(ticket),
    history: () => payments.getTransferHistory(ticket),
    coinPrice: (currency) => payments.getCoinPrice(ticket, currency),
    moderated: (limit) => payments.getModeratedTransfers(ticket, limit),
    review: (id) => payments.getTransferReview(ticket, id),
    transfer: (input) => payments.transferToEthereum(ticket, input),
  };
}

const server = new ApolloServer<GraphContext>({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env['PORT'] ?? 4300), host: '127.0.0.1' },
  context: async ({ req }) => ({ reads: createReads(String(req.headers[TICKET_HEADER] ?? '')) }),
});
console.log(`naive ready at ${url}`);
