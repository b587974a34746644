import { Upload } from 'graphql-upload-minimal';

const noop = (): void => {};
/** Deeper than any operation's variables we accept; bounds the walk. */
const MAX_DEPTH = 32;

function collect(value: unknown, into: Upload[], depth: number): void {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  if (value instanceof Upload) {
    into.push(value);
    return;
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) collect(child, into, depth + 1);
}

/**
 * After a multipart operation, lets every file no resolver read run to its end, its bytes
 * dropped. Note: the multipart parser waits for each file to be read before it goes on, so
 * a file left unread (a refused title, a variable that did not validate) would stall the
 * rest of the request body and the connection with it.
 */
export function drainUnreadUploads(operations: unknown): void {
  const uploads: Upload[] = [];
  collect(operations, uploads, 0);
  for (const upload of uploads) {
    upload.promise.then((file) => {
      try {
        const stream = file.createReadStream();
        stream.on('error', noop);
        stream.resume();
      } catch {
        // Read by a resolver already (graphql-upload-minimal hands a stream out once).
      }
    }, noop);
  }
}
