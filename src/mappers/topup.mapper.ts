import type { SetTopUpDto, TopUpMinimumDto, TopUpSettingsDto } from '../datasources/payments/topup.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { TopUpInput } from '../types/topup.input.js';
import { TopUpFrequency, type TopUpMinimum, type TopUpSettings } from '../types/topup.type.js';
import { toCents, toCoins } from './money-values.js';
import { toCurrency } from './values.js';

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new UpstreamShapeError('payments', what);
  return value;
}

/** The least a top-up may be: `amount` is in cents of `currency`. */
export function toTopUpMinimum(dto: TopUpMinimumDto): TopUpMinimum {
  return {
    amountCents: required(toCents(dto.amount), 'a top-up minimum that is not whole cents'),
    coins: required(toCoins(dto.coins), 'a top-up minimum without whole coins'),
    currency: required(toCurrency(dto.currency), 'a top-up minimum without currency'),
  };
}

/** The participant's automatic top-up; `status` active or inactive becomes `active`. */
export function toTopUpSettings(dto: TopUpSettingsDto): TopUpSettings {
  return {
    amountCents: required(toCents(dto.amount), 'top-up settings whose amount is not whole cents'),
    minimalAmount: dto.minimal_amount,
    coinsThreshold: required(toCoins(dto.coins_threshold), 'top-up settings without a whole coins_threshold'),
    currency: required(toCurrency(dto.currency), 'top-up settings without currency'),
    frequency: dto.frequency as TopUpFrequency,
    active: dto.status === 'active',
  };
}

/**
 * The body of setTopUp, checked by the seed's rules that need nothing but the input:
 * `coinsThreshold` a whole, non-negative number of coin units; and unless `minimalAmount`
 * (then the amount is ignored and not sent, as in the seed's example) `amountCents` given
 * and not negative. The minimum is checked after, with {@link checkTopUpAmount}.
 */
export function toSetTopUpDto(input: TopUpInput): SetTopUpDto {
  if (input.coinsThreshold.startsWith('-')) throw new BadUserInputError('"coinsThreshold" must not be negative.');
  const minimal = input.minimalAmount === true;
  const body: SetTopUpDto = {
    minimal_amount: minimal,
    coins_threshold: input.coinsThreshold,
    frequency: input.frequency ?? TopUpFrequency.DAILY,
    status: input.active === false ? 'inactive' : 'active',
  };
  if (minimal) return body;
  const amount = input.amountCents;
  if (amount === null || amount === undefined) throw new BadUserInputError('"amountCents" is required unless "minimalAmount" is true.');
  if (amount < 0) throw new BadUserInputError('"amountCents" must be a whole number of cents, 0 or more.');
  return { amount, ...body };
}

/** Seed 003: "amount must be equal or more than min_amount or minimal_amount must be set". */
export function checkTopUpAmount(amountCents: number, minimum: TopUpMinimum): void {
  if (amountCents < minimum.amountCents) {
    throw new BadUserInputError(`"amountCents" must be at least the minimum top-up, ${minimum.amountCents} (${minimum.currency} cents), or set "minimalAmount".`);
  }
}

/** The cents of a manual top-up: "Non negative integer" (seed 003). */
export function toManualTopUpAmount(amountCents: number): number {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) throw new BadUserInputError('"amountCents" must be a whole number of cents, 0 or more.');
  return amountCents;
}
