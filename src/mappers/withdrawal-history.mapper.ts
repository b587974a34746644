import type { WithdrawalHistoryDto } from '../datasources/payments/withdrawals.dto.js';
import type { Page } from './paging.js';
import { toTransfers } from './transfer-history.mapper.js';
import type { AnyTransfer } from './transfer.mapper.js';
import { encodeChunkCursor, type ChunkPosition } from './withdrawal-cursor.js';

/**
 * One page of the withdrawal history from one upstream chunk: at most `size` of the
 * chunk's transfers after the `skip` already shown. Note: the upstream decides how big a
 * chunk is; a page never spans two chunks (one upstream call per page), so it may hold
 * fewer than `first` transfers while `hasNextPage` is true. Each cursor names the chunk
 * and how far into it the page got; the last transfer of a chunk points at the next
 * chunk. The total is unknown (null).
 */
export function toWithdrawalHistoryPage(dto: WithdrawalHistoryDto, at: ChunkPosition, size: number): Page<AnyTransfer> {
  const transfers = toTransfers(dto.history);
  const shown = transfers.slice(at.skip, at.skip + size);
  const after = (index: number): ChunkPosition => {
    if (index < transfers.length) return { chunkId: at.chunkId, skip: index };
    return dto.next === null ? { chunkId: at.chunkId, skip: transfers.length } : { chunkId: dto.next, skip: 0 };
  };
  const edges = shown.map((node, i) => ({ node, cursor: encodeChunkCursor(after(at.skip + i + 1)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: at.skip + shown.length < transfers.length || dto.next !== null,
      hasPreviousPage: at.chunkId !== null || at.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: null,
  };
}
