import { Kind, parse, print, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { BillingEndpoints } from '../../datasources/payments/billing.endpoints.js';
import { RewardsEndpoints } from '../../datasources/payments/rewards.endpoints.js';
import type { CacheTtlSetting, Endpoint } from '../../datasources/rest/endpoint.js';
import { verdictScope } from '../../cache/caller-verdicts.js';

/** An endpoint read through the shared cache. */
type SharedEndpoint = Endpoint & { readonly shared: NonNullable<Endpoint['shared']> };

/**
 * The root fields whose whole answer is the same for every caller the upstream accepts:
 * each reads only shared-cache endpoints, and nothing below it (Plan, PlanFeature,
 * CoinPrice) has a field resolver of its own. The one list of what the response cache may
 * hold. Note: `coinPrice` is in: its `fetchedAt` is when the gateway read the shared entry,
 * the same for everyone; a bad currency is an error, and answers with errors are never stored.
 */
const PUBLIC_ROOT_FIELDS: ReadonlyMap<string, readonly SharedEndpoint[]> = new Map<string, readonly SharedEndpoint[]>([
  ['plans', [BillingEndpoints.getBillingPlans]],
  ['plan', [BillingEndpoints.getBillingPlans]],
  ['coinPrice', [RewardsEndpoints.getCoinPrice]],
]);

/** The upstream of every endpoint above. */
const UPSTREAM = 'payments';

/** A query whose answer may be stored: the verdicts a caller needs for it, and its name. */
export interface PublicOperation {
  /** The document's own name of the operation (for the access log), if it has one. */
  readonly name: string | undefined;
  /** Verdict scopes the caller must hold, each the upstream's recent yes to their ticket. */
  readonly scopes: readonly string[];
  /** The shared-cache lifetimes of what it reads: an answer outlives none of them. */
  readonly ttls: readonly CacheTtlSetting[];
}

/** A parsed document: its normalised text and the operations in it the cache may hold. */
export interface PublicDocument {
  /** The document printed by graphql-js: whitespace, commas and comments do not split entries. */
  readonly normalised: string;
  /** Public operations by name. */
  readonly named: ReadonlyMap<string, PublicOperation>;
  /** The document's only operation, when it has just one and it is public (no operationName needed). */
  readonly only: PublicOperation | undefined;
}

/**
 * Reads a query text; undefined when no operation in it may be cached (it does not parse,
 * or every operation is a mutation, a subscription, or asks for a field outside the list).
 * Note: no validation here; an invalid document fails in Apollo, and failures are not stored.
 */
export function readPublicDocument(text: string, maxTokens: number): PublicDocument | undefined {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens });
  } catch {
    return undefined;
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const named = new Map<string, PublicOperation>();
  let count = 0;
  let only: PublicOperation | undefined;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    count++;
    const endpoints = def.operation === 'query' ? publicEndpoints(def.selectionSet, fragments) : undefined;
    const operation = endpoints && {
      name: def.name?.value,
      scopes: [...new Set(endpoints.map((endpoint) => verdictScope(UPSTREAM, endpoint.name)))],
      ttls: [...new Set(endpoints.map((endpoint) => endpoint.shared.ttl))],
    };
    if (operation && def.name) named.set(def.name.value, operation);
    only = operation;
  }
  if (count !== 1) only = undefined;
  return named.size > 0 || only ? { normalised: print(document), named, only } : undefined;
}

/**
 * The shared endpoints a root selection reads, or undefined when a field in it is not public.
 * `__typename` is public and reads none; a selection with no public field at all is not
 * worth caching (and would need no ticket, which no cached answer may do).
 */
function publicEndpoints(root: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): SharedEndpoint[] | undefined {
  const read = new Set<SharedEndpoint>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): boolean =>
    set.selections.every((selection) => {
      if (selection.kind === Kind.INLINE_FRAGMENT) return walk(selection.selectionSet);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Spread twice: already walked. A cycle fails validation in Apollo, and is not stored.
        if (seen.has(name)) return true;
        seen.add(name);
        return fragment !== undefined && walk(fragment.selectionSet);
      }
      if (selection.name.value === '__typename') return true;
      const endpoints = PUBLIC_ROOT_FIELDS.get(selection.name.value);
      for (const endpoint of endpoints ?? []) read.add(endpoint);
      return endpoints !== undefined;
    });
  return walk(root) && read.size > 0 ? [...read] : undefined;
}
