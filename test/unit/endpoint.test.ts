import { describe, expect, it } from 'vitest';
import { buildPath, buildQuery, callKey, type Endpoint } from '../../src/datasources/rest/endpoint.js';
import { anything } from '../../src/lib/guard.js';

const terminate: Endpoint = {
  name: 'terminateContract',
  method: 'GET',
  path: '/participants/:id/contract/terminate',
  timeoutMs: 1000,
  retries: 0,
  kind: 'write',
  accept: anything,
};

const plans: Endpoint = { name: 'billingPlans', method: 'GET', path: '/payments-service/billing_plans', timeoutMs: 1000, retries: 1, kind: 'read', accept: anything };

const twoParams: Endpoint = { ...plans, name: 'two', path: '/a/:first_id/b/:second' };

describe('buildPath', () => {
  it('fills a path parameter', () => {
    expect(buildPath(terminate, { id: 'p-1' })).toBe('/participants/p-1/contract/terminate');
  });

  it('URL-encodes parameters so they cannot change the path', () => {
    expect(buildPath(terminate, { id: '../x/y?z=1#f' })).toBe('/participants/..%2Fx%2Fy%3Fz%3D1%23f/contract/terminate');
    expect(buildPath(terminate, { id: 'urn:authenticateit:user:email:foo@bar.com' })).toBe(
      '/participants/urn%3Aauthenticateit%3Auser%3Aemail%3Afoo%40bar.com/contract/terminate',
    );
    expect(buildPath(terminate, { id: 'a b' })).toBe('/participants/a%20b/contract/terminate');
  });

  it('fills several parameters, underscores included', () => {
    expect(buildPath(twoParams, { first_id: '1', second: '2' })).toBe('/a/1/b/2');
  });

  it('leaves a path without parameters as it is', () => {
    expect(buildPath(plans)).toBe('/payments-service/billing_plans');
    expect(buildPath(plans, { unused: 'x' })).toBe('/payments-service/billing_plans');
  });

  it('throws naming the parameter and the endpoint when a parameter is missing', () => {
    expect(() => buildPath(terminate)).toThrow(/id.*terminateContract/);
    expect(() => buildPath(twoParams, { first_id: '1' })).toThrow(/second/);
  });

  it('refuses a parameter that URL parsing would turn into another path: empty, `.`, `..`', () => {
    for (const id of ['', '.', '..']) {
      expect(() => buildPath(terminate, { id })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    // Encoded dots and anything longer are encoded, and stay one segment.
    expect(buildPath(terminate, { id: '...' })).toBe('/participants/.../contract/terminate');
    expect(buildPath(terminate, { id: '%2e%2e' })).toBe('/participants/%252e%252e/contract/terminate');
  });

  it('refuses a lone surrogate and an over-long parameter as BAD_USER_INPUT, not an internal error', () => {
    expect(() => buildPath(terminate, { id: 'a\uD800b' })).toThrow(/not a valid identifier/);
    expect(() => buildPath(terminate, { id: 'x'.repeat(513) })).toThrow(/not a valid identifier/);
  });
});

describe('buildQuery', () => {
  it('gives an empty string for no query', () => {
    expect(buildQuery()).toBe('');
    expect(buildQuery({})).toBe('');
  });

  it('drops undefined values', () => {
    expect(buildQuery({ a: undefined, b: 'x' })).toBe('b=x');
    expect(buildQuery({ a: undefined })).toBe('');
  });

  it('keeps falsy values that are defined', () => {
    expect(buildQuery({ flag: false, n: 0, s: '' })).toBe('flag=false&n=0&s=');
  });

  it('sorts keys so that the same query always gives the same text', () => {
    expect(buildQuery({ z: 1, a: 2, m: 'x' })).toBe('a=2&m=x&z=1');
    expect(buildQuery({ limit: 10, offset: 20 })).toBe(buildQuery({ offset: 20, limit: 10 }));
  });

  it('encodes keys and values', () => {
    const text = buildQuery({ filter: 'amount:>10 AND NOT status:"failed"', 'a&b': 'c=d' });
    expect(new URLSearchParams(text).get('filter')).toBe('amount:>10 AND NOT status:"failed"');
    expect(new URLSearchParams(text).get('a&b')).toBe('c=d');
    expect(text).not.toContain('&b=');
  });
});

describe('callKey', () => {
  it('is method and path for a call without query or body', () => {
    expect(callKey({ endpoint: plans })).toBe('GET /payments-service/billing_plans');
  });

  it('includes the filled path', () => {
    expect(callKey({ endpoint: terminate, params: { id: 'p1' } })).toBe('GET /participants/p1/contract/terminate');
    expect(callKey({ endpoint: terminate, params: { id: 'p1' } })).not.toBe(callKey({ endpoint: terminate, params: { id: 'p2' } }));
  });

  it('includes the sorted query', () => {
    expect(callKey({ endpoint: plans, query: { b: 2, a: 1, c: undefined } })).toBe('GET /payments-service/billing_plans?a=1&b=2');
    expect(callKey({ endpoint: plans, query: { b: 2, a: 1 } })).toBe(callKey({ endpoint: plans, query: { a: 1, b: 2 } }));
    expect(callKey({ endpoint: plans, query: { a: 1 } })).not.toBe(callKey({ endpoint: plans, query: { a: 2 } }));
  });

  it('includes the method', () => {
    const post: Endpoint = { ...plans, method: 'POST' };
    expect(callKey({ endpoint: post })).toBe('POST /payments-service/billing_plans');
    expect(callKey({ endpoint: post })).not.toBe(callKey({ endpoint: plans }));
  });

  it('includes the body when there is one', () => {
    const post: Endpoint = { ...plans, method: 'POST', path: '/rates' };
    expect(callKey({ endpoint: post, body: { ids: ['a', 'b'] } })).toBe('POST /rates {"ids":["a","b"]}');
    expect(callKey({ endpoint: post, body: { ids: ['a'] } })).not.toBe(callKey({ endpoint: post, body: { ids: ['b'] } }));
    expect(callKey({ endpoint: post, body: { ids: ['a'] } })).not.toBe(callKey({ endpoint: post }));
  });

  it('throws for a missing path parameter like buildPath', () => {
    expect(() => callKey({ endpoint: terminate })).toThrow(/id/);
  });
});
