// Bundles GraphiQL (playground/graphiql.entry.jsx) into dist/playground/ with esbuild.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../playground/graphiql.entry.jsx', import.meta.url).pathname],
  outdir: new URL('../dist/playground/', import.meta.url).pathname,
  entryNames: 'graphiql',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl' },
  logLevel: 'warning',
});
