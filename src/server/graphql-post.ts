import type { IncomingHttpHeaders } from 'node:http';
import { isRecord } from '../lib/guard.js';

/** The parts of a GraphQL request sent as a JSON POST, with the two whose type is checked here. */
export interface GraphQLPost {
  query: unknown;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
  extensions: unknown;
}

/** The media type of a header value, without parameters, in lower case. */
export function mediaTypeOf(value: string | undefined): string | undefined {
  return value?.split(';', 1)[0]!.trim().toLowerCase();
}

/**
 * A JSON POST's GraphQL request, or undefined for any other request, or one whose operation
 * name or variables are of the wrong type (Apollo answers those). One reading for the
 * response cache and the fast lane, which each take such requests before Apollo does.
 */
export function graphQLPost(method: string | undefined, headers: IncomingHttpHeaders, body: unknown): GraphQLPost | undefined {
  if (method !== 'POST' || mediaTypeOf(headers['content-type']) !== 'application/json' || !isRecord(body)) return undefined;
  const { query, operationName, variables, extensions } = body;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  return { query, operationName, variables, extensions };
}
