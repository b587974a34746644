import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { TicketServiceError, ticketBadRequest } from './ticket-errors.js';
import { TICKET_LIMITS } from './ticket-limits.js';

/** A file part as received: its name and size; the bytes themselves are counted and dropped. */
export interface ReceivedFile {
  readonly field: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/** A parsed multipart body. */
export interface MultipartForm {
  readonly fields: ReadonlyMap<string, string>;
  readonly files: readonly ReceivedFile[];
}

const MAX_FIELD_BYTES = 64 * 1024;
/** Past this the connection is cut: no honest client sends more than the limits allow. */
const HARD_CAP_BYTES = TICKET_LIMITS.maxTotalBytes + 8 * 1024 * 1024;

function tooLarge(message: string): TicketServiceError {
  return new TicketServiceError(413, 'tickets-too_large', message);
}

/**
 * Reads a multipart/form-data body as a stream, never holding a file: each file is
 * counted and dropped. The limits of seed 001 are enforced while reading; the first
 * broken limit is remembered and the rest of the body is still read (and dropped) so the
 * answer reaches a client that is still sending. Resolves with the form, or rejects with
 * the first problem once the body has ended.
 */
export function readMultipartForm(req: IncomingMessage): Promise<MultipartForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fieldSize: MAX_FIELD_BYTES, fields: 20, files: TICKET_LIMITS.maxFiles, fileSize: TICKET_LIMITS.maxFileBytes + 1 },
      });
    } catch {
      req.resume();
      return reject(new TicketServiceError(415, 'tickets-unsupported_media_type', 'The body must be multipart/form-data'));
    }
    const fields = new Map<string, string>();
    const files: ReceivedFile[] = [];
    let problem: TicketServiceError | undefined;
    let total = 0;
    let received = 0;
    const fail = (error: TicketServiceError): void => void (problem ??= error);

    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > HARD_CAP_BYTES) req.destroy();
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(ticketBadRequest('tickets-bad_request', `Field "${name}" is too long`));
      else fields.set(name, value);
    });
    parser.on('file', (field, stream, info) => {
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        total += chunk.length;
      });
      stream.on('end', () => {
        if (size > TICKET_LIMITS.maxFileBytes) fail(tooLarge(`"${info.filename}" is larger than 25 MB`));
        else if (total > TICKET_LIMITS.maxTotalBytes) fail(tooLarge('The attachments are larger than 50 MB in all'));
        files.push({ field, fileName: info.filename ?? '', contentType: info.mimeType, size });
      });
    });
    parser.on('filesLimit', () => fail(ticketBadRequest('tickets-too_many_files', `At most ${TICKET_LIMITS.maxFiles} files per request`)));
    parser.on('fieldsLimit', () => fail(ticketBadRequest('tickets-bad_request', 'Too many fields')));
    parser.on('error', () => {
      // A broken body: stop parsing, drop the rest, answer now.
      req.unpipe(parser);
      req.resume();
      reject(ticketBadRequest('tickets-bad_request', 'Malformed multipart body'));
    });
    parser.on('close', () => (problem ? reject(problem) : resolve({ fields, files })));
    req.on('close', () => {
      if (!req.complete) reject(ticketBadRequest('tickets-bad_request', 'The request was cut short'));
    });
    req.pipe(parser);
  });
}
