import { Agent } from 'node:http';
import { got, Options, type OptionsInit } from 'got';
import { describe, expect, it } from 'vitest';
import { installFastNativeRequestOptions, readByHttp } from '../../src/datasources/rest/got-native-options.js';

type Native = () => Record<string, unknown>;
const proto = Options.prototype as unknown as { createNativeRequestOptions: Native };
// Captured before anything in this file installs the fast one.
const original = proto.createNativeRequestOptions;

const client = got.extend({ prefixUrl: 'http://127.0.0.1:1/', agent: { http: new Agent({ keepAlive: true }) }, retry: { limit: 0 }, responseType: 'text' });
const httpCases: Array<[string, string, OptionsInit, Options | undefined]> = [
  ['a GET through our client: agent, headers, timeout', 'payments-service/user/ethereum/balance', { headers: { accept: 'application/json', 'x-request-id': 'r1' }, timeout: { request: 5000 } }, client.defaults.options],
  ['a POST with a body and a query', 'http://127.0.0.1:1/a?b=c', { method: 'POST', body: '{"x":1}', headers: { 'content-type': 'application/json' } }, undefined],
  ['every setting node reads of an http: request', 'http://127.0.0.1:1/a', { dnsLookup: () => undefined, dnsLookupIpVersion: 4, setHost: false, maxHeaderSize: 8192, localAddress: '127.0.0.1', createConnection: () => undefined, https: { rejectUnauthorized: false } } as unknown as OptionsInit, undefined],
];
const cases: Array<[string, string, OptionsInit, Options | undefined]> = [
  ['https with TLS settings and cache options', 'https://example.test/x', { https: { rejectUnauthorized: false, minVersion: 'TLSv1.2', ciphers: 'TLS_AES_128_GCM_SHA256' }, cacheOptions: { shared: false } }, undefined],
  ['a unix socket', 'http://unix:/tmp/gateway-test.sock:/path', { enableUnixSockets: true }, undefined],
  ['HTTP/2 (left to got)', 'https://example.test/h2', { http2: true }, undefined],
];

describe("got's native request options, built without the slow spread", () => {
  it('is installed for the got this project pins, once', () => {
    expect(installFastNativeRequestOptions()).toBe(true);
    expect(installFastNativeRequestOptions()).toBe(true);
    expect(proto.createNativeRequestOptions).not.toBe(original);
  });

  for (const [name, url, init, defaults] of httpCases) {
    it(`gives what node reads of got's own, no more: ${name}`, () => {
      installFastNativeRequestOptions();
      const options = new Options(url, init, defaults);
      const theirs = original.call(options);
      const ours = proto.createNativeRequestOptions.call(options);
      // Only keys with a value, and no TLS settings (an http: request has no TLS).
      expect(Object.values(ours)).not.toContain(undefined);
      expect(Object.keys(ours)).not.toContain('rejectUnauthorized');
      expect(ours).toEqual(readByHttp(theirs));
      expect(Object.keys(ours).length).toBeLessThan(Object.keys(theirs).length / 2);
    });
  }

  it('an http: request sent with the lean options reaches the server with the same method, path, headers and body', async () => {
    const { createServer } = await import('node:http');
    const seen: Array<{ method?: string; url?: string; headers: Record<string, unknown>; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      installFastNativeRequestOptions();
      const lean = got.extend({ prefixUrl: `http://127.0.0.1:${port}/`, agent: { http: new Agent({ keepAlive: true }) }, retry: { limit: 0 } });
      const answer = await lean.post('x/y?z=1', { body: '{"a":1}', headers: { 'content-type': 'application/json', 'x-request-id': 'r9' } }).text();
      expect(answer).toBe('{}');
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ method: 'POST', url: '/x/y?z=1', body: '{"a":1}' });
      expect(seen[0]!.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'r9', host: `127.0.0.1:${port}`, 'content-length': '7' });
    } finally {
      server.close();
    }
  });

  for (const [name, url, init, defaults] of cases) {
    it(`gives what got's own gives, key for key in the same order: ${name}`, () => {
      installFastNativeRequestOptions();
      const options = new Options(url, init, defaults);
      const theirs = original.call(options);
      const ours = proto.createNativeRequestOptions.call(options);
      expect(Object.keys(ours)).toEqual(Object.keys(theirs));
      // Deep: got builds a fresh agent object for each HTTP/2 request.
      for (const key of Object.keys(theirs)) expect(ours[key], key).toEqual(theirs[key]);
    });
  }
});
