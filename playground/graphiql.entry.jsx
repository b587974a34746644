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

createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: config.query,
    defaultHeaders: config.headers,
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: true,
  }),
);
