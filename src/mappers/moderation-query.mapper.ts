import type { ApprovalOptionsDto, ModerationQueryDto, ModerationStatusDto, TransferProviderDto } from '../datasources/payments/moderation.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { isEmailAddress } from '../lib/email-address.js';
import type { ModerationFilter } from '../types/moderation-filter.input.js';
import { ApprovalMode, TransferProvider } from '../types/moderation.enums.js';
import { PAGE_SIZE } from './paging.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/** The upstream's name of a provider (`type`, and the first segment of its options path). */
export function toProviderDto(provider: TransferProvider): TransferProviderDto {
  return provider === TransferProvider.COINBASE ? 'coinbase' : 'poloniex';
}

/** The graph's approval mode of a provider's options. */
export function toApprovalMode(dto: ApprovalOptionsDto): ApprovalMode {
  return dto.manual_approve === 'active' ? ApprovalMode.MANUAL : ApprovalMode.AUTOMATIC;
}

/** The options body that sets an approval mode. */
export function toApprovalOptions(mode: ApprovalMode): ApprovalOptionsDto {
  return { manual_approve: mode === ApprovalMode.MANUAL ? 'active' : 'inactive' };
}

/** Paging of Moderation.transfers, as the upstream's `limit` and `offset`. */
export interface ModerationPaging {
  newestFirst: boolean | null | undefined;
  first: number | null | undefined;
  offset: number | null | undefined;
}

/** `limit`: the seed makes it a positive integer, so 1 to 100 (seed 002's cap); a larger one is refused, not cut. */
function toLimit(first: number | null | undefined): number {
  const limit = first ?? PAGE_SIZE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE_SIZE.max) {
    throw new BadUserInputError(`"first" must be a whole number from 1 to ${PAGE_SIZE.max}; got ${limit}.`);
  }
  return limit;
}

function toOffset(offset: number | null | undefined): number {
  const value = offset ?? 0;
  if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(`"offset" must be a whole number of 0 or more; got ${value}.`);
  return value;
}

/** A list filter as the upstream's values, each once; an empty list filters nothing and is left out. */
function listOf<T extends string>(values: readonly string[] | null | undefined): T[] | undefined {
  return values && values.length > 0 ? [...new Set(values.map((v) => v.toLowerCase() as T))] : undefined;
}

/**
 * The body of POST /payments-service/transfer/get, checked before anything is sent:
 * ids and emails where they enter, `from` not after `to`, newest first unless asked
 * otherwise, always ordered by time.
 */
export function toModerationQuery(filter: ModerationFilter | null | undefined, paging: ModerationPaging): ModerationQueryDto {
  const f = filter ?? {};
  if (f.accountEmail !== null && f.accountEmail !== undefined && !isEmailAddress(f.accountEmail)) {
    throw new BadUserInputError('"filter.accountEmail" is not an email address.');
  }
  if (f.from && f.to && Date.parse(f.from) > Date.parse(f.to)) throw new BadUserInputError('"filter.from" must not be after "filter.to".');
  const status = listOf<ModerationStatusDto>(f.statuses);
  const type = listOf<TransferProviderDto>(f.providers);
  return {
    ...(f.userId !== null && f.userId !== undefined && { user_id: toUpstreamId(f.userId, 'filter.userId') }),
    ...(f.accountEmail !== null && f.accountEmail !== undefined && { account_email: f.accountEmail }),
    ...(f.from && { ts_from: f.from }),
    ...(f.to && { ts_to: f.to }),
    ...(status && { status }),
    ...(type && { type }),
    order_type: paging.newestFirst === false ? 'asc' : 'desc',
    order_by: 'ts',
    limit: toLimit(paging.first),
    offset: toOffset(paging.offset),
  };
}
