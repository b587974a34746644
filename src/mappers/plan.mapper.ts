import type { DescriptionListDto, PlanCatalogueDto, PlanDto } from '../datasources/payments/billing.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { Plan, PlanFeature } from '../types/plan.type.js';
import { toCurrency, toDecimal, toInt } from './values.js';

/**
 * The catalogue's feature order, from the stored plans document (seed 003, "Example of
 * main payments doc"). Note: GET billing_plans sends `description_list` as an object
 * whose keys come alphabetically, which loses that order; known labels are put back in
 * it, and labels we do not know follow in the order they came.
 */
const CATALOGUE_FEATURE_ORDER = [
  'GTIN',
  'Product catalogue',
  'Ingredients and Raw Materials',
  'Availability Map',
  'Engagement and Consumer Analytics',
  'Reviews',
  'Shoutouts',
  'Shping bot',
  'Rewards',
  'Advanced Engagement (ToDo cards)',
];

function catalogueRank(label: string): number {
  const rank = CATALOGUE_FEATURE_ORDER.indexOf(label);
  return rank === -1 ? CATALOGUE_FEATURE_ORDER.length : rank;
}

/** `description_list` in either upstream shape, as features in the catalogue's order. */
export function toPlanFeatures(list: DescriptionListDto | null | undefined): PlanFeature[] {
  if (!list) return [];
  const entries = Array.isArray(list)
    ? list.filter((item) => typeof item?.label === 'string').map((item) => [item.label, item.value] as const)
    : // Array.prototype.sort is stable: unknown labels keep their upstream order.
      Object.entries(list).sort(([a], [b]) => catalogueRank(a) - catalogueRank(b));
  return entries.map(([label, value]) => ({
    label,
    included: value !== false,
    detail: typeof value === 'string' ? value : null,
  }));
}

/** One catalogue plan; `currency` is the catalogue's, upper-cased. */
export function toPlan(dto: PlanDto, currency: string): Plan {
  const cost = toDecimal(dto.cost);
  const coinRate = toDecimal(dto.coin_rate);
  if (typeof dto.id !== 'string' || cost === null) throw new UpstreamShapeError('payments', 'a plan without id or cost');
  // Note: a rate the upstream did not send is not 0: that would be money data made up.
  if (coinRate === null) throw new UpstreamShapeError('payments', 'a plan without coin_rate');
  return {
    id: dto.id,
    name: dto.name ?? dto.id,
    description: dto.description ?? null,
    upgradeDescription: dto.upgrade_description ?? null,
    cost,
    currency,
    commitmentPeriodWeeks: toInt(dto.commitment_period) ?? 0,
    coinRate: Number(coinRate),
    coinRateDecimal: coinRate,
    hidden: dto.hidden === true,
    modules: Array.isArray(dto.modules) ? dto.modules : [],
    features: toPlanFeatures(dto.description_list),
  };
}

// The shared cache hands every request of an instance the same (frozen) catalogue object:
// mapping it once per object, not once per field of every request, is most of its cost.
const mappedCatalogues = new WeakMap<PlanCatalogueDto, readonly Plan[]>();

/** The whole catalogue, in the upstream's order. Note: the result is shared; never mutate it. */
export function toPlans(dto: PlanCatalogueDto): readonly Plan[] {
  if (!dto || !Array.isArray(dto.list)) throw new UpstreamShapeError('payments', 'a plan catalogue without list');
  const known = mappedCatalogues.get(dto);
  if (known) return known;
  const currency = toCurrency(dto.currency);
  // Never a default currency: a price in a currency the upstream did not name is made up.
  if (currency === null) throw new UpstreamShapeError('payments', 'a plan catalogue without currency');
  const plans = Object.freeze(dto.list.map((plan) => toPlan(plan, currency)));
  mappedCatalogues.set(dto, plans);
  return plans;
}
