import { randomUUID } from 'node:crypto';
import { isoSeconds } from '../billing/dates.js';
import { addTransfer, historyWith, walletOf, type Wallet } from '../ethereum/wallet.state.js';
import { parseEthereumTransferRequest, type EthereumTransferRequest } from '../ethereum/transfer.request.js';
import { ethereumTransferRequest, ethereumTransferResponse } from '../fixtures/ethereum-transfer.fixture.js';
import { badRequest } from '../http/errors.js';
import { retailTransactionsOf } from '../retail/retail-history.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';

const EXAMPLE = JSON.parse(ethereumTransferRequest) as { address: string; coins: string; fee: string };

function wallet(ctx: RouteContext): Wallet {
  return walletOf(ctx.state.ethereum, ctx.caller().ticket);
}

/** The seed's example answer for the seed's example request; a new pending transfer otherwise. */
function transferRecord(request: EthereumTransferRequest, now: Date): string {
  const isExample = request.address === EXAMPLE.address && String(request.coins) === EXAMPLE.coins && String(request.fee) === EXAMPLE.fee;
  if (isExample) return ethereumTransferResponse;
  return JSON.stringify({
    address: request.address,
    coins: String(request.coins),
    fee: String(request.fee),
    hash: null,
    id: `urn:authenticateit:transaction_request:${randomUUID()}`,
    status: 'pending',
    ts: isoSeconds(now),
  });
}

/** Seed 003 "User's coins transfers": the balance, the history and ethereum transfers, per user. */
export const ethereumRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/payments-service/user/ethereum/balance',
    access: 'user',
    handle: (ctx) => reply(wallet(ctx).balanceBody),
  },
  {
    method: 'GET',
    path: '/payments-service/user/ethereum/transfer/history',
    access: 'user',
    // The retail-connect payments a user made show in their history too (seed: transaction type retail_connect).
    handle: (ctx) => reply(historyWith(wallet(ctx), retailTransactionsOf(ctx.state, ctx.caller().ticket).map((r) => JSON.stringify(r)))),
  },
  {
    method: 'POST',
    path: '/payments-service/user/ethereum/transfer',
    access: 'user',
    handle: (ctx) => {
      const w = wallet(ctx);
      const request = parseEthereumTransferRequest(ctx.json(), { min: w.balance.feeMin, max: w.balance.feeMax });
      const spent = request.coins + request.fee;
      if (spent > w.balance.account) throw badRequest('Not enough coins for this transfer and its fee', 'payments-insufficient_funds');
      const record = transferRecord(request, new Date());
      addTransfer(w, record, spent);
      return reply(Buffer.from(record, 'utf8'));
    },
  },
];
