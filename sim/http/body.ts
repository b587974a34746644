import type { IncomingMessage } from 'node:http';
import { SimHttpError, badRequest } from './errors.js';

/** Default cap on a request body; the seed's JSON bodies are a few hundred bytes. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Reads the whole request body, answering 413 (via a thrown SimHttpError) beyond `maxBytes`. */
export function readBody(req: IncomingMessage, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Note: stop buffering but keep draining, so the 413 can still be written.
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBytes) reject(new SimHttpError(413, 'payments-too_large', 'Request body too large'));
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
    req.on('error', reject);
  });
}

/** Parses a JSON body; malformed or empty JSON is a 400 `payments-bad_request`. */
export function parseJsonBody(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw badRequest('Malformed JSON body');
  }
}
