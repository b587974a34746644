import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DocumentCache } from './apq-cache.js';

/** The operations a persisted-only deployment runs, by the SHA-256 of their text. */
export interface OperationManifest {
  readonly byHash: ReadonlyMap<string, string>;
}

/** The SHA-256 of an operation's text, as APQ and the manifest name it (hex). */
export function operationHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads a manifest in Apollo's persisted-query manifest format
 * (`{"format":"apollo-persisted-query-manifest","version":1,"operations":[{"id","name","type","body"}]}`),
 * checking that every id is its body's hash: a wrong id would let one text run under another's name.
 */
export function loadOperationManifest(path: string): OperationManifest {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; version?: unknown; operations?: unknown };
  if (parsed.format !== 'apollo-persisted-query-manifest' || parsed.version !== 1 || !Array.isArray(parsed.operations)) {
    throw new Error(`${path} is not an apollo-persisted-query-manifest, version 1`);
  }
  const byHash = new Map<string, string>();
  for (const op of parsed.operations as Array<{ id?: unknown; body?: unknown }>) {
    if (typeof op.body !== 'string' || op.id !== operationHash(op.body)) throw new Error(`${path}: an operation whose id is not the SHA-256 of its body`);
    byHash.set(op.id, op.body);
  }
  return { byHash };
}

/** APQ answered from the manifest alone: hashes resolve to committed texts, and nothing new is registered. */
export function manifestDocumentCache(manifest: OperationManifest): DocumentCache {
  return {
    async get(key) {
      return manifest.byHash.get(key.startsWith('apq:') ? key.slice(4) : key);
    },
    async set() {},
    async delete() {},
  };
}
