import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { docsOperationFiles, manifestEntry } from '../../scripts/persisted-manifest.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const generatedFile = path.join(root, 'docs', 'generated', 'operations.ts');
const TYPE_SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** Each documented operation: its generated type names, its committed answers' data and, unless files fill them, its variables. */
function documented() {
  return docsOperationFiles().map((file) => {
    const { name, type } = manifestEntry(file);
    const base = path.join(root, 'docs', 'operations', file.replace(/\.graphql$/, ''));
    const answer = JSON.parse(readFileSync(`${base}.response.json`, 'utf8')) as unknown;
    const results = (Array.isArray(answer) ? answer : [answer]) as Array<{ data: unknown }>;
    let variables: unknown;
    try {
      variables = JSON.parse(readFileSync(`${base}.variables.json`, 'utf8'));
    } catch {
      variables = {};
    }
    const uploads = JSON.stringify(variables).includes('null');
    return { typeName: `${name}${TYPE_SUFFIX[type]}`, data: results.map((r) => r.data), variables: uploads ? undefined : variables };
  });
}

describe('docs/generated/operations.ts', () => {
  it('is what codegen.ts makes today of schema.graphql and docs/operations (scripts/codegen-check.mjs)', async () => {
    const { stdout } = await run(process.execPath, [path.join(root, 'scripts', 'codegen-check.mjs')], { cwd: root });
    expect(stdout).toContain('is current');
  }, 60_000);

  it('exports the answer and variables types of every documented operation, with the custom scalars as strings', () => {
    const text = readFileSync(generatedFile, 'utf8');
    const operations = documented();
    expect(operations.length).toBeGreaterThan(10);
    for (const { typeName } of operations) {
      expect(text).toMatch(new RegExp(`^export type ${typeName} = `, 'm'));
      expect(text).toMatch(new RegExp(`^export type ${typeName}Variables = `, 'm'));
    }
    expect(text).not.toMatch(/\bany\b/);
    expect(text).toContain('coins: string;');
  });

  it('compiles strictly, and types the committed answers and variables of every documented operation', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'codegen-check-'));
    try {
      const lines = [`import type * as Ops from ${JSON.stringify(generatedFile.replace(/\.ts$/, '.js'))};`];
      documented().forEach(({ typeName, data, variables }, i) => {
        data.forEach((d, j) => lines.push(`export const answer${i}_${j}: Ops.${typeName} = ${JSON.stringify(d)};`));
        if (variables !== undefined) lines.push(`export const variables${i}: Ops.${typeName}Variables = ${JSON.stringify(variables)};`);
      });
      // A deliberate mistake proves the check can fail: the compiler must reject it.
      lines.push('// @ts-expect-error a Coins amount is a string, never a number', 'export const wrong: Ops.CashoutQuoteQueryVariables = { coins: 1, country: "036" };');
      writeFileSync(path.join(dir, 'check.ts'), `${lines.join('\n')}\n`);
      const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      const options = ['--noEmit', '--strict', '--noUncheckedIndexedAccess', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--lib', 'ES2024'];
      const result = await run(process.execPath, [tsc, ...options, '--types', 'node', '--typeRoots', path.join(root, 'node_modules', '@types'), path.join(dir, 'check.ts')]).catch(
        (err: { stdout?: string }) => ({ stdout: err.stdout ?? String(err) }),
      );
      expect(result.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
