import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { RawBody } from '../lib/raw-body.js';
import type { SpooledFile } from './spool-file.js';

/** One part of a multipart/form-data body: a text field or a spooled file. */
export type FormPart = { readonly name: string; readonly value: string } | { readonly name: string; readonly file: SpooledFile };

const CRLF = '\r\n';

/** A header parameter value as browsers write it (WHATWG): UTF-8, with `"`, CR and LF percent-encoded. */
function quoted(value: string): string {
  return `"${value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

function partHeader(boundary: string, part: FormPart): Buffer {
  const lines = [`--${boundary}`];
  if ('file' in part) {
    lines.push(`Content-Disposition: form-data; name=${quoted(part.name)}; filename=${quoted(part.file.fileName)}`);
    lines.push(`Content-Type: ${part.file.contentType}`);
  } else {
    lines.push(`Content-Disposition: form-data; name=${quoted(part.name)}`);
  }
  return Buffer.from(lines.join(CRLF) + CRLF + CRLF, 'utf8');
}

/**
 * A multipart/form-data body (RFC 7578) that streams its files from disk: nothing but the
 * part headers is held in memory. When every file is complete its exact length is known up
 * front, so it goes out with a content-length; with a file still arriving it goes chunked.
 */
export function multipartBody(parts: readonly FormPart[]): RawBody {
  const boundary = `----gateway-${randomBytes(16).toString('hex')}`;
  const pieces = parts.map((part) => ({
    header: partHeader(boundary, part),
    value: 'file' in part ? undefined : Buffer.from(part.value, 'utf8'),
    file: 'file' in part ? part.file : undefined,
  }));
  const closing = Buffer.from(`--${boundary}--${CRLF}`, 'utf8');
  let length: number | undefined = closing.length;
  for (const p of pieces) {
    const size = p.file ? p.file.size : p.value!.length;
    length = size === undefined || length === undefined ? undefined : length + p.header.length + size + CRLF.length;
  }
  async function* stream(): AsyncGenerator<Buffer> {
    for (const piece of pieces) {
      yield piece.header;
      if (piece.value) yield piece.value;
      if (piece.file) yield* piece.file.open() as AsyncIterable<Buffer>;
      yield Buffer.from(CRLF);
    }
    yield closing;
  }
  const arriving = (): boolean => pieces.some((piece) => piece.file?.arriving());
  return new RawBody(`multipart/form-data; boundary=${boundary}`, length, () => Readable.from(stream(), { objectMode: false }), arriving);
}
