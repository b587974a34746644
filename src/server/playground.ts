import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { playgroundTabs } from './playground-examples.js';
import { renderFallbackPlayground } from './playground-fallback.js';

/** One static file of the GraphiQL bundle, plain and gzipped. */
export interface Asset {
  type: string;
  plain: Buffer;
  gzip: Buffer;
}

/** Serves GET /graphql to browsers and the GraphiQL bundle below /graphql/playground/. */
export interface Playground {
  html: string;
  /** The asset for a path below /graphql/playground/, if there is one. */
  asset(name: string): Asset | undefined;
}

function projectRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return dir;
}

function load(file: string, type: string): Asset {
  const plain = readFileSync(file);
  return { type, plain, gzip: gzipSync(plain) };
}

/**
 * GraphiQL from our own bundle (`npm run build` makes dist/playground/), no CDN: the
 * machines this runs on may have no internet. Without the bundle, a plain fallback page.
 * Subscriptions run over graphql-ws on the same URL; one tab per client flow.
 */
export function createPlayground(ticket: string | undefined, introspection = true): Playground {
  const root = projectRoot();
  const dir = root && join(root, 'dist/playground');
  if (!dir || !existsSync(join(dir, 'graphiql.js')) || !existsSync(join(dir, 'graphiql.css'))) {
    return { html: renderFallbackPlayground(ticket, introspection), asset: () => undefined };
  }
  // A Map, not an object: a path such as `__proto__` or `constructor` must find nothing.
  const assets = new Map<string, Asset>([
    ['graphiql.js', load(join(dir, 'graphiql.js'), 'text/javascript; charset=utf-8')],
    ['graphiql.css', load(join(dir, 'graphiql.css'), 'text/css; charset=utf-8')],
  ]);
  const config = JSON.stringify({ tabs: playgroundTabs(ticket), introspection }).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Gateway playground</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="graphql/playground/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="gateway-config">${config}</script>
<script src="graphql/playground/graphiql.js"></script></body></html>`;
  return { html, asset: (name) => assets.get(name) };
}
