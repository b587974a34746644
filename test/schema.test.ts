import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema, printSortedSchema } from '../src/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const committedPath = `${root}schema.graphql`;
const pendingPath = `${root}test/contract-pending.txt`;
// The contract lives beside the project in CI (../shared); the project never needs it at run time.
const contractPath = `${root}../shared/contract/schema.graphql`;

function pendingLines(): string[] {
  return readFileSync(pendingPath, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

describe('schema.graphql', () => {
  it('is what the TypeGraphQL classes emit (run `npm run schema` when this fails)', async () => {
    const emitted = printSortedSchema(await buildGatewaySchema());
    expect(readFileSync(committedPath, 'utf8')).toBe(emitted);
  });

  it('keeps test/contract-pending.txt sorted and free of duplicates', () => {
    const lines = pendingLines();
    expect(lines).toEqual([...new Set(lines)].sort());
  });

  it('breaks nothing in the client contract but what test/contract-pending.txt still lists', () => {
    if (!existsSync(contractPath)) {
      console.warn(`contract check skipped: ${contractPath} is not present (it is in CI)`);
      return;
    }
    const contract = buildSchema(readFileSync(contractPath, 'utf8'));
    const ours = buildSchema(readFileSync(committedPath, 'utf8'));
    const breaking = findBreakingChanges(contract, ours).map((change) => `${change.type}: ${change.description}`);
    const pending = new Set(pendingLines());
    const unexpected = breaking.filter((line) => !pending.has(line));
    const nowDone = [...pending].filter((line) => !breaking.includes(line));
    expect(unexpected, 'breaking changes against the contract').toEqual([]);
    expect(nowDone, 'implemented now: remove these lines from test/contract-pending.txt').toEqual([]);
  });
});
