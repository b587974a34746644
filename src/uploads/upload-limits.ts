/** Seed 001's limits of Create Support Ticket, checked by the gateway before anything reaches the upstream. */
export const TICKET_UPLOAD_LIMITS = {
  maxFiles: 5,
  /** 25 MB per file (binary megabytes, as the multipart parser counts). */
  maxFileBytes: 25 * 1024 * 1024,
  /** 50 MB for all the files of one request. */
  maxTotalBytes: 50 * 1024 * 1024,
  extensions: ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov', 'avi', 'webm', 'pdf'],
} as const;

/** Seed 001's text limits, in characters. */
export const TICKET_TEXT_LIMITS = { title: 240, description: 5000 } as const;

/** One of seed 001's allowed extensions. */
export type AllowedExtension = (typeof TICKET_UPLOAD_LIMITS.extensions)[number];

/** The lower-case extension of `fileName` when it is one of the allowed ones, else undefined. */
export function allowedExtension(fileName: string): AllowedExtension | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return (TICKET_UPLOAD_LIMITS.extensions as readonly string[]).includes(extension) ? (extension as AllowedExtension) : undefined;
}
