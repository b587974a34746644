import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultFieldResolver, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../src/schema.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('object types read plain fields with graphql-js itself', () => {
  it('every @ObjectType says simpleResolvers: true', () => {
    const missing = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/@ObjectType\(([^)]*)\)/g)].filter((m) => !/simpleResolvers: true/.test(m[1]!)).map(() => path.relative(SRC, file)),
    );
    expect(missing).toEqual([]);
  });

  it("so a field without a resolver method of its own has no resolver wrapped around it", async () => {
    const schema = await buildGatewaySchema();
    const transfer = schema.getType('EthereumTransfer');
    const page = schema.getType('TransferConnection');
    if (!isObjectType(transfer) || !isObjectType(page)) throw new Error('types renamed?');
    expect(transfer.getFields()['status']!.resolve ?? defaultFieldResolver).toBe(defaultFieldResolver);
    expect(page.getFields()['edges']!.resolve ?? defaultFieldResolver).toBe(defaultFieldResolver);
    // A resolver method still runs as one: the query root's fields, say.
    expect(schema.getQueryType()!.getFields()['plans']!.resolve).toBeTypeOf('function');
  });
});
