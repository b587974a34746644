import type { UpstreamTransfer, UpstreamWithdrawalAccounts } from './upstream.js';

/** A history record's kind: its upstream `type` in upper case; no type is an ethereum transfer (older records). */
export function toKind(type: string | null | undefined): string {
  return (type ?? 'ethereum').toUpperCase();
}

/** `node { id kind status }` of a history record. */
export function toTransferNode(record: UpstreamTransfer): { id: string; kind: string; status: string } {
  return { id: record.id, kind: toKind(record.type), status: record.status.toUpperCase() };
}

/** `node { kind status coins }` of a history record. */
export function toScaleNode(record: UpstreamTransfer): { kind: string; status: string; coins: string | null } {
  return { kind: toKind(record.type), status: record.status.toUpperCase(), coins: record.coins ?? null };
}

/** `withdrawalAccounts { allowedTransferTypes accounts { id kind } }`: `coinbase_account` is COINBASE, and so on. */
export function toWithdrawalAccounts(dto: UpstreamWithdrawalAccounts): {
  allowedTransferTypes: string[];
  accounts: Array<{ id: string; kind: string }>;
} {
  return {
    allowedTransferTypes: dto.allowed_transfer_types ?? [],
    accounts: dto.accounts.map((a) => ({ id: a.id, kind: a.type.replace(/_account$/, '').toUpperCase() })),
  };
}

/**
 * The transfer filter the workloads use, `field:value OR field:value`, over
 * kind and status, case-insensitive: what a first BFF would write for the one
 * filter its screen sends (the gateway's full search syntax is not needed here).
 */
export function matchesFilter(filter: string, record: UpstreamTransfer): boolean {
  const node = toTransferNode(record);
  return filter.split(/\s+OR\s+/).some((term) => {
    const [field, value] = term.split(':');
    const actual = field === 'kind' ? node.kind : field === 'status' ? node.status : undefined;
    return actual !== undefined && actual === value?.toUpperCase();
  });
}

/** `transferToEthereum { address coins fee status kind }` of the upstream's answer. */
export function toEthereumTransfer(record: UpstreamTransfer): Record<string, unknown> {
  return { address: record.address, coins: record.coins, fee: record.fee, status: record.status.toUpperCase(), kind: 'ETHEREUM' };
}
