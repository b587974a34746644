import http from 'node:http';

/** A file part: its name and bytes, or a size and a head to stream (the rest generated on the fly). */
export type UploadPart = { name: string; bytes: Buffer; type?: string } | { name: string; head: Buffer; size: number; type?: string };

/** The GraphQL multipart request spec's `operations` and `map` for files at the given variable paths. */
function specFields(query: string, variables: Record<string, unknown>, paths: string[]): { operations: string; map: string } {
  const map: Record<string, string[]> = {};
  paths.forEach((path, i) => (map[String(i)] = [path]));
  return { operations: JSON.stringify({ query, variables }), map: JSON.stringify(map) };
}

/**
 * A multipart request built as a browser's FormData does (Blob parts, its own boundary),
 * for files small enough to hold: `files[i]` goes to variable path `paths[i]`.
 */
export function browserForm(query: string, variables: Record<string, unknown>, paths: string[], files: Array<{ name: string; bytes: Buffer; type?: string }>): FormData {
  const { operations, map } = specFields(query, variables, paths);
  const form = new FormData();
  form.append('operations', operations);
  form.append('map', map);
  files.forEach((file, i) => form.append(String(i), new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name));
  return form;
}

/** POSTs a FormData to the gateway with the CSRF header, as a browser app would. */
export async function postForm(url: string, form: FormData, headers: Record<string, string>): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'apollo-require-preflight': 'true', ...headers }, body: form });
  return { status: res.status, body: (await res.json()) as never };
}

/** How {@link streamForm} sends. */
export interface StreamOptions {
  /** Cut the connection after this many bytes of a file (a client that goes away); resolves with status 0. */
  cutAfterBytes?: number;
  /** Sends a content-length, as browsers and curl do (otherwise the body goes chunked). */
  declareLength?: boolean;
  /** Waits for `until` once this many bytes of the last file are sent (a client slow to send its end). */
  holdLastFile?: { afterBytes: number; until: () => Promise<unknown> };
}

/**
 * Sends a multipart request whose files are generated while sending (nothing large held by
 * the client, so the process's memory shows the gateway's use alone). Resolves with the
 * answer, even when the gateway answers before the client has sent everything.
 */
export function streamForm(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  paths: string[],
  files: UploadPart[],
  headers: Record<string, string>,
  { cutAfterBytes = Infinity, declareLength = false, holdLastFile }: StreamOptions = {},
): Promise<{ status: number; text: string }> {
  const boundary = `----test${Math.random().toString(16).slice(2)}`;
  const { operations, map } = specFields(query, variables, paths);
  const field = (name: string, value: string): string => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const fileHeader = (i: number, file: UploadPart): string =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${i}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`;
  const fields = field('operations', operations) + field('map', map);
  const closing = `--${boundary}--\r\n`;
  const length = files.reduce(
    (sum, file, i) => sum + Buffer.byteLength(fileHeader(i, file)) + ('bytes' in file ? file.bytes.length : file.size) + 2,
    Buffer.byteLength(fields) + Buffer.byteLength(closing),
  );
  return new Promise((resolve, reject) => {
    const type = { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(declareLength && { 'content-length': String(length) }) };
    const req = http.request(url, { method: 'POST', headers: { ...type, 'apollo-require-preflight': 'true', ...headers } });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    void (async () => {
      const write = (data: string | Buffer): Promise<void> => new Promise((done) => (req.write(data) ? done() : req.once('drain', done)));
      await write(fields);
      for (const [i, file] of files.entries()) {
        if (answered || req.destroyed) break;
        await write(fileHeader(i, file));
        if ('bytes' in file) await write(file.bytes);
        else {
          await write(file.head);
          const hold = i === files.length - 1 ? holdLastFile : undefined;
          for (let sent = file.head.length; sent < file.size && !answered && !req.destroyed; sent += chunk.length) {
            if (sent >= cutAfterBytes) {
              req.destroy();
              return resolve({ status: 0, text: '' });
            }
            if (hold && sent >= hold.afterBytes && sent - chunk.length < hold.afterBytes) await hold.until();
            await write(sent + chunk.length <= file.size ? chunk : chunk.subarray(0, file.size - sent));
          }
        }
        await write('\r\n');
      }
      if (!req.destroyed) req.end(closing);
    })().catch(() => {});
  });
}
