import { EXAMPLE_QUERY } from './playground-example.js';

/** What the page says when the deployment does not answer introspection. */
export const INTROSPECTION_OFF = '<span id="introspection-off">Introspection is off on this deployment (INTROSPECTION=false): no docs or completion; operations still run.</span>';

/**
 * The playground when the GraphiQL bundle was not built (a checkout run without `npm run
 * build`): plain HTML and script, an editor, variables, headers and the answer.
 */
export function renderFallbackPlayground(demoTicket: string | undefined, introspection = true): string {
  const headers = JSON.stringify({ authenticateit_identity_ticket: demoTicket ?? '<your session ticket>' }, null, 2);
  const initial = JSON.stringify({ query: EXAMPLE_QUERY, headers }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Gateway playground</title>
<style>
body{margin:0;font:14px system-ui,sans-serif;display:grid;grid-template:auto 1fr/1fr 1fr;height:100vh}
header{grid-column:1/3;padding:8px 12px;background:#1b2733;color:#fff;display:flex;gap:12px;align-items:center}
button{font:inherit;padding:4px 14px;cursor:pointer}
section{display:flex;flex-direction:column;min-height:0}
label{font-size:12px;color:#555;padding:4px 8px 0}
textarea,pre{font:13px ui-monospace,monospace;margin:4px 8px;padding:8px;border:1px solid #ccc;border-radius:4px}
#query{flex:3}#variables,#headers{flex:1}pre{flex:1;overflow:auto;background:#f7f7f7;white-space:pre-wrap}
</style></head><body>
<header><strong>Gateway playground</strong><button id="run">Run ▶</button><span id="status"></span>${introspection ? '' : INTROSPECTION_OFF}</header>
<section><label for="query">Operation</label><textarea id="query" spellcheck="false" wrap="off"></textarea>
<label for="variables">Variables (JSON)</label><textarea id="variables" spellcheck="false">{}</textarea>
<label for="headers">Headers (JSON)</label><textarea id="headers" spellcheck="false"></textarea></section>
<section><label>Answer</label><pre id="answer"></pre></section>
<script>
const initial = ${initial};
const $ = (id) => document.getElementById(id);
$('query').value = localStorage.getItem('gw.query') || initial.query;
$('headers').value = localStorage.getItem('gw.headers') || initial.headers;
async function run() {
  $('status').textContent = 'running…';
  localStorage.setItem('gw.query', $('query').value);
  localStorage.setItem('gw.headers', $('headers').value);
  try {
    const headers = Object.assign({ 'content-type': 'application/json' }, JSON.parse($('headers').value || '{}'));
    const started = performance.now();
    const res = await fetch(location.pathname, { method: 'POST', headers,
      body: JSON.stringify({ query: $('query').value, variables: JSON.parse($('variables').value || '{}') }) });
    $('answer').textContent = JSON.stringify(await res.json(), null, 2);
    $('status').textContent = res.status + ' in ' + Math.round(performance.now() - started) + ' ms';
  } catch (e) { $('answer').textContent = String(e); $('status').textContent = 'failed'; }
}
$('run').onclick = run;
document.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') run(); });
</script></body></html>`;
}
