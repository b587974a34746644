/**
 * The lower bound's answers, one per workload, recognised by exact query text:
 * the same upstream calls as the gateway, all in parallel, and the same JSON.
 */
import { MIN_FEE, WALLET_ADDRESS, WORKLOADS, type Workload } from '../workloads.js';
import type { CatalogueCache } from './catalogue-cache.js';
import type { PaymentsClient } from './upstream.js';
import { matchesFilter, toEthereumTransfer, toScaleNode, toTransferNode, toWithdrawalAccounts } from './user-mapping.js';

/** Answers one operation for a caller; variables are ignored (W5's key: the floor makes no idempotency check). */
export type Handler = (ticket: string) => Promise<unknown>;

/** Coin prices kept in process memory as the gateway's shared cache keeps them (at most the upstream's 120 s). */
function createPriceCache(payments: PaymentsClient): (ticket: string) => Promise<{ currency: string; perCoin: number }> {
  let entry: { value: Promise<{ currency: string; perCoin: number }>; expires: number } | undefined;
  return (ticket) => {
    if (entry && entry.expires > Date.now()) return entry.value;
    const value = payments.getCoinPrice(ticket, 'AUD').then((p) => ({ currency: p.currency.toUpperCase(), perCoin: p.value }));
    entry = { value, expires: Date.now() + 120_000 };
    value.catch(() => (entry = undefined));
    return value;
  };
}

function handlerFor(workload: Workload, payments: PaymentsClient, catalogue: CatalogueCache, price: ReturnType<typeof createPriceCache>): Handler {
  switch (workload.name) {
    case 'W1':
      return async (ticket) => ({ plans: await catalogue.get(ticket) });
    case 'W2':
      return async (ticket) => {
        const [balance, addresses, accounts, history, plans, coinPrice] = await Promise.all([
          payments.getBalance(ticket),
          payments.getWalletAddresses(ticket),
          payments.getWithdrawalAccounts(ticket),
          payments.getTransferHistory(ticket),
          catalogue.get(ticket),
          price(ticket),
        ]);
        return {
          me: {
            balance: { totalCoins: balance.total_coins },
            walletAddresses: addresses.list.map((a) => ({ address: a.address })),
            withdrawalAccounts: toWithdrawalAccounts(accounts),
            transfers: { edges: history.history.slice(0, 5).map((r) => ({ node: toTransferNode(r) })) },
          },
          plans: plans.map((p) => ({ id: p.id, cost: p.cost })),
          coinPrice,
        };
      };
    case 'W3':
      return async (ticket) => {
        const page = await payments.getModeratedTransfers(ticket, 10);
        const items = page.data.slice(0, 10);
        const reviews = await Promise.all(items.map((item) => payments.getTransferReview(ticket, item.id)));
        return {
          moderation: {
            transfers: {
              items: items.map((item, i) => ({
                id: item.id,
                review: { limits: { level: reviews[i]?.limits.level } },
                audit: { user: { email: reviews[i]?.user.email } },
              })),
            },
          },
        };
      };
    case 'W4':
      return async (ticket) => {
        const { history } = await payments.getTransferHistory(ticket);
        const matches = history.filter((r) => matchesFilter('kind:cashout OR status:pending', r)).slice(0, 20);
        return { me: { transfers: { edges: matches.map((r) => ({ node: toTransferNode(r) })) } } };
      };
    case 'W5':
      return async (ticket) => {
        const record = await payments.transferToEthereum(ticket, { address: WALLET_ADDRESS, coins: '1', fee: MIN_FEE });
        return { transferToEthereum: toEthereumTransfer(record) };
      };
    default: {
      const n = workload.items ?? 0;
      return async (ticket) => {
        const { history } = await payments.getTransferHistory(ticket);
        return { me: { transfers: { edges: history.slice(0, n).map((r) => ({ node: toScaleNode(r) })) } } };
      };
    }
  }
}

/** Every workload's handler by its query text (a workload that repeats an earlier one's text, W2-single, is that one). */
export function createHandlers(payments: PaymentsClient, catalogue: CatalogueCache): Map<string, Handler> {
  const price = createPriceCache(payments);
  const handlers = new Map<string, Handler>();
  for (const w of WORKLOADS) if (!handlers.has(w.query)) handlers.set(w.query, handlerFor(w, payments, catalogue, price));
  return handlers;
}
