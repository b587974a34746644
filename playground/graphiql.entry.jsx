// Bundled by scripts/build-playground.mjs into dist/playground/ and served by the gateway
// at GET /graphql: GraphiQL without a CDN (the machines this runs on may have no internet).
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

// The gateway writes its settings (the example tabs with their headers) into the page.
const config = JSON.parse(document.getElementById('gateway-config').textContent);

// Queries and mutations are POSTed to this page's own URL; subscriptions go over graphql-ws
// on the same path. Note: with a subscriptionUrl the toolkit opens a graphql-ws client per
// subscription with the Headers editor's content as connectionParams, which is where the
// gateway reads a WebSocket's credentials (the same keys as the HTTP headers).
const here = new URL(window.location.pathname, window.location.href);
const fetcher = createGraphiQLFetcher({
  url: here.href,
  subscriptionUrl: `${here.protocol === 'https:' ? 'wss:' : 'ws:'}//${here.host}${here.pathname}`,
  // The gateway answers no @defer/@stream: plain JSON, without the multipart machinery.
  enableIncrementalDelivery: false,
});

// With introspection off (INTROSPECTION=false) GraphiQL must not ask for the schema: say so instead.
const notice = config.introspection === false
  ? React.createElement('div', { id: 'introspection-off', style: { padding: '6px 12px', background: '#fff3cd', font: '13px system-ui' } },
      'Introspection is off on this deployment (INTROSPECTION=false): no docs or completion; operations still run.')
  : null;

// GraphiQL's default plugins stay: the docs explorer and the history.
createRoot(document.getElementById('graphiql')).render(
  React.createElement(React.Fragment, null, notice,
    React.createElement(GraphiQL, {
      fetcher,
      ...(config.introspection === false && { schema: null }),
      defaultTabs: config.tabs,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: true,
    })),
);
