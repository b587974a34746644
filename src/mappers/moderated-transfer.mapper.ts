import type { ModeratedTransferDto, ModeratedTransferPageDto } from '../datasources/payments/moderation.dto.js';
import { isModeratedTransferDto } from '../datasources/payments/moderation.guards.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { ModeratedTransfer, ModeratedTransferPage } from '../types/moderated-transfer.type.js';
import { ModerationStatus, TransferProvider } from '../types/moderation.enums.js';
import { TransferStatus } from '../types/transfer.enums.js';
import { toCoins } from './coins.js';
import { toDateTime, toFloat, toInt } from './values.js';

const PROVIDER = { coinbase: TransferProvider.COINBASE, poloniex: TransferProvider.POLONIEX } as const;
const STATUS = {
  pending: ModerationStatus.PENDING,
  manual_rejected: ModerationStatus.MANUAL_REJECTED,
  manual_approved: ModerationStatus.MANUAL_APPROVED,
  auto_approved: ModerationStatus.AUTO_APPROVED,
} as const;
const REQUEST_STATUS = new Map<string, TransferStatus>([
  ['pending', TransferStatus.PENDING],
  ['success', TransferStatus.SUCCESS],
  ['failure', TransferStatus.FAILURE],
]);

/**
 * A moderated transfer. The provider's answer (`request_service_response`) goes out as
 * the JSON the upstream sent; a transfer status this gateway does not know is null.
 */
export function toModeratedTransfer(dto: ModeratedTransferDto): ModeratedTransfer {
  const at = toDateTime(dto.ts);
  if (at === null) throw new UpstreamShapeError('payments', 'a moderated transfer without a time');
  return {
    id: dto.id,
    requestId: dto.request_id,
    provider: PROVIDER[dto.type],
    status: STATUS[dto.status],
    requestStatus: REQUEST_STATUS.get(dto.request_status ?? '') ?? null,
    at,
    user: {
      id: dto.user_id,
      email: dto.user_email ?? null,
      firstName: dto.first_name ?? null,
      lastName: dto.last_name ?? null,
      country: null,
      level: null,
      phone: null,
      photo: null,
    },
    accountEmail: dto.account_email ?? null,
    accountNumber: dto.account_number ?? null,
    accountAddress: dto.account_address ?? null,
    audAmount: toFloat(dto.aud_amount),
    audFeeAmount: toFloat(dto.aud_fee_amount),
    coins: toCoins(dto.coins_amount, 'coins_amount'),
    coinsFee: toCoins(dto.coins_fee, 'coins_fee'),
    serviceResponse: dto.request_service_response ?? null,
  };
}

/**
 * A page of moderated transfers: `count` is the total. Note: at most `limit` items are
 * shown even if the upstream sends more (its example answers `limit: 1` with seven), and
 * a transfer to a provider this gateway does not know yet is left out.
 */
export function toModeratedTransferPage(dto: ModeratedTransferPageDto, limit: number): ModeratedTransferPage {
  const totalCount = toInt(dto.count);
  if (totalCount === null || totalCount < 0) throw new UpstreamShapeError('payments', 'a moderation page without a count');
  return { totalCount, items: dto.data.filter(isModeratedTransferDto).slice(0, limit).map(toModeratedTransfer) };
}
