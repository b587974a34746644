// Bundled by scripts/build-playground.mjs into dist/playground/ and served by the gateway
// at GET /graphql: GraphiQL without a CDN (the machines this runs on may have no internet).
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

// The gateway writes its settings (example operation, prefilled headers) into the page.
const config = JSON.parse(document.getElementById('gateway-config').textContent);

async function fetcher(params, options) {
  const response = await fetch(window.location.pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options && options.headers) },
    body: JSON.stringify(params),
  });
  return response.json();
}

// With introspection off (INTROSPECTION=false) GraphiQL must not ask for the schema: say so instead.
const notice = config.introspection === false
  ? React.createElement('div', { id: 'introspection-off', style: { padding: '6px 12px', background: '#fff3cd', font: '13px system-ui' } },
      'Introspection is off on this deployment (INTROSPECTION=false): no docs or completion; operations still run.')
  : null;

createRoot(document.getElementById('graphiql')).render(
  React.createElement(React.Fragment, null, notice,
    React.createElement(GraphiQL, {
      fetcher,
      ...(config.introspection === false && { schema: null }),
      defaultQuery: config.query,
      defaultHeaders: config.headers,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: true,
    })),
);
