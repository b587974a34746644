import busboy from 'busboy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MultipartScan, type BodyLayout } from '../../src/uploads/multipart-scan.js';

/** A body as generated: its bytes, the data size of each real part, and where each part's data lies. */
interface Body {
  boundary: string;
  bytes: Buffer;
  sizes: number[];
  spans: Array<[number, number]>;
  /** Delimiters written, the closing one included. */
  delimiters: number;
  /** Where the closing delimiter starts, with a CRLF put before the body (as busboy reads it). */
  closeAt: number;
}

/** Text rich in what a scanner can trip on: CR, LF, dashes, CRLF CRLF, and the boundary's own characters. */
const noisy = (boundary: string) =>
  fc.array(fc.constantFrom('\r', '\n', '-', '--', '\r\n', '\r\n\r\n', '\r\n-', '\r\n--', boundary.slice(0, -1), boundary.slice(1), 'x', 'AAAA'), { maxLength: 12 }).map((t) => t.join(''));

const segment = (boundary: string) =>
  fc.oneof(
    fc.record({ kind: fc.constant('part' as const), file: fc.boolean(), typed: fc.boolean(), data: noisy(boundary) }),
    // After a delimiter, neither CRLF nor "--": busboy drops everything up to the next delimiter.
    fc.record({ kind: fc.constant('junk' as const), after: fc.constantFrom('x', '-x', '\rx', ' '), data: noisy(boundary) }),
  );

const bodies: fc.Arbitrary<Body> = fc
  .stringMatching(/^[a-zA-Z0-9'+_.-]{1,16}$/)
  .chain((boundary) => fc.tuple(fc.constant(boundary), noisy(boundary), fc.array(segment(boundary), { maxLength: 10 }), noisy(boundary)))
  .map(([boundary, preamble, segments, epilogue]) => {
    let text = preamble;
    const sizes: number[] = [];
    const spans: Array<[number, number]> = [];
    segments.forEach((s, i) => {
      text += text === '' ? `--${boundary}` : `\r\n--${boundary}`;
      if (s.kind === 'junk') return void (text += s.after + s.data);
      const disposition = `Content-Disposition: form-data; name="p${i}"${s.file ? `; filename="f${i}.bin"` : ''}\r\n`;
      text += `\r\n${disposition}${s.typed ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`;
      spans.push([Buffer.byteLength(text, 'latin1'), Buffer.byteLength(text, 'latin1') + s.data.length]);
      sizes.push(s.data.length);
      text += s.data;
    });
    const closeAt = text === '' ? 0 : text.length + 2;
    text += `${text === '' ? '' : '\r\n'}--${boundary}--\r\n${epilogue}`;
    return { boundary, bytes: Buffer.from(text, 'latin1'), sizes, spans, delimiters: segments.length + 1, closeAt };
  })
  // Only bodies whose delimiters are the ones put there, up to the closing one written (noise can
  // spell one out, a closing one too: it once ended a body inside a part's data).
  .filter((b) => {
    const needle = Buffer.from(`\r\n--${b.boundary}`, 'latin1');
    const virtual = Buffer.concat([Buffer.from('\r\n'), b.bytes]);
    let count = 0;
    for (let i = virtual.indexOf(needle); i !== -1 && i <= b.closeAt; i = virtual.indexOf(needle, i + needle.length)) count++;
    return count === b.delimiters;
  });

function scanOf(body: Body): MultipartScan {
  return MultipartScan.of({ 'content-type': `multipart/form-data; boundary=${body.boundary}`, 'content-length': String(body.bytes.length) }, 1e6)!;
}

/** The layout after every byte, fed one at a time. */
function bytewise(body: Body): Array<BodyLayout | undefined> {
  const scan = scanOf(body);
  return [...body.bytes].map((byte) => (scan.feed(Buffer.from([byte])), scan.layout()));
}

/** The data sizes of the parts busboy reports, in order. */
function busboyParts(body: Body): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const sizes: number[] = [];
    const parser = busboy({ headers: { 'content-type': `multipart/form-data; boundary=${body.boundary}` }, defCharset: 'latin1', limits: { fieldSize: 1e6 } });
    parser.on('field', (_name, value) => sizes.push(value.length));
    parser.on('file', (_name, stream) => {
      const at = sizes.push(0) - 1;
      stream.on('data', (chunk: Buffer) => (sizes[at]! += chunk.length));
    });
    parser.on('close', () => resolve(sizes));
    parser.on('error', reject);
    parser.end(body.bytes);
  });
}

describe('MultipartScan', () => {
  it('reads generated bodies as busboy does (the oracle for the properties below)', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        expect(await busboyParts(body)).toEqual(body.sizes);
      }),
      { numRuns: 500 },
    );
  });

  it('never bounds the data still to come below what comes, and knows every part that has ended', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        bytewise(body).forEach((layout, i) => {
          const inside = body.spans.findIndex(([from, to]) => from <= i + 1 && i + 1 <= to);
          // Inside a part's data (after its headers, up to its delimiter) the scan always has a bound.
          if (inside !== -1 && inside < 8) expect(layout).toBeDefined();
          if (!layout) return;
          expect(layout.ended).toEqual(body.sizes.slice(0, layout.ended.length));
          const still = body.sizes.slice(layout.ended.length).reduce((a, b) => a + b, 0);
          expect(still).toBeLessThanOrEqual(layout.rest);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('says the same whatever the chunks the body arrives in', () => {
    const chunked = bodies.chain((body) => fc.tuple(fc.constant(body), fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, body.bytes.length - 1) }), { maxLength: 8 })));
    fc.assert(
      fc.property(chunked, ([body, cuts]) => {
        const expected = bytewise(body);
        const scan = scanOf(body);
        const ends = [...cuts.filter((c) => c < body.bytes.length).sort((a, b) => a - b), body.bytes.length];
        ends.reduce((from, to) => {
          scan.feed(body.bytes.subarray(from, to));
          expect(scan.layout()).toEqual(expected[to - 1]);
          return to;
        }, 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('bounds nothing for a body without a content-length, longer than is worth scanning, or with a boundary it does not read as busboy would', () => {
    const of = (type: string, length?: string) => MultipartScan.of({ 'content-type': type, ...(length !== undefined && { 'content-length': length }) }, 1000);
    expect(of('multipart/form-data; boundary=abc')).toBeUndefined();
    expect(of('multipart/form-data; boundary=abc', '1001')).toBeUndefined();
    expect(of('multipart/form-data; boundary=abc; charset=utf-8', '10')).toBeUndefined();
    expect(of('multipart/form-data; boundary="a\\"b"', '10')).toBeUndefined();
    expect(of('multipart/form-data; boundary=abc', '1e3')).toBeUndefined();
    expect(of('multipart/form-data; boundary=abc', '1000')).toBeDefined();
    expect(of('multipart/form-data; boundary="a b"', '10')).toBeDefined();
  });

  it('stops bounding on headers longer than busboy takes, or a delimiter inside headers', () => {
    const headers = (text: string): BodyLayout | undefined => {
      const body = Buffer.from(`--b\r\n${text}\r\n\r\ndata`, 'latin1');
      const scan = MultipartScan.of({ 'content-type': 'multipart/form-data; boundary=b', 'content-length': String(body.length + 20) }, 1e6)!;
      scan.feed(body);
      return scan.layout();
    };
    expect(headers('Content-Disposition: form-data; name="a"')).toEqual({ ended: [], rest: 4 + 20 - 5 - 4 });
    expect(headers(`X-Long: ${'y'.repeat(5 * 1024)}`)).toBeUndefined();
    expect(headers('Content-Disposition: form-data;\r\n--b name="a"')).toBeUndefined();
  });
});
