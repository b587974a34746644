import { buildSchema, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/lib/metrics.js';
import { JitExecutor } from '../../src/server/jit-executor.js';
import { markExecuted } from '../../src/server/fast-lane/handed-over.js';

const schema = buildSchema('type Query { hello(name: String!): String! count: Int! }');
schema.getQueryType()!.getFields()['hello']!.resolve = (_: unknown, args: { name: string }) => `hello ${args.name}`;
let counted = 0;
schema.getQueryType()!.getFields()['count']!.resolve = () => {
  counted++;
  return 3;
};

/** What Apollo's gateway hook hands the executor, as far as it reads it. */
function request(document: DocumentNode, variables: Record<string, unknown> = {}) {
  const operation = document.definitions[0] as OperationDefinitionNode;
  return { document, operation, operationName: operation.name?.value ?? null, request: { variables }, context: {} } as never;
}

const compiledTotal = (metrics: Metrics) => metrics.get('gateway_documents_compiled_total', { result: 'compiled' });

describe('JitExecutor', () => {
  it('answers with graphql-js before the threshold and compiled after it, the same answer', async () => {
    const metrics = new Metrics();
    const executor = new JitExecutor(schema, 1, metrics);
    const document = parse('query Q($n: String!) { hello(name: $n) count }');
    const first = await executor.execute(request(document, { n: 'a' }));
    expect(compiledTotal(metrics)).toBe(0);
    const second = await executor.execute(request(document, { n: 'a' }));
    expect(compiledTotal(metrics)).toBe(1);
    expect(second).toEqual(first);
    expect(first).toEqual({ data: { hello: 'hello a', count: 3 } });
  });

  it('refuses a variable with graphql-js before anything runs or counts', async () => {
    const metrics = new Metrics();
    const executor = new JitExecutor(schema, 0, metrics);
    const answer = (await executor.execute(request(parse('query Q($n: String!) { hello(name: $n) }'), { n: 5 }))) as unknown as { errors: Array<{ message: string }> };
    expect(answer.errors[0]!.message).toMatch(/^Variable "\$n" got invalid value 5; String cannot represent a non string value/);
    expect(compiledTotal(metrics)).toBe(0);
  });

  it('keeps at most the configured number of compiled documents, the oldest going first', async () => {
    const metrics = new Metrics();
    const executor = new JitExecutor(schema, 0, metrics, 2);
    const documents = ['{ count }', '{ a: count }', '{ b: count }'].map((text) => parse(text));
    for (const document of documents) await executor.execute(request(document));
    expect(compiledTotal(metrics)).toBe(3);
    // The newest two are still compiled; the first was pushed out and is compiled again.
    await executor.execute(request(documents[2]!));
    await executor.execute(request(documents[1]!));
    expect(compiledTotal(metrics)).toBe(3);
    await executor.execute(request(documents[0]!));
    expect(compiledTotal(metrics)).toBe(4);
    expect(await executor.execute(request(documents[0]!))).toEqual({ data: { count: 3 } });
  });

  it('leaves a document naming __proto__ to graphql-js, which keeps its keys in order', async () => {
    const metrics = new Metrics();
    const executor = new JitExecutor(schema, 0, metrics);
    const answer = (await executor.execute(request(parse("{ __proto__: count zz: count }")))) as unknown as { data: Record<string, number> };
    expect(Object.keys(answer.data)).toEqual(['__proto__', 'zz']);
    expect(metrics.get('gateway_documents_compiled_total', { result: 'unsupported' })).toBe(1);
    expect(compiledTotal(metrics)).toBe(0);
  });

  it('hands back what the fast lane ran, result or throw, without running the operation again', async () => {
    const executor = new JitExecutor(schema, 0, new Metrics());
    const document = parse('{ count }');
    const ran = { data: { count: 41 } };
    const before = counted;
    const withResult = { ...(request(document) as object), context: markExecuted({}, { result: ran }) } as never;
    expect(await executor.execute(withResult)).toBe(ran);
    const thrown = new Error('ran and threw');
    const withThrow = { ...(request(document) as object), context: markExecuted({}, { thrown }) } as never;
    await expect(executor.execute(withThrow)).rejects.toBe(thrown);
    expect(counted).toBe(before);
    // An unmarked context runs it.
    expect(await executor.execute(request(document))).toEqual({ data: { count: 3 } });
    expect(counted).toBe(before + 1);
  });
});
