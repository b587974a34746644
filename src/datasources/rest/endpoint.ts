import type { Config } from '../../config.js';
import { BadUserInputError } from '../../errors/gateway-errors.js';
import type { Guard } from '../../lib/guard.js';
import type { RawBody } from '../../lib/raw-body.js';

/** Settings of {@link Config} that are shared-cache lifetimes in seconds. */
export type CacheTtlSetting = { [K in keyof Config]: K extends `${string}TtlSeconds` ? K : never }[keyof Config];

/** How an endpoint's answer is shared across callers and instances. */
export interface SharedCachePolicy {
  /** Shared-cache key; bump its version when the stored shape changes. Never holds caller data. */
  readonly key: string;
  /** The setting that says how long an entry lives. */
  readonly ttl: CacheTtlSetting;
  /**
   * Keep when the gateway read the answer: the entry is then a {@link Stamped} value, read
   * with `RestClient.readStamped`, so that a field can say how old a shared answer is.
   */
  readonly stamped?: true;
}

/** A shared answer with the time this gateway read it from the upstream (ISO-8601 UTC). */
export interface Stamped<T> {
  readonly value: T;
  readonly readAt: string;
}

/**
 * One REST operation of an upstream: how to call it, how hard to try, what a good answer
 * looks like and whether it may be shared. Each upstream keeps its rows in one table per
 * domain (`billing.endpoints.ts`), so every policy is read in one place.
 */
export interface Endpoint<T = unknown> {
  /** The REST operation's name; also the datasource method's name and the metrics label. */
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the service's base URL, `:name` for path parameters. */
  readonly path: string;
  readonly timeoutMs: number;
  /**
   * Retries after a refused/reset connection or a 502/503/504. Note: never after a
   * timeout (a slow upstream asked twice is twice as slow), and 0 for any call that
   * changes state, GETs that change state included.
   */
  readonly retries: number;
  /** `read`: memoised per request and safe to retry; `write`: never memoised, never retried. */
  readonly kind: 'read' | 'write';
  /** Checks every 2xx answer before it is used, memoised or cached; failing it is the upstream's fault. */
  readonly accept: Guard<T>;
  /** Read through the shared cache (the same answer for every caller: no user data). */
  readonly shared?: SharedCachePolicy;
  /**
   * The upstream's `error_id`s whose `error` text is written for users (validation
   * messages): only these are echoed to clients, and only for a 4xx.
   */
  readonly userErrors?: readonly string[];
  /**
   * Response headers the datasource needs (a login's `set-cookie`). When given, the
   * answer is `{ body, headers }` with those headers (lower-case names), and `accept`
   * guards that pair.
   */
  readonly responseHeaders?: readonly string[];
}

/** The arguments of one call of an endpoint. */
export interface CallArgs {
  params?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** JSON-encoded, unless a {@link RawBody} (writes only: a stream is sent once). */
  body?: unknown;
}

/** One call of an endpoint with its arguments. */
export interface RestCall<T = unknown> extends CallArgs {
  endpoint: Endpoint<T>;
}

/** Longest path parameter accepted; ids of every upstream are far shorter. */
const MAX_PARAM_LENGTH = 512;

/**
 * A path parameter as it may go into a URL, or a BAD_USER_INPUT naming it. Note: `.` and
 * `..` are refused because URL parsing resolves dot segments (`/a/../b` is `/b`), so such
 * an "id" would send the call to another endpoint; everything else is percent-encoded.
 */
function pathSegment(name: string, value: string): string {
  if (value === '' || value === '.' || value === '..' || value.length > MAX_PARAM_LENGTH || !value.isWellFormed()) {
    throw new BadUserInputError(`"${name}" is not a valid identifier.`);
  }
  return encodeURIComponent(value);
}

/** Fills the `:name` parameters of an endpoint's path, URL-encoded. */
export function buildPath(endpoint: Endpoint, params: Readonly<Record<string, string>> = {}): string {
  return endpoint.path.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) throw new Error(`path parameter ${name} missing for ${endpoint.name}`);
    return pathSegment(name, value);
  });
}

/** The query string of a call: defined values only, in a stable order. */
export function buildQuery(query: CallArgs['query'] = {}): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && !value.isWellFormed()) throw new BadUserInputError(`"${key}" is not valid text.`);
    search.append(key, String(value));
  }
  return search.toString();
}

/** Identity of a read within one request: method, path, query and (for read-only POSTs) body. */
export function callKey(call: RestCall): string {
  const query = buildQuery(call.query);
  const body = call.body === undefined ? '' : ` ${JSON.stringify(call.body)}`;
  return `${call.endpoint.method} ${buildPath(call.endpoint, call.params)}${query ? `?${query}` : ''}${body}`;
}
