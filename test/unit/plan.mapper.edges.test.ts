import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { PlanCatalogueDto, PlanDto } from '../../src/datasources/payments/billing.dto.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toPlan, toPlans } from '../../src/mappers/plan.mapper.js';
import { expectGraphQLCode } from '../helpers/thrown.js';

const expectUpstreamUnavailable = (fn: () => unknown): GraphQLError => expectGraphQLCode(fn, 'UPSTREAM_UNAVAILABLE');

describe('toPlan and toPlans edge cases', () => {
  it('keeps the digits of a cost sent as a big JSON number', () => {
    const dto = parseLosslessJson('{"currency": "aud", "list": [{"id": "x", "name": "X", "cost": 12345678901234567890, "coin_rate": 0.1}]}');
    expect(toPlans(dto as PlanCatalogueDto)[0]?.cost).toBe('12345678901234567890');
  });

  it('keeps a cost sent as a decimal string', () => {
    expect(toPlan({ id: 'x', name: 'X', cost: '395.00', coin_rate: '0.2' }, 'AUD').cost).toBe('395.00');
  });

  it('fills defaults for optional fields', () => {
    expect(toPlan({ id: 'x', cost: 1, coin_rate: 0 } as never, 'AUD')).toEqual({
      id: 'x',
      name: 'x',
      description: null,
      upgradeDescription: null,
      cost: '1',
      currency: 'AUD',
      commitmentPeriodWeeks: 0,
      coinRate: 0,
      coinRateDecimal: '0',
      hidden: false,
      modules: [],
      features: [],
    });
  });

  it('gives coin_rate exactly as coinRateDecimal, and refuses a plan without one (never a made-up 0)', () => {
    const dto = parseLosslessJson('{"id": "x", "cost": 1, "coin_rate": 0.30000000000000000004}') as PlanDto;
    expect(toPlan(dto, 'AUD').coinRateDecimal).toBe('0.30000000000000000004');
    expectUpstreamUnavailable(() => toPlan({ id: 'x', cost: 1 } as never, 'AUD'));
  });

  it('refuses a catalogue without a currency instead of making one up', () => {
    expectUpstreamUnavailable(() => toPlans({ list: [{ id: 'basic', cost: 0, coin_rate: 0 }] } as unknown as PlanCatalogueDto));
    expectUpstreamUnavailable(() => toPlans({ currency: ' ', list: [] } as unknown as PlanCatalogueDto));
  });

  it('throws UPSTREAM_UNAVAILABLE for a catalogue without list', () => {
    expectUpstreamUnavailable(() => toPlans({ currency: 'aud' } as PlanCatalogueDto));
    expectUpstreamUnavailable(() => toPlans({ currency: 'aud', list: {} } as unknown as PlanCatalogueDto));
    expectUpstreamUnavailable(() => toPlans(null as unknown as PlanCatalogueDto));
  });

  it('throws UPSTREAM_UNAVAILABLE for a plan without cost or with a cost that is not a number', () => {
    expectUpstreamUnavailable(() => toPlans({ currency: 'aud', list: [{ id: 'basic', name: 'BASIC', coin_rate: 0 }] } as unknown as PlanCatalogueDto));
    expectUpstreamUnavailable(() => toPlans({ currency: 'aud', list: [{ id: 'basic', name: 'BASIC', cost: 'free', coin_rate: 0 }] } as unknown as PlanCatalogueDto));
  });

  it('throws UPSTREAM_UNAVAILABLE for a plan without id', () => {
    expectUpstreamUnavailable(() => toPlans({ currency: 'aud', list: [{ name: 'BASIC', cost: 0, coin_rate: 0 }] } as unknown as PlanCatalogueDto));
  });

  it('names the payments service in extensions.upstream', () => {
    const error = expectUpstreamUnavailable(() => toPlans({ currency: 'aud', list: [{ id: 'basic', cost: null, coin_rate: 0 }] } as unknown as PlanCatalogueDto));
    expect(error.extensions.upstream).toEqual({ service: 'payments' });
  });
});
