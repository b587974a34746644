import type { IncomingHttpHeaders } from 'node:http';
import type { DocumentCache } from '../persisted/apq-cache.js';
import { graphQLPost } from '../graphql-post.js';
import { apqHashAlone } from '../persisted/apq-hash.js';
import { responseKey } from './cache-key.js';
import { readPublicDocument, type PublicDocument, type PublicOperation } from './public-operations.js';

/** A request whose answer the response cache may hold: its key and what a caller needs for it. */
export interface CacheableRequest {
  readonly key: string;
  readonly operation: PublicOperation;
}

/** Longest query text considered: longer ones are never public operations worth a memo entry. */
const MAX_QUERY_CHARS = 10_000;
/** Query texts whose reading is remembered (public or not), so that each is parsed here once. */
const MAX_DOCUMENTS = 500;

/**
 * Recognises the requests the response cache may answer: a POST with a JSON body that names
 * a public query (src/server/response-cache/public-operations.ts) by its text or by its APQ
 * hash. Anything else (GET, multipart, a body Apollo would refuse, a hash sent with its text,
 * which Apollo checks and registers) is left to Apollo as it is.
 */
export class CacheableRequests {
  /** Query text → its reading; null for a text with no public operation. */
  private readonly documents = new Map<string, PublicDocument | null>();

  constructor(
    private readonly apq: DocumentCache,
    private readonly maxTokens: number,
  ) {}

  /** The request's cache key and operation, or undefined when it is not for the cache. */
  async read(method: string | undefined, headers: IncomingHttpHeaders, body: unknown): Promise<CacheableRequest | undefined> {
    const post = graphQLPost(method, headers, body);
    if (!post) return undefined;
    const { query, operationName, variables, extensions } = post;
    const text = query === undefined ? await this.persistedText(extensions) : extensions === undefined || extensions === null ? query : undefined;
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_QUERY_CHARS) return undefined;
    const document = this.document(text);
    const operation = typeof operationName === 'string' ? document?.named.get(operationName) : document?.only;
    if (!document || !operation) return undefined;
    const key = responseKey({
      document: document.normalised,
      operationName: typeof operationName === 'string' ? operationName : undefined,
      variables: variables ?? undefined,
      accept: headers.accept,
    });
    return { key, operation };
  }

  /** The text of an APQ hash, looked up where Apollo looks it up (`apq:` prefix included). */
  private async persistedText(extensions: unknown): Promise<string | undefined> {
    const hash = apqHashAlone(extensions);
    return hash === undefined ? undefined : this.apq.get(`apq:${hash}`);
  }

  private document(text: string): PublicDocument | undefined {
    let document = this.documents.get(text);
    if (document === undefined) {
      document = readPublicDocument(text, this.maxTokens) ?? null;
      this.documents.set(text, document);
      if (this.documents.size > MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
    }
    return document ?? undefined;
  }
}
