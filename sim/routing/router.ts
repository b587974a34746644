import { compilePathPattern, type PathPattern } from './path-pattern.js';
import type { SimRoute } from './route.js';

/** A route found for a request, with its params. */
export interface RouteMatch {
  readonly route: SimRoute;
  readonly params: Readonly<Record<string, string>>;
}

/** Finds the route for a method and path. */
export interface Router {
  match(method: string, path: string): RouteMatch | null;
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Builds the lookup for a route table. Static paths are found by one map
 * lookup (the benchmarked endpoints are static); patterns are tried in table
 * order. Two routes with the same method and pattern are a programming error.
 */
export function createRouter(routes: readonly SimRoute[]): Router {
  const exact = new Map<string, SimRoute>();
  const patterns = new Map<string, { pattern: PathPattern; route: SimRoute }[]>();
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`Duplicate simulator route: ${key}`);
    seen.add(key);
    const pattern = compilePathPattern(route.path);
    if (pattern.isStatic) exact.set(key, route);
    else {
      const list = patterns.get(route.method) ?? [];
      list.push({ pattern, route });
      patterns.set(route.method, list);
    }
  }
  return {
    match(method: string, path: string): RouteMatch | null {
      const route = exact.get(`${method} ${path}`);
      if (route !== undefined) return { route, params: NO_PARAMS };
      for (const candidate of patterns.get(method) ?? []) {
        const params = candidate.pattern.match(path);
        if (params !== null) return { route: candidate.route, params };
      }
      return null;
    },
  };
}
