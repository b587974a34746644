import type { IncomingHttpHeaders } from 'node:http';

/** A boundary as RFC 2046 allows it, bare (a token) or quoted; anything else is not scanned. */
const CONTENT_TYPE = /^multipart\/form-data\s*;\s*boundary=(?:"([0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?])"|([0-9A-Za-z'+_.-]{1,70}))\s*$/i;
/** Far under busboy's limits on a part's headers (16 KB, 2000 lines), which refuse the body past them; real headers take a few hundred bytes. */
const MAX_HEADER_BYTES = 4 * 1024;
/** A GraphQL multipart request holds its operations, its map and at most 5 files. */
const MAX_PARTS = 8;
const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');
/** What closes a body after its last delimiter: "--", then the CRLF every client sends. */
const CLOSING = Buffer.from('--\r\n');
const DASH = 0x2d;
const CR = 0x0d;
const LF = 0x0a;

/** What a body has shown so far: the data sizes of its parts that have ended, and at most how much data is still to come. */
export interface BodyLayout {
  /** Data bytes of each part that has ended, in body order. */
  readonly ended: readonly number[];
  /** At most how many data bytes the part now arriving and every part after it can hold, in all. */
  readonly rest: number;
}

/**
 * Reads a multipart/form-data request body beside its parser, to learn where its parts'
 * data begin and end. With the body's declared length, that bounds how large anything
 * still to come can be: what lets an upload go upstream before its last byte has arrived,
 * once no limit can be broken any more (see spool-uploads.ts).
 *
 * Note: the body is read as busboy reads it: a CRLF is put before it, each CRLF "--"
 * boundary ends a part, a part begins only when CRLF follows (and the body ends when "--"
 * does), and its data begins after the first CRLF CRLF. On anything else (headers too
 * long, a boundary inside headers) it stops and bounds nothing, so a body it might read
 * differently is never sent early. Linear in the body: each byte is searched once, and
 * only a few bytes are carried from one chunk to the next.
 *
 * Note: the bound counts on the CRLF that browsers, curl and HTTP client libraries put after
 * the closing "--". A hand-made body without it can hold 2 bytes more in its last part than
 * the bound says; the spool's own byte counts still refuse such a file before those bytes
 * reach the disk, so the upstream then gets a request cut short, never a byte over a limit.
 */
export class MultipartScan {
  private readonly delimiter: Buffer;
  private state: 'delimiter' | 'after-delimiter' | 'headers' | 'closed' | 'unknown' = 'delimiter';
  /** Body offset of the next byte fed (the CRLF put before the body is at -2). */
  private offset = -CRLF.length;
  /** Bytes of earlier chunks still needed to find a pattern across chunks. */
  private carry = Buffer.alloc(0);
  private headersFrom = 0;
  /** Body offset where the current part's data began, or -1 between parts. */
  private dataFrom = -1;
  private readonly ended: number[] = [];

  private constructor(
    boundary: string,
    /** The body's declared length (content-length): it can hold no more. */
    private readonly length: number,
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
    this.feed(CRLF);
  }

  /**
   * A scan for a request with a plain multipart/form-data type and a content-length of at
   * most `maxLength`; undefined otherwise (nothing can be bounded, or a body that long could
   * never be bounded within its limits, and is not worth a look at each byte).
   */
  static of(headers: IncomingHttpHeaders, maxLength: number): MultipartScan | undefined {
    const type = CONTENT_TYPE.exec(headers['content-type'] ?? '');
    const length = headers['content-length'];
    if (!type || length === undefined || !/^\d{1,15}$/.test(length) || Number(length) > maxLength) return undefined;
    return new MultipartScan(type[1] ?? type[2]!, Number(length));
  }

  /** What the body has shown so far; undefined before its first part's data, after its end, or once it read it differently from busboy. */
  layout(): BodyLayout | undefined {
    if (this.state !== 'delimiter' || this.dataFrom < 0) return undefined;
    // After the last data come at least the delimiter, the "--" that closes the body (busboy
    // fails a body without it) and, as every client sends it, a CRLF (see the class note).
    const rest = this.length - this.dataFrom - this.delimiter.length - CLOSING.length;
    return { ended: [...this.ended], rest: Math.max(0, rest) };
  }

  feed(chunk: Buffer): void {
    if (this.state === 'closed' || this.state === 'unknown') return;
    let data = chunk;
    if (this.carry.length > 0) {
      // While searching for a delimiter in a chunk longer than the carry, only one that starts in the carried bytes needs them.
      const spans =
        this.state !== 'delimiter' ||
        chunk.length < this.delimiter.length - 1 ||
        Buffer.concat([this.carry, chunk.subarray(0, this.delimiter.length - 1)]).includes(this.delimiter);
      if (spans) data = Buffer.concat([this.carry, chunk]);
    }
    const at = this.offset + chunk.length - data.length;
    this.offset += chunk.length;
    this.carry = Buffer.alloc(0);
    this.scan(data, at);
  }

  private scan(data: Buffer, at: number): void {
    let i = 0;
    for (;;) {
      if (this.state === 'delimiter') {
        const found = data.indexOf(this.delimiter, i);
        if (found === -1) return this.keep(data, Math.max(i, data.length - (this.delimiter.length - 1)));
        if (this.dataFrom >= 0) this.ended.push(at + found - this.dataFrom);
        this.dataFrom = -1;
        if (this.ended.length >= MAX_PARTS) return void (this.state = 'unknown');
        i = found + this.delimiter.length;
        this.state = 'after-delimiter';
      } else if (this.state === 'after-delimiter') {
        if (data.length - i < 2) return this.keep(data, i);
        if (data[i] === DASH && data[i + 1] === DASH) return void (this.state = 'closed');
        // busboy starts a part only on CRLF; after anything else it drops bytes until the next delimiter.
        if (data[i] === CR && data[i + 1] === LF) {
          this.state = 'headers';
          this.headersFrom = at + i;
        } else this.state = 'delimiter';
      } else if (this.state === 'headers') {
        const end = data.indexOf(HEADERS_END, i);
        const delimiter = data.indexOf(this.delimiter, i);
        if (delimiter !== -1 && (end === -1 || delimiter < end + HEADERS_END.length)) return void (this.state = 'unknown');
        if ((end === -1 ? at + data.length : at + end) - this.headersFrom > MAX_HEADER_BYTES) return void (this.state = 'unknown');
        if (end === -1) return this.keep(data, Math.max(i, data.length - (this.delimiter.length - 1)));
        i = end + HEADERS_END.length;
        this.dataFrom = at + i;
        this.state = 'delimiter';
      } else return;
    }
  }

  /** Carries `data` from `from` on into the next chunk (a copy: the chunk itself is the parser's). */
  private keep(data: Buffer, from: number): void {
    this.carry = Buffer.from(data.subarray(from));
  }
}
