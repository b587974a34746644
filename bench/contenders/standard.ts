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
import { toPlans, type PlanView } from './mapping.js';
import { createPaymentsClient, type UpstreamBillingPlan } from './upstream.js';

const typeDefs = /* GraphQL */ `
  scalar Decimal
  type Query {
    plans: [Plan!]
    participant: Participant!
  }
  type Plan {
    id: ID!
    name: String!
    cost: Decimal!
    currency: String!
    features: [PlanFeature!]!
  }
  type PlanFeature {
    label: String!
    included: Boolean!
    detail: String
  }
  type Participant {
    billingPlan: ParticipantBillingPlan
  }
  type ParticipantBillingPlan {
    planId: String!
    plan: Plan
    card: PaymentCard
  }
  type PaymentCard {
    last4: String
  }
`;

interface Context {
  plans: DataLoader<'catalogue', PlanView[]>;
  billingPlan: DataLoader<'current', UpstreamBillingPlan>;
}

const payments = createPaymentsClient(process.env['PAYMENTS_API_URL'] ?? 'http://127.0.0.1:4010');

const resolvers = {
  Query: {
    plans: (_: unknown, __: unknown, ctx: Context) => ctx.plans.load('catalogue'),
    participant: () => ({}),
  },
  Participant: {
    billingPlan: (_: unknown, __: unknown, ctx: Context) => ctx.billingPlan.load('current'),
  },
  ParticipantBillingPlan: {
    planId: (bp: UpstreamBillingPlan) => bp.plan,
    plan: async (bp: UpstreamBillingPlan, _: unknown, ctx: Context) =>
      (await ctx.plans.load('catalogue')).find((p) => p.id === bp.plan) ?? null,
  },
};

/** Loaders live for one request: each operation asks each endpoint at most once. */
function createContext(ticket: string): Context {
  return {
    plans: new DataLoader((keys) => Promise.all(keys.map(() => payments.getBillingPlans(ticket).then(toPlans)))),
    billingPlan: new DataLoader((keys) => Promise.all(keys.map(() => payments.getCurrentBillingPlan(ticket)))),
  };
}

const server = new ApolloServer<Context>({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env['PORT'] ?? 4200), host: '127.0.0.1' },
  context: async ({ req }) => createContext(String(req.headers[TICKET_HEADER] ?? '')),
});
console.log(`standard ready at ${url}`);
