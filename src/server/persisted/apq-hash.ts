import { isRecord } from '../../lib/guard.js';

/** True when an object has exactly these keys. */
function hasOnlyKeys(value: Record<string, unknown>, ...keys: string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

/**
 * The hash of a request whose extensions are an APQ reference and nothing else,
 * `{"persistedQuery":{"version":1,"sha256Hash":"…"}}`: what the response cache and the fast
 * lane may resolve themselves. Undefined for any other extensions, which are Apollo's to read.
 */
export function apqHashAlone(extensions: unknown): string | undefined {
  if (!isRecord(extensions) || !hasOnlyKeys(extensions, 'persistedQuery')) return undefined;
  const persisted = extensions['persistedQuery'];
  if (!isRecord(persisted) || !hasOnlyKeys(persisted, 'version', 'sha256Hash') || persisted['version'] !== 1) return undefined;
  return typeof persisted['sha256Hash'] === 'string' ? persisted['sha256Hash'] : undefined;
}
