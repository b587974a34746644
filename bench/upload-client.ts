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
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` } });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }));
    });
    req.on('error', reject);
    const write = (data: string | Buffer): Promise<void> => new Promise((done) => (req.write(data) ? done() : req.once('drain', done)));
    void (async () => {
      for (const [name, value] of fields) await write(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
      for (const file of files) {
        await write(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`);
        await write(file.head);
        for (let sent = file.head.length; sent < file.size && !req.destroyed; sent += CHUNK.length) {
          await write(sent + CHUNK.length <= file.size ? CHUNK : CHUNK.subarray(0, file.size - sent));
        }
        await write('\r\n');
      }
      req.end(`--${boundary}--\r\n`);
    })().catch(reject);
  });
}
