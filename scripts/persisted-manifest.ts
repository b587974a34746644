/**
 * Writes persisted-operations.json, the manifest a PERSISTED_ONLY deployment runs, from the
 * documented operations (docs/operations/<flow>/<Name>.graphql); with --check fails when the
 * committed manifest differs from what the operations make.
 *
 * Format: Apollo's persisted-query manifest, version 1. Each body is the operation file's
 * text without its final newline, exactly what a client sends; each id is the SHA-256 of the
 * body (hex), as APQ names it and as src/server/persisted/operation-manifest.ts checks.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { operationHash } from '../src/server/persisted/operation-manifest.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the documented operations live. */
export const DOCS_OPERATIONS = path.join(root, 'docs', 'operations');
/** The committed manifest (PERSISTED_OPERATIONS_FILE's default, relative to the repository). */
export const MANIFEST_FILE = path.join(root, 'persisted-operations.json');

/** One operation of the manifest. */
export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** An apollo-persisted-query-manifest, version 1. */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

/** Every documented operation file, by path relative to docs/operations, sorted. */
export function docsOperationFiles(): string[] {
  return readdirSync(DOCS_OPERATIONS, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The manifest entry of one file: it must hold one operation, named as the file is. */
export function manifestEntry(relativeFile: string): ManifestOperation {
  const body = readFileSync(path.join(DOCS_OPERATIONS, relativeFile), 'utf8').trimEnd();
  const definitions = parse(body).definitions;
  const operation = definitions[0] as OperationDefinitionNode | undefined;
  const expected = path.basename(relativeFile, '.graphql');
  if (definitions.length !== 1 || operation?.kind !== Kind.OPERATION_DEFINITION || operation.name?.value !== expected) {
    throw new Error(`docs/operations/${relativeFile} must hold exactly one operation, named ${expected}`);
  }
  return { id: operationHash(body), name: expected, type: operation.operation, body };
}

/** The manifest of every documented operation; a name used twice is refused (clients look operations up by name). */
export function buildManifest(): PersistedQueryManifest {
  const operations = docsOperationFiles().map(manifestEntry);
  const names = new Set<string>();
  for (const { name } of operations) {
    if (names.has(name)) throw new Error(`two documented operations are named ${name}`);
    names.add(name);
  }
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** The committed form: two-space JSON and a final newline. */
export function manifestText(manifest: PersistedQueryManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function main(): void {
  const text = manifestText(buildManifest());
  if (!process.argv.includes('--check')) {
    writeFileSync(MANIFEST_FILE, text);
    process.stdout.write(`wrote ${path.relative(process.cwd(), MANIFEST_FILE)}\n`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(MANIFEST_FILE, 'utf8');
  } catch {
    // A missing manifest is as stale as a wrong one.
  }
  if (committed !== text) {
    process.stderr.write('persisted-operations.json is stale: run `npm run persisted-manifest` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('persisted-operations.json is current.\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
