import http from 'node:http';

/** A file to send: its first bytes (a real type's signature), then filler up to `size`, generated while sending. */
export interface StreamedFile {
  field: string;
  name: string;
  head: Buffer;
  size: number;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x41);

/**
 * POSTs a multipart/form-data body whose files are generated while sending, so
 * the client holds nothing large and the byte count is exact; resolves with
 * the answer and the time from the first byte sent to the last byte received.
 */
export function sendMultipart(
  url: string,
  headers: Record<string, string>,
  fields: Array<[string, string]>,
  files: StreamedFile[],
): Promise<{ status: number; text: string; ms: number }> {
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const fieldPart = ([name, value]: [string, string]): string => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const fileHeader = (file: StreamedFile): string =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`;
  const closing = `--${boundary}--\r\n`;
  // Declared up front, as a browser does for a FormData of files.
  const length = files.reduce(
    (sum, file) => sum + Buffer.byteLength(fileHeader(file)) + file.size + 2,
    fields.reduce((sum, field) => sum + Buffer.byteLength(fieldPart(field)), Buffer.byteLength(closing)),
  );
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const type = { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(length) };
    const req = http.request(url, { method: 'POST', headers: { ...headers, ...type } });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }));
    });
    req.on('error', reject);
    const write = (data: string | Buffer): Promise<void> => new Promise((done) => (req.write(data) ? done() : req.once('drain', done)));
    void (async () => {
      for (const field of fields) await write(fieldPart(field));
      for (const file of files) {
        await write(fileHeader(file));
        await write(file.head);
        for (let sent = file.head.length; sent < file.size && !req.destroyed; sent += CHUNK.length) {
          await write(sent + CHUNK.length <= file.size ? CHUNK : CHUNK.subarray(0, file.size - sent));
        }
        await write('\r\n');
      }
      req.end(closing);
    })().catch(reject);
  });
}
