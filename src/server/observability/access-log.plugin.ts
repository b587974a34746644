import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../../context.js';
import { errorCodes, type OperationLog } from './operation-log.js';

/**
 * The access log and operation metrics over HTTP: one line per operation when its answer
 * is sent, parse and validation failures included.
 */
export function accessLogPlugin(log: OperationLog): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = performance.now();
      return {
        async willSendResponse({ response, request, operationName }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          log.finish({
            requestId: contextValue.requestId,
            transport: 'http',
            operationName: operationName ?? request.operationName,
            startedAt,
            codes: errorCodes(errors),
            upstreamCalls: contextValue.tally.upstreamCalls,
          });
        },
      };
    },
  };
}
