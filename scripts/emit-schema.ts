/**
 * Writes schema.graphql from the TypeGraphQL classes (sorted), or with --check fails
 * when the committed file differs from what the classes produce.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGatewaySchema, printSortedSchema } from '../src/schema.js';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const printed = printSortedSchema(await buildGatewaySchema());

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing file is as stale as a wrong one.
  }
  if (committed !== printed) {
    process.stderr.write('schema.graphql is stale: run `npm run schema` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is current.\n');
} else {
  writeFileSync(target, printed);
  process.stdout.write(`wrote ${target}\n`);
}
