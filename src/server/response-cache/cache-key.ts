import { createHash } from 'node:crypto';

/** What makes two requests the same answer, once the caller is known to be accepted. */
export interface ResponseKeyParts {
  /** The normalised document text. */
  document: string;
  operationName: string | undefined;
  variables: Readonly<Record<string, unknown>> | undefined;
  /** The request's `accept` header: Apollo picks the answer's content type by it. */
  accept: string | undefined;
}

/**
 * JSON with every object's keys sorted, so that `{a, b}` and `{b, a}` are one entry.
 * Note: no `undefined` survives in a JSON body, so JSON.stringify's rules suffice otherwise.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/**
 * The response-cache key: a hash of the document, the operation's name, the variables and
 * the accepted media types. Note: it names no caller; whether this caller may have the
 * answer is asked per request (the upstream's verdict), never stored with it.
 */
export function responseKey(parts: ResponseKeyParts): string {
  const variables = parts.variables ? canonicalJson(parts.variables) : '{}';
  return createHash('sha256')
    .update(parts.document)
    .update('\0')
    .update(parts.operationName ?? '')
    .update('\0')
    .update(variables)
    .update('\0')
    .update(parts.accept ?? '')
    .digest('base64url');
}
