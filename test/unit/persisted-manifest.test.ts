import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadOperationManifest, operationHash } from '../../src/server/persisted/operation-manifest.js';
import { buildManifest, docsOperationFiles, DOCS_OPERATIONS, MANIFEST_FILE, manifestText } from '../../scripts/persisted-manifest.js';

describe('persisted-operations.json', () => {
  it('loads as the gateway loads it, with exactly the documented operations by the hash of their text', () => {
    const loaded = loadOperationManifest(MANIFEST_FILE);
    const files = docsOperationFiles();
    expect(files.length).toBeGreaterThan(10);
    const texts = files.map((file) => readFileSync(`${DOCS_OPERATIONS}/${file}`, 'utf8').trimEnd());
    expect(new Map(texts.map((text) => [operationHash(text), text]))).toEqual(new Map(loaded.byHash));
  });

  it('is what scripts/persisted-manifest.ts writes today (names, types, bodies, ids)', () => {
    const committed = readFileSync(MANIFEST_FILE, 'utf8');
    expect(committed).toBe(manifestText(buildManifest()));
    const manifest = JSON.parse(committed) as { operations: Array<{ name: string; type: string }> };
    expect(manifest.operations.find((op) => op.name === 'SupportTicketStatus')?.type).toBe('subscription');
    expect(manifest.operations.find((op) => op.name === 'RequestCashout')?.type).toBe('mutation');
  });

  it("holds texts in graphql-js' printed form, so a client printing the document sends the same text", () => {
    for (const { name, body } of buildManifest().operations) expect(body, name).toBe(print(parse(body)));
  });

  it('would be refused by the gateway if an id were not its body hash (the check guards the committed file)', () => {
    const manifest = buildManifest();
    manifest.operations[0]!.body += ' ';
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    try {
      writeFileSync(path.join(dir, 'persisted-operations.json'), manifestText(manifest));
      expect(() => loadOperationManifest(path.join(dir, 'persisted-operations.json'))).toThrow(/SHA-256/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
