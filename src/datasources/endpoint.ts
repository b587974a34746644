/** One REST operation of an upstream: how to call it and how hard to try. */
export interface Endpoint {
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
  /** `read`: memoised per request and safe to retry; `write`: never memoised. */
  readonly kind: 'read' | 'write';
}

/** One call of an endpoint with its arguments. */
export interface RestCall {
  endpoint: Endpoint;
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Checks a 2xx answer before it is used, memoised or cached; failing it is the upstream's fault. */
  accept?: (body: unknown) => boolean;
  /** Read through the shared cache under this key (the same for every caller: no user data). */
  shared?: { key: string; ttlSeconds: number };
}

/** Fills the `:name` parameters of an endpoint's path, URL-encoded. */
export function buildPath(endpoint: Endpoint, params: Record<string, string> = {}): string {
  return endpoint.path.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`path parameter ${name} missing for ${endpoint.name}`);
    return encodeURIComponent(value);
  });
}

/** The query string of a call: defined values only, in a stable order. */
export function buildQuery(query: RestCall['query'] = {}): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value !== undefined) search.append(key, String(value));
  }
  return search.toString();
}

/** Identity of a read within one request: method, path, query and (for read-only POSTs) body. */
export function callKey(call: RestCall): string {
  const query = buildQuery(call.query);
  const body = call.body === undefined ? '' : ` ${JSON.stringify(call.body)}`;
  return `${call.endpoint.method} ${buildPath(call.endpoint, call.params)}${query ? `?${query}` : ''}${body}`;
}
