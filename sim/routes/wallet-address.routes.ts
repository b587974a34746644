import { addAddress, addressesOf, removeAddresses } from '../ethereum/address-book.js';
import { decideTransfer } from '../ethereum/transfer-decision.js';
import { depositAddressResponse } from '../fixtures/wallet-address.fixture.js';
import { reply, type SimRoute } from '../routing/route.js';

const depositBody = Buffer.from(depositAddressResponse, 'utf8');

/**
 * Seed 003 "User's coins transfers" (the user's addresses, the approve/reject links) and
 * "User's deposit address". Note: the links list no ticket in the seed; every payments
 * call carries one, so any known session may use a link: the code is what authorises it.
 */
export const walletAddressRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/user/ethereum/addresses',
    access: 'user',
    handle: (ctx) => reply(addressesOf(ctx.state.walletAddresses, ctx.caller().ticket).body),
  },
  {
    method: 'POST',
    path: '/user/ethereum/addresses',
    access: 'user',
    handle: (ctx) => reply(addAddress(ctx.state.walletAddresses, ctx.caller().ticket, ctx.json(), new Date()).body),
  },
  {
    method: 'PUT',
    path: '/user/ethereum/addresses/remove',
    access: 'user',
    handle: (ctx) => reply(removeAddresses(ctx.state.walletAddresses, ctx.caller().ticket, ctx.json()).body),
  },
  { method: 'GET', path: '/user/ethereum/deposit', access: 'user', handle: () => reply(depositBody) },
  {
    method: 'GET',
    path: '/user/ethereum/transfer/:code/approve',
    access: 'user',
    handle: (ctx) => reply(decideTransfer(ctx.state.ethereum, ctx.params.code ?? '', 'success')),
  },
  {
    method: 'GET',
    path: '/user/ethereum/transfer/:code/reject',
    access: 'user',
    handle: (ctx) => reply(decideTransfer(ctx.state.ethereum, ctx.params.code ?? '', 'failure')),
  },
];
