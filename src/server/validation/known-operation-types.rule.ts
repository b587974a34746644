import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose type the schema does not have (a `subscription` on a schema
 * without subscriptions): graphql-js 16 only notices while executing, where the error has
 * no code and would reach the client as our own INTERNAL_SERVER_ERROR.
 */
export const KnownOperationTypesRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`This schema has no ${node.operation} operations.`, { nodes: [node] }));
  },
});
