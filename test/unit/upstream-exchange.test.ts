import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { RequestError } from 'got';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamClient } from '../../src/datasources/rest/http-client.js';
import { AnswerTooLarge, exchange } from '../../src/datasources/rest/upstream-exchange.js';
import { sendForever, startLocalServer, type LocalServer } from '../helpers/local-server.js';
import { freePort } from '../helpers/redis-server.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const seen: Seen[] = [];
let server: LocalServer;
let base = '';

/** A real upstream: each path answers one way; every request is recorded with its body. */
function route(req: IncomingMessage, res: ServerResponse, body: string): void {
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
  const path = req.url?.split('?')[0];
  if (path === '/chunks') {
    // "€" split across two writes: decoding must see the whole body, not chunk by chunk.
    const euro = Buffer.from('"€"');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(Buffer.concat([Buffer.from('{"a":'), euro.subarray(0, 2)]));
    setTimeout(() => res.end(Buffer.concat([euro.subarray(2), Buffer.from('}')])), 5);
  } else if (path === '/gzip') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"zipped":true}'));
  } else if (path === '/bomb') {
    // 4 MB of spaces in about 4 KB: the limit is on what the answer inflates to.
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)));
  } else if (path === '/refused') {
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' }).end('{"error":"slow down"}');
  } else if (path === '/empty') {
    res.writeHead(204).end();
  } else if (path === '/endless') {
    res.writeHead(200, { 'content-type': 'application/json' });
    sendForever(res, 64 * 1024);
  } else if (path === '/slow') {
    setTimeout(() => res.writeHead(200).end('{}'), 500);
  } else {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ echo: body }));
  }
}

beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => route(req, res, Buffer.concat(parts).toString('utf8')));
  });
  base = server.url;
});

afterAll(() => server.close());

const stream = { isStream: true } as const;

describe("an upstream request through got's stream interface", () => {
  it('reads a body that arrives in pieces, decoding a character split between them', async () => {
    const answer = await exchange(createUpstreamClient(base), 'chunks', { ...stream, method: 'GET' });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe('{"a":"€"}');
  });

  it('decompresses as got does', async () => {
    const answer = await exchange(createUpstreamClient(base), 'gzip', { ...stream, method: 'GET' });
    expect(JSON.parse(answer.body)).toEqual({ zipped: true });
  });

  it('answers a refusal with its status, headers and body (no error thrown)', async () => {
    const answer = await exchange(createUpstreamClient(base), 'refused', { ...stream, method: 'GET' });
    expect(answer).toMatchObject({ statusCode: 429, body: '{"error":"slow down"}' });
    expect(answer.headers['retry-after']).toBe('7');
  });

  it('answers a 204 with an empty body', async () => {
    expect(await exchange(createUpstreamClient(base), 'empty', { ...stream, method: 'DELETE' })).toMatchObject({ statusCode: 204, body: '' });
  });

  it('sends a POST with a body, and ends a POST without one (got would wait for a body to be piped)', async () => {
    const client = createUpstreamClient(base);
    const withBody = await exchange(client, 'echo', { ...stream, method: 'POST', body: '{"id":1}', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(withBody.body)).toEqual({ echo: '{"id":1}' });
    const before = seen.length;
    const without = await exchange(client, 'echo', { ...stream, method: 'POST', timeout: { request: 2000 } });
    expect(JSON.parse(without.body)).toEqual({ echo: '' });
    expect(seen[before]).toMatchObject({ method: 'POST', url: '/echo', body: '' });
  });

  it('stops reading an answer past the limit, closes it, and says so', async () => {
    const err = await exchange(createUpstreamClient(base), 'endless', { ...stream, method: 'GET' }, 1024 * 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnswerTooLarge);
    expect(err).toMatchObject({ statusCode: 200, limit: 1024 * 1024 });
  });

  it('counts the limit on the inflated answer, so a small compressed body cannot fill the process', async () => {
    const err = await exchange(createUpstreamClient(base), 'bomb', { ...stream, method: 'GET' }, 1024 * 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AnswerTooLarge);
  });

  it("rejects with got's TimeoutError when the upstream is too slow", async () => {
    const err = await exchange(createUpstreamClient(base), 'slow', { ...stream, method: 'GET', timeout: { request: 100 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestError);
    expect((err as RequestError).name).toBe('TimeoutError');
  });

  it("rejects with got's RequestError when nothing listens", async () => {
    const port = await freePort();
    const err = await exchange(createUpstreamClient(`http://127.0.0.1:${port}`), 'x', { ...stream, method: 'GET' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestError);
    expect((err as RequestError).code).toBe('ECONNREFUSED');
  });
});
