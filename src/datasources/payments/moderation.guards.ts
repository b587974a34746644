import { amount, anything, arrayOf, coins, either, intLike, obj, oneOf, opt, str, type Guard } from '../../lib/guard.js';
import { dateTimeText, hasUnknownTag } from '../../lib/guard-extra.js';
import type { ApprovalOptionsDto, ModeratedTransferDto, ModeratedTransferPageDto } from './moderation.dto.js';

/** GET/POST …/coinbase/options and …/poloniex/options. */
export const isApprovalOptionsDto: Guard<ApprovalOptionsDto> = obj({ manual_approve: oneOf('active', 'inactive') });

const PROVIDERS = ['coinbase', 'poloniex'] as const;

/** One moderated transfer: every field the graph reads. */
export const isModeratedTransferDto: Guard<ModeratedTransferDto> = obj({
  id: str,
  request_id: str,
  type: oneOf(...PROVIDERS),
  status: oneOf('pending', 'manual_rejected', 'manual_approved', 'auto_approved'),
  request_status: opt(str),
  ts: dateTimeText,
  user_id: str,
  user_email: opt(str),
  first_name: opt(str),
  last_name: opt(str),
  account_email: opt(str),
  account_number: opt(str),
  account_address: opt(str),
  aud_amount: opt(amount),
  aud_fee_amount: opt(amount),
  coins_amount: coins,
  coins_fee: coins,
  request_service_response: opt(anything),
});

/** A transfer to a provider this gateway does not know yet. */
const isOtherModeratedTransferDto = hasUnknownTag('type', new Set<string>(PROVIDERS));

/** POST /payments-service/transfer/get. */
export const isModeratedTransferPageDto: Guard<ModeratedTransferPageDto> = obj({
  count: intLike,
  data: arrayOf(either(isModeratedTransferDto, isOtherModeratedTransferDto)),
});
