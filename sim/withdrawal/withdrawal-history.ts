import { transferHistoryResponse } from '../fixtures/transfer-history.fixture.js';
import { withdrawalHistoryResponse } from '../fixtures/withdrawal.fixture.js';
import { badRequest } from '../http/errors.js';
import { seedJson } from '../http/seed-json.js';

/** The id of the seed's example chunk (its example request names it). */
export const SEED_CHUNK_ID = 'urn:authenticateit:transactions_history_chunk:2222222-4785-4bf9-b55d-30d4f1d86c7b';
/** The example chunk's `next`: the simulator's last chunk. */
export const OLDER_CHUNK_ID = 'urn:authenticateit:transactions_history_chunk:b5bdd04d-4785-4bf9-b55d-30d4f1d86c7b';

const SEED_CHUNK = Buffer.from(withdrawalHistoryResponse, 'utf8');
// The last chunk: the cash-outs of the seed's transfer history, older than the example chunk.
const OLDER_CHUNK = Buffer.from(
  seedJson({
    history: (JSON.parse(transferHistoryResponse) as { history: Array<{ type?: string }> }).history.filter((r) => r.type === 'cashout'),
    next: null,
  }),
  'utf8',
);
const BAD_CHUNK = 'payments-bad_chunk_id';

/** The `chunk_id` of a Read withdrawal history body; null (or an empty body) asks for the first chunk. */
export function chunkIdOf(raw: Buffer): string | null {
  if (raw.length === 0) return null;
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw badRequest('Malformed JSON body');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Body must be a JSON object');
  const id = (body as { chunk_id?: unknown }).chunk_id;
  if (id === undefined || id === null) return null;
  if (typeof id !== 'string') throw badRequest('chunk_id must be text', BAD_CHUNK);
  return id;
}

/**
 * One chunk of a user's withdrawal history. Chunks are the upstream's to size: the
 * transfers the user made here form the first one (newest first, pointing at the seed's
 * chunk); the seed's example chunk is served as its own bytes, pointing at an older last
 * chunk. Without transfers of their own, the first chunk is the seed's.
 */
export function historyChunk(added: readonly string[], chunkId: string | null): Buffer {
  if (chunkId === null && added.length > 0) {
    return Buffer.from(`{\n"history": [\n${added.join(',\n')}\n],\n"next": ${JSON.stringify(SEED_CHUNK_ID)}\n}`, 'utf8');
  }
  if (chunkId === null || chunkId === SEED_CHUNK_ID) return SEED_CHUNK;
  if (chunkId === OLDER_CHUNK_ID) return OLDER_CHUNK;
  throw badRequest('Unknown history chunk', BAD_CHUNK);
}
