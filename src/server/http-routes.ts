import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../lib/metrics.js';
import type { Playground } from './playground.js';
import { TICKET_WEBHOOK_PATH } from './webhook-http.js';

/** What the routes serve; each part is built by the gateway. */
export interface HttpRoutesDeps {
  graphql: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
  playground: Playground;
  /** The readiness report; its `status` decides 200 (ready, degraded) or 503. */
  readiness: () => Promise<{ status: string }>;
  metrics: Metrics;
  /** `POST /webhooks/support-tickets`: the ticket service's signed events. */
  ticketWebhook: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'content-type, authorization, authenticateit_identity_ticket, authenticateit_terminal_device, x-merchant-token, x-request-id, apollo-require-preflight, x-apollo-operation-name',
  'access-control-expose-headers': 'x-request-id',
  'access-control-max-age': '600',
};
const PLAYGROUND_ASSETS = '/graphql/playground/';
/** Paths a person types or a link leaves behind; each leads to the one endpoint. */
const TO_GRAPHQL = new Set(['/', '/graphql/']);

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function wantsPage(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

/** The gateway's HTTP paths (DESIGN.md, "Fixed names"): /graphql and its page, health, metrics, the ticket webhook. */
export function createHttpRoutes(deps: HttpRoutesDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname === '/graphql') {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS).end();
        return;
      }
      for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v);
      if (wantsPage(req, url)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(deps.playground.html);
        return;
      }
      return deps.graphql(req, res, url);
    }
    if (TO_GRAPHQL.has(url.pathname) && (req.method === 'GET' || req.method === 'HEAD')) {
      // 308 keeps the method; the query string (a GET operation) goes along.
      res.writeHead(308, { location: `/graphql${url.search}` }).end();
      return;
    }
    if (url.pathname.startsWith(PLAYGROUND_ASSETS)) {
      const asset = deps.playground.asset(url.pathname.slice(PLAYGROUND_ASSETS.length));
      if (!asset) return sendJson(res, 404, { error: 'Not found' });
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': asset.type,
        'cache-control': 'public, max-age=3600',
        vary: 'accept-encoding',
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      res.end(gzip ? asset.gzip : asset.plain);
      return;
    }
    if (url.pathname === TICKET_WEBHOOK_PATH) return deps.ticketWebhook(req, res);
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const readiness = await deps.readiness();
      return sendJson(res, readiness.status === 'ready' || readiness.status === 'degraded' ? 200 : 503, readiness);
    }
    if (url.pathname === '/metrics') {
      const text = await deps.metrics.render();
      res.writeHead(200, { 'content-type': deps.metrics.contentType }).end(text);
      return;
    }
    sendJson(res, 404, { error: 'Not found' });
  };
}
