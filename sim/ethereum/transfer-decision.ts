import { createHash } from 'node:crypto';
import { SimHttpError, badRequest } from '../http/errors.js';
import { seedJson } from '../http/seed-json.js';
import { replaceTransfer, type EthereumState } from './wallet.state.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The code of the approve/reject links the simulator would email moderators for a transfer:
 * a UUID made from a hash of the transfer's id. Note: not the id's own UUID, so that a user
 * who sees their transfer's id cannot approve it; tests compute it with this function.
 */
export function approvalCodeOf(transferId: string): string {
  const hex = createHash('sha256').update(`sim approval link\0${transferId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The coins a rejected transfer gives back: its coins, and an ethereum transfer's coin fee (what addTransfer took). */
function refundOf(record: Record<string, unknown>): bigint {
  const units = (v: unknown): bigint => (typeof v === 'string' && /^\d+$/.test(v) ? BigInt(v) : 0n);
  const isEthereum = record.type === undefined || record.type === null || record.type === 'ethereum';
  return units(record.coins) + (isEthereum ? units(record.fee) : 0n);
}

/**
 * "Manual transfer approving": the pending transfer whose link code this is becomes
 * `success` (approved) or `failure` (rejected; its coins go back to the owner's profile).
 * Only transfers made since the seed data have links; an unknown code is a 404, a transfer
 * already decided a 409. Answers the decided record's id and status.
 */
export function decideTransfer(state: EthereumState, code: string, decision: 'success' | 'failure'): Buffer {
  const wanted = code.toLowerCase();
  if (!UUID.test(wanted)) throw badRequest('code must be a UUID', 'payments-bad_code');
  for (const wallet of state.wallets.values()) {
    for (const [index, json] of wallet.added.entries()) {
      const record = JSON.parse(json) as Record<string, unknown>;
      if (typeof record.id !== 'string' || approvalCodeOf(record.id) !== wanted) continue;
      if (record.status !== 'pending') throw new SimHttpError(409, 'payments-transfer_not_pending', `This transfer was already decided: ${String(record.status)}`);
      replaceTransfer(wallet, index, seedJson({ ...record, status: decision }), decision === 'failure' ? refundOf(record) : 0n);
      return Buffer.from(seedJson({ id: record.id, status: decision }), 'utf8');
    }
  }
  throw new SimHttpError(404, 'payments-transfer_not_found', 'No pending transfer has this code');
}
