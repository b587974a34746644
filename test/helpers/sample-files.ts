/** The first bytes of real files of each allowed type, padded: what a browser would send, small. */

function box(brand: string): Buffer {
  const b = Buffer.alloc(32);
  b.writeUInt32BE(32, 0);
  b.write('ftyp', 4);
  b.write(brand, 8);
  b.write(brand, 16);
  return b;
}

function riff(kind: string): Buffer {
  const b = Buffer.alloc(16);
  b.write('RIFF', 0);
  b.writeUInt32LE(1000, 4);
  b.write(kind, 8);
  b.write(kind === 'WEBP' ? 'VP8 ' : 'LIST', 12);
  return b;
}

const EBML_WEBM = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84, ...Buffer.from('webm')]);

/** Signatures by extension. */
export const SIGNATURES = {
  pdf: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
  webp: riff('WEBP'),
  mp4: box('isom'),
  mov: box('qt  '),
  avi: riff('AVI '),
  webm: EBML_WEBM,
} as const;

/** A file of `size` bytes starting with the signature of `kind` (or plain text for 'text'). */
export function sampleFile(kind: keyof typeof SIGNATURES | 'text', size = 2048): Buffer {
  const head = kind === 'text' ? Buffer.from('just some text, not a document\n') : SIGNATURES[kind];
  const file = Buffer.alloc(Math.max(size, head.length), 0x20);
  head.copy(file, 0);
  return file;
}
