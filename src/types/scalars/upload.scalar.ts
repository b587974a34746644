import { GraphQLError, GraphQLScalarType } from 'graphql';
import { GraphQLUpload } from 'graphql-upload-minimal';
import { ErrorCode } from '../../errors/error-codes.js';

const upload = GraphQLUpload.toConfig();

function refuse(message: string): never {
  throw new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput } });
}

/**
 * The contract's `Upload`: graphql-upload-minimal's scalar (its value is a promise of the
 * file, which the multipart parser in src/server/graphql-http.ts resolves), with the
 * contract's description. Note: its own refusals carry no code; a value that is not a file
 * part (a string in JSON variables, a literal) is the client's mistake, so BAD_USER_INPUT.
 */
export const UploadScalar = new GraphQLScalarType({
  ...upload,
  description: 'A file sent with the GraphQL multipart request spec.',
  parseValue: (value) => {
    try {
      return upload.parseValue!(value);
    } catch {
      return refuse('Upload must be a file part of a multipart request (the GraphQL multipart request spec).');
    }
  },
  parseLiteral: () => refuse('Upload cannot be written in the query: send the file as a multipart request variable.'),
});
