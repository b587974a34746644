import {
  getNamedType,
  getVariableValues,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What an operation asks for, as the operation limits see it. */
export interface OperationMeasure {
  /** Nesting of fields, introspection excluded. */
  depth: number;
  /** Aliased fields, counted once per place they would run. */
  aliases: number;
  directives: number;
  /** One per field, list fields weighted by their `first` (or by the default list size). */
  cost: number;
  /** Root mutation fields marked `moneyMoving` in their extensions. */
  moneyMoving: number;
}

const zero = (): OperationMeasure => ({ depth: 0, aliases: 0, directives: 0, cost: 0, moneyMoving: 0 });

function addInto(target: OperationMeasure, part: OperationMeasure): void {
  target.depth = Math.max(target.depth, part.depth);
  target.aliases += part.aliases;
  target.directives += part.directives;
  target.cost += part.cost;
  target.moneyMoving += part.moneyMoving;
}

/** The operation that will run: the named one, or the only one. */
export function selectOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((op) => op.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * The variables as execution will see them: a variable not sent takes its default
 * (`$n: Int = 100000` weighs 100000). Values execution would refuse are measured as sent;
 * execution refuses them anyway.
 */
function withDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): Readonly<Record<string, unknown>> | undefined {
  if (!operation.variableDefinitions?.length) return variables ?? undefined;
  const { coerced } = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, { maxErrors: 1 });
  return coerced ?? variables ?? undefined;
}

/**
 * Measures one operation of a validated document in time linear in the document's size:
 * each fragment is summarised once (per the two contexts it can be spread in) and the
 * summary reused wherever it is spread, so a fragment spread twice by a fragment spread
 * twice by … costs one visit each, not 2^n. Note: the totals can still be astronomically
 * large for such a document; that is what the limits then refuse.
 *
 * List cost: a field with a `first` argument multiplies what is below it by that value
 * (variables resolved), and the list directly under it (`edges`, `items`) is that page,
 * not a further multiple; any other list counts `defaultListSize` items.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  defaultListSize: number,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, OperationMeasure>();
  const visiting = new Set<string>();
  const values = withDefaults(schema, operation, variables);

  const firstOf = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number | undefined => {
    const arg = field?.args.find((a) => a.name === 'first');
    if (!arg) return undefined;
    const given = node.arguments?.find((a) => a.name.value === 'first');
    let value = given ? valueFromAST(given.value, arg.type, values) : arg.defaultValue;
    // A variable neither sent nor defaulted leaves the argument to its own default, as execution does.
    if (value === undefined && given?.value.kind === Kind.VARIABLE) value = arg.defaultValue;
    return typeof value === 'number' && value >= 0 ? value : undefined;
  };

  const measureFragment = (name: string, paged: boolean): OperationMeasure => {
    const key = `${name}|${paged}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    // A cycle or an unknown fragment is graphql-js' to report; here it must only not recurse.
    if (!fragment || visiting.has(key)) return zero();
    visiting.add(key);
    const type = schema.getType(fragment.typeCondition.name.value);
    const summary = measureSet(fragment.selectionSet, isCompositeType(type) ? type : undefined, paged);
    summary.directives += fragment.directives?.length ?? 0;
    visiting.delete(key);
    memo.set(key, summary);
    return summary;
  };

  const measureSet = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined, paged: boolean): OperationMeasure => {
    const total = zero();
    for (const selection of set.selections) {
      total.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        const first = firstOf(selection, field);
        const isList = field !== undefined && isListType(getNullableType(field.type));
        const multiplier = first ?? (isList && !paged ? defaultListSize : 1);
        const childType = field ? getNamedType(field.type) : undefined;
        const child = selection.selectionSet
          ? measureSet(selection.selectionSet, isCompositeType(childType) ? childType : undefined, first !== undefined)
          : zero();
        total.depth = Math.max(total.depth, 1 + child.depth);
        total.aliases += (selection.alias ? 1 : 0) + child.aliases;
        total.directives += child.directives;
        total.cost += 1 + multiplier * child.cost;
        total.moneyMoving += (field?.extensions?.moneyMoving === true ? 1 : 0) + child.moneyMoving;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        addInto(total, measureSet(selection.selectionSet, isCompositeType(type) ? type : undefined, paged));
      } else {
        addInto(total, measureFragment(selection.name.value, paged));
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  const measure = measureSet(operation.selectionSet, root ?? undefined, false);
  measure.directives += operation.directives?.length ?? 0;
  return measure;
}
