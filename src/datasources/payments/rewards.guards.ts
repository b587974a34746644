import { amount, currency, obj, type Guard } from '../../lib/guard.js';
import type { CoinConversionDto } from './rewards.dto.js';

/** GET /rewards/convert/coins: a currency and an exact amount. */
export const isCoinConversionDto: Guard<CoinConversionDto> = obj({ currency, value: amount });
