import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FastLane } from '../../src/server/fast-lane/fast-lane.js';
import { executedBefore, markExecuted, undelivered } from '../../src/server/fast-lane/handed-over.js';
import { MAX_PREPARED_OPERATIONS, MAX_PREPARED_TEXT, PreparedOperations } from '../../src/server/fast-lane/prepared-operations.js';

const QUERY = '{ plans { id } }';
const HASH = 'a'.repeat(64);

function prepare(prepared: PreparedOperations, query: string, operationName?: string, hash?: string): void {
  const document = parse(query);
  prepared.record(query, operationName, { document, operation: getOperationAST(document, operationName)! }, hash);
}

describe('prepared operations', () => {
  it('are found by query text and operation name', () => {
    const prepared = new PreparedOperations();
    const two = 'query A { plans { id } } query B { plans { cost } }';
    prepare(prepared, two, 'B');
    prepare(prepared, QUERY);
    expect(prepared.find(two, 'B')?.operation.name?.value).toBe('B');
    expect(prepared.find(two, 'A')).toBeUndefined();
    expect(prepared.find(two, undefined)).toBeUndefined();
    expect(prepared.find(QUERY, null)).toBeDefined();
    // An empty name is a name (Apollo finds no operation by it), not "the only one".
    expect(prepared.find(QUERY, '')).toBeUndefined();
    expect(prepared.find(`${QUERY} `, null)).toBeUndefined();
  });

  it('are found by the APQ hash they were sent with, when it is a SHA-256 in hex', () => {
    const prepared = new PreparedOperations();
    prepare(prepared, QUERY, undefined, HASH);
    prepare(prepared, '{ plans { cost } }', undefined, 'not-a-hash');
    expect(prepared.findByHash(HASH, undefined)?.operation.operation).toBe('query');
    expect(prepared.findByHash(HASH, 'Other')).toBeUndefined();
    expect(prepared.findByHash('not-a-hash', undefined)).toBeUndefined();
  });

  it('keep no text longer than MAX_PREPARED_TEXT, and at most MAX_PREPARED_OPERATIONS texts', () => {
    const prepared = new PreparedOperations();
    const long = `{ plans { id } }${' '.repeat(MAX_PREPARED_TEXT)}`;
    prepare(prepared, long);
    expect(prepared.find(long, undefined)).toBeUndefined();
    const texts = Array.from({ length: MAX_PREPARED_OPERATIONS + 1 }, (_, i) => `query Q${i} { plans { id } }`);
    for (const text of texts) prepare(prepared, text);
    expect(prepared.find(texts[0]!, undefined)).toBeUndefined();
    expect(prepared.find(texts[1]!, undefined)).toBeDefined();
    expect(prepared.find(texts.at(-1)!, undefined)).toBeDefined();
  });
});

describe('an outcome handed to Apollo', () => {
  it('survives the copy Apollo makes of each context (Object.assign onto the same prototype)', () => {
    class Context {
      readonly requestId = 'r1';
    }
    const original = markExecuted(new Context(), { result: { data: { ok: true } } });
    const copy = Object.assign(Object.create(Object.getPrototypeOf(original) as object) as Context, original);
    expect(undelivered(original)).toBe(true);
    expect(executedBefore(copy)).toEqual({ result: { data: { ok: true } } });
    // Taken from the copy, delivered for the original too.
    expect(undelivered(original)).toBe(false);
    expect(executedBefore(new Context())).toBeUndefined();
    expect(undelivered(new Context())).toBe(false);
  });
});

describe('what the fast lane takes', () => {
  const prepared = new PreparedOperations();
  prepare(prepared, QUERY, undefined, HASH);
  // Only the prepared operations are read to decide.
  const lane = new FastLane(prepared, undefined as never, undefined as never, undefined as never, undefined as never);
  const JSON_POST = { 'content-type': 'application/json' };

  const JSON_ANSWER = 'application/json; charset=utf-8';
  const GRAPHQL_ANSWER = 'application/graphql-response+json; charset=utf-8';

  it.each([
    ['a JSON POST of a prepared text', JSON_POST, { query: QUERY }, JSON_ANSWER],
    ['with a charset, any case', { 'content-type': 'Application/JSON; charset=utf-8' }, { query: QUERY }, JSON_ANSWER],
    ['accepting anything', { ...JSON_POST, accept: '*/*' }, { query: QUERY }, JSON_ANSWER],
    ['accepting JSON', { ...JSON_POST, accept: 'application/json' }, { query: QUERY }, JSON_ANSWER],
    // Apollo Client's own Accept header: answered as Apollo answers it.
    ['preferring application/graphql-response+json', { ...JSON_POST, accept: 'application/graphql-response+json,application/json;q=0.9' }, { query: QUERY }, GRAPHQL_ANSWER],
    ['null operation name and variables', JSON_POST, { query: QUERY, operationName: null, variables: null }, JSON_ANSWER],
    ['variables', JSON_POST, { query: QUERY, variables: { n: 1 } }, JSON_ANSWER],
    ['an APQ hash alone', JSON_POST, { extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }, JSON_ANSWER],
  ])('takes %s', (_name, headers, body, contentType) => {
    const taken = lane.eligible('POST', headers, body);
    expect(taken?.prepared.operation.operation).toBe('query');
    expect(taken?.contentType).toBe(contentType);
  });

  it.each([
    ['a GET', 'GET', JSON_POST, { query: QUERY }],
    ['a text/plain POST', 'POST', { 'content-type': 'text/plain' }, { query: QUERY }],
    ['a POST without content type', 'POST', {}, { query: QUERY }],
    ['a GraphQL-over-HTTP JSON content type', 'POST', { 'content-type': 'application/graphql-response+json' }, { query: QUERY }],
    ['a client accepting no JSON answer (406)', 'POST', { ...JSON_POST, accept: 'text/html' }, { query: QUERY }],
    ["a client asking for Apollo's callback protocol", 'POST', { ...JSON_POST, accept: 'application/json; callbackSpec=1.0' }, { query: QUERY }],
    ['a text never prepared', 'POST', JSON_POST, { query: '{ plans { cost } }' }],
    ['an operation name not prepared', 'POST', JSON_POST, { query: QUERY, operationName: 'Other' }],
    ['an APQ hash beside the text (Apollo checks one against the other)', 'POST', JSON_POST, { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }],
    ['an APQ hash never prepared', 'POST', JSON_POST, { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }],
    ['an APQ hash of another version', 'POST', JSON_POST, { extensions: { persistedQuery: { version: 2, sha256Hash: HASH } } }],
    ['an APQ hash with more in persistedQuery', 'POST', JSON_POST, { extensions: { persistedQuery: { version: 1, sha256Hash: HASH, x: 1 } } }],
    ['an APQ hash with other extensions', 'POST', JSON_POST, { extensions: { persistedQuery: { version: 1, sha256Hash: HASH }, tracing: true } }],
    ['empty extensions', 'POST', JSON_POST, { query: QUERY, extensions: {} }],
    ['an unknown key', 'POST', JSON_POST, { query: QUERY, id: 'x' }],
    ['variables as a string', 'POST', JSON_POST, { query: QUERY, variables: '{}' }],
    ['variables as an array', 'POST', JSON_POST, { query: QUERY, variables: [] }],
    ['an operation name that is not a string', 'POST', JSON_POST, { query: QUERY, operationName: 1 }],
    ['a batch', 'POST', JSON_POST, [{ query: QUERY }]],
    ['a body that is a string', 'POST', JSON_POST, QUERY],
    ['no query', 'POST', JSON_POST, { variables: {} }],
  ])('leaves %s to Apollo', (_name, method, headers, body) => {
    expect(lane.eligible(method, headers, body)).toBeUndefined();
  });
});
