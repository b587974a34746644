import http from 'node:http';
import https from 'node:https';
import type { CacheStore } from '../cache/cache-store.js';

/** What `/readyz` reports. */
export interface Readiness {
  status: 'ready' | 'degraded' | 'unavailable';
  upstreams: Record<string, 'up' | 'down'>;
  redis: 'up' | 'down' | 'not configured';
}

/** True when anything answers HTTP at `url` within `timeoutMs`; any status counts as reachable. */
function reachable(url: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const get = url.startsWith('https:') ? https.get : http.get;
    const req = get(url, { timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
  });
}

/**
 * Readiness of the instance. Note: a Redis outage makes the instance `degraded`, not
 * unready: it still answers from the upstreams, and taking every instance out of the
 * load balancer over a cache would turn a slowdown into an outage.
 */
export function createReadinessCheck(upstreams: Record<string, string>, store: CacheStore): () => Promise<Readiness> {
  let last: { at: number; value: Promise<Readiness> } | undefined;
  const check = async (): Promise<Readiness> => {
    const names = Object.keys(upstreams);
    const results = await Promise.all(names.map((name) => reachable(upstreams[name]!, 1000)));
    const upstreamStates = Object.fromEntries(names.map((name, i) => [name, results[i] ? 'up' : 'down'] as const));
    const redis = store.kind === 'memory' ? 'not configured' : (await store.ping()) ? 'up' : 'down';
    const status = results.includes(false) ? 'unavailable' : redis === 'down' ? 'degraded' : 'ready';
    return { status, upstreams: upstreamStates, redis };
  };
  // Probes come often and from many places: one check per second is enough.
  return () => {
    if (!last || Date.now() - last.at > 1000) last = { at: Date.now(), value: check() };
    return last.value;
  };
}
