import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from '../../errors/error-codes.js';

/** How one text scalar reads client input and checks what the gateway sends. */
export interface TextScalarSpec {
  name: string;
  description: string;
  /** An example shown in the refusal, e.g. "219.03". */
  example: string;
  /** Longest input accepted: bounds the work any later step does with it. */
  maxLength: number;
  /** The value as the graph keeps it, or undefined when the text is not one. */
  parse(text: string): string | undefined;
  /** True when an output value is well formed (anything else is our bug, and masked). */
  isOutput(value: string): boolean;
  /** Output form of a value that passed `isOutput` (e.g. checksummed); identity by default. */
  format?(value: string): string;
}

/**
 * A scalar carried as a string both ways. Input must be a GraphQL string (never an Int or
 * Float literal: `1e3` or `0.1` would already have passed through a double) and is checked
 * where it enters; a bad value is BAD_USER_INPUT naming the scalar and an example.
 */
export function textScalar(spec: TextScalarSpec): GraphQLScalarType<string, string> {
  const refuse = (value: unknown): never => {
    const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : 'a non-string value';
    throw new GraphQLError(`${spec.name} must be a string like "${spec.example}"; got ${shown}.`, {
      extensions: { code: ErrorCode.BadUserInput },
    });
  };
  const parseInput = (value: unknown): string => {
    if (typeof value !== 'string' || value.length > spec.maxLength) return refuse(value);
    return spec.parse(value) ?? refuse(value);
  };
  return new GraphQLScalarType<string, string>({
    name: spec.name,
    description: spec.description,
    serialize: (value: unknown): string => {
      if (typeof value === 'string' && spec.isOutput(value)) return spec.format ? spec.format(value) : value;
      // An output value that fails is our bug, not the client's input: a plain Error is masked.
      throw new Error(`${spec.name} cannot represent ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value}`);
    },
    parseValue: parseInput,
    parseLiteral: (ast: ValueNode) => parseInput(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}
