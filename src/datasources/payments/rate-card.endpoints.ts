import { anything } from '../../lib/guard.js';
import type { Endpoint } from '../rest/endpoint.js';
import { isRateCardDto } from './rate-card.guards.js';

/**
 * The payments service's rate card operations (seed 003 "Rate cards"). Writes are for the
 * system participant only; the upstream answers 403 to anyone else.
 */
export const RateCardEndpoints = {
  getRateCard: {
    name: 'getRateCard',
    method: 'GET',
    path: '/payments-service/participants/rate_card',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isRateCardDto,
    userErrors: ['payments-id_required'],
  },
  setRateCard: {
    name: 'setRateCard',
    method: 'POST',
    // Note: the seed writes `rate_card:id`. It is `rate_card/:id`, the path its delete has, with
    // a slash lost: the seed writes path parameters as `/:name`, its parameter table makes `id`
    // required with the delete's meaning (`default` or a participant id), and a literal
    // `rate_card:default` would be a path no other endpoint of the service resembles.
    path: '/payments-service/participants/rate_card/:id',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isRateCardDto,
    userErrors: ['payments-bad_rate_card', 'payments-participant_not_found'],
  },
  deleteRateCard: {
    name: 'deleteRateCard',
    method: 'DELETE',
    path: '/payments-service/participants/rate_card/:id',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: anything,
    userErrors: ['payments-bad_id', 'payments-rate_card_not_found', 'payments-participant_not_found'],
  },
} as const satisfies Record<string, Endpoint<unknown>>;
