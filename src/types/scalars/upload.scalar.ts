import { GraphQLScalarType } from 'graphql';
import { GraphQLUpload } from 'graphql-upload-minimal';

/**
 * The contract's `Upload`: graphql-upload-minimal's scalar (its value is a promise of the
 * file, which the multipart parser in src/server/graphql-http.ts resolves), with the
 * contract's description.
 */
export const UploadScalar = new GraphQLScalarType({
  ...GraphQLUpload.toConfig(),
  description: 'A file sent with the GraphQL multipart request spec.',
});
