import type { IncomingMessage } from 'node:http';
import { PayloadTooLargeError } from '../errors/gateway-errors.js';

/**
 * Reads a request body up to `limit` bytes; past it, stops reading and throws
 * PAYLOAD_TOO_LARGE, so a huge body costs us no more than `limit` bytes of memory.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeError(`Request body over ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLargeError(`Request body over ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
