import { GraphQLError } from 'graphql';
import { operationHash, type OperationManifest } from './operation-manifest.js';

const MESSAGE = 'This deployment runs only the operations of its manifest (PERSISTED_ONLY).';

/** The refusal of an operation that is not in the committed manifest. */
export function notInManifest(): GraphQLError {
  return new GraphQLError(MESSAGE, { extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } });
}

function hashOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const persisted = (value as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

function parsedExtensions(text: string | null): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PERSISTED_ONLY over HTTP, checked before Apollo parses anything: true when the request
 * names an operation the manifest commits, by its text or by its APQ hash (POST body or
 * GET parameters). Note: a request naming neither is left to Apollo, which refuses it.
 */
export function isInManifest(manifest: OperationManifest, body: unknown, url: URL): boolean {
  const fields = typeof body === 'object' && body !== null ? (body as { query?: unknown; extensions?: unknown }) : {};
  const query = typeof fields.query === 'string' ? fields.query : url.searchParams.get('query');
  if (query) return manifest.byHash.has(operationHash(query));
  const hash = hashOf(fields.extensions) ?? hashOf(parsedExtensions(url.searchParams.get('extensions')));
  return hash === undefined || manifest.byHash.has(hash);
}

/** The same message, for a request refused before Apollo. */
export const NOT_IN_MANIFEST_MESSAGE = MESSAGE;
