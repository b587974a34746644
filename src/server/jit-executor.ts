import { BREAK, execute, getVariableValues, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import type { Metrics } from '../lib/metrics.js';
import { RecentMap } from '../lib/recent-map.js';
import { executedBefore } from './fast-lane/handed-over.js';

// Note: Apollo's own names for the hook's types, without importing the package it takes them from.
type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** One operation to run: a validated document, the operation picked from it, its variables as sent. */
export interface OperationRun {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables?: Readonly<Record<string, unknown>> | undefined;
  context: GatewayContext;
}

/** Runs so far of an operation not compiled yet, or this mark: graphql-jit cannot compile it. */
const UNSUPPORTED = -1;

/**
 * Compiled documents kept at most: about 20 MB. Note: a compiled operation is a function of
 * about 100 KB (the home screen: 107 KB, 1.7 ms to compile), kept beside Apollo's document
 * store, which bounds documents by their own size only; a client sending thousands of
 * distinct documents three times each would otherwise grow the process by as many
 * functions. The oldest compiled goes first (and is compiled again if it comes back).
 */
export const MAX_COMPILED_DOCUMENTS = 200;

/**
 * Runs operations through graphql-jit's compiled execution, which builds one function per
 * document instead of walking the document for every result (bench W6: CPU per operation
 * about halved at 100 transfers). What it answers is graphql-js' answer:
 * - before a compiled run, graphql-js coerces the variables, so a refused value gets
 *   graphql-js' error, which the masker tags BAD_USER_INPUT as before (graphql-jit words
 *   them differently);
 * - a document graphql-jit cannot compile, or one that has run fewer than
 *   COMPILE_AFTER_RUNS times, is executed by graphql-js, which coerces the variables once,
 *   as it always did; a run refused for its variables does not count.
 * Note: runs are counted per parsed document (Apollo keeps one per query text in its
 * document store), so they go when the document does; compiled forms are kept for at most
 * {@link MAX_COMPILED_DOCUMENTS} documents.
 */
export class JitExecutor {
  private readonly runs = new WeakMap<DocumentNode, Map<string, number>>();
  private readonly compiled: RecentMap<DocumentNode, Map<string, CompiledQuery>>;

  /**
   * @param compileAfterRuns How many times a document runs through graphql-js before it is
   * compiled. Note: compiling costs what some ten executions save (the home screen: 1.7 ms),
   * so a document seen once (a one-off query, a client probing) never pays it; an app's
   * everyday queries soon do.
   */
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly compileAfterRuns: number,
    private readonly metrics: Metrics,
    maxCompiledDocuments = MAX_COMPILED_DOCUMENTS,
  ) {
    this.compiled = new RecentMap(maxCompiledDocuments);
  }

  /**
   * Apollo's executor. An operation the fast lane has already run (src/server/fast-lane/)
   * is not run again: its outcome is handed back for Apollo to format.
   */
  readonly execute: GatewayExecutor = async (request) => {
    const executed = executedBefore(request.context);
    if (executed) {
      if ('thrown' in executed) throw executed.thrown;
      return executed.result;
    }
    return this.run({ document: request.document, operation: request.operation, variables: request.request.variables, context: request.context as GatewayContext });
  };

  /** Runs one operation of a validated document, compiled once it is due. */
  async run({ document, operation, variables = {}, context }: OperationRun): Promise<ExecutionResult> {
    const name = operation.name?.value ?? '';
    const known = this.compiled.get(document)?.get(name);
    // Not compiled (yet): graphql-js runs it, coercing the variables itself, and a run that
    // got past them counts towards compiling.
    if (!known && !this.isDue(document, name)) {
      const result = await this.executeWithGraphQLJs(document, operation, variables, context);
      if ('data' in result) this.countRun(document, name);
      return result;
    }
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(this.schema, operation.variableDefinitions, variables, { maxErrors: 50 });
      if (coerced.errors) return { errors: coerced.errors };
    }
    const compiled = known ?? this.compile(document, operation, name);
    if (!compiled) return this.executeWithGraphQLJs(document, operation, variables, context);
    return (await compiled.query(undefined, context, variables)) as ExecutionResult;
  }

  /** Whether an operation not compiled yet has run often enough to be compiled now. */
  private isDue(document: DocumentNode, name: string): boolean {
    const runs = this.runs.get(document)?.get(name) ?? 0;
    return runs !== UNSUPPORTED && runs >= this.compileAfterRuns;
  }

  /** The run counts of a document's operations, by name (created on first use). */
  private runsOf(document: DocumentNode): Map<string, number> {
    let byName = this.runs.get(document);
    if (!byName) this.runs.set(document, (byName = new Map()));
    return byName;
  }

  private countRun(document: DocumentNode, name: string): void {
    const byName = this.runsOf(document);
    const runs = byName.get(name) ?? 0;
    if (runs !== UNSUPPORTED) byName.set(name, runs + 1);
  }

  private compile(document: DocumentNode, operation: OperationDefinitionNode, name: string): CompiledQuery | undefined {
    const compiled = namesProto(document) ? undefined : compileQuery(this.schema, document, operation.name?.value);
    const supported = compiled !== undefined && isCompiledQuery(compiled);
    this.metrics.inc('gateway_documents_compiled_total', { result: supported ? 'compiled' : 'unsupported' });
    if (!supported) {
      this.runsOf(document).set(name, UNSUPPORTED);
      return undefined;
    }
    let operations = this.compiled.get(document);
    if (!operations) this.compiled.set(document, (operations = new Map()));
    operations.set(name, compiled);
    return compiled;
  }

  private async executeWithGraphQLJs(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
    context: GatewayContext,
  ): Promise<ExecutionResult> {
    return execute({
      schema: this.schema,
      document,
      contextValue: context,
      variableValues: variables,
      operationName: operation.name?.value ?? null,
    });
  }
}

/**
 * True when some name of the document is `__proto__` (an alias, say). Note: graphql-jit
 * answers such a field too, but moves it to the end of its object; graphql-js keeps the
 * order the document asks for, so such a document stays with graphql-js.
 */
function namesProto(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Name(node) {
      if (node.value !== '__proto__') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Apollo Server's gateway hook, used for its one documented way to swap the executor: the
 * schema is ours and never changes, so it is handed over once.
 */
export function jitGateway(schema: GraphQLSchema, executor: JitExecutor): GatewayInterface {
  return {
    load: async () => ({ executor: executor.execute }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}
