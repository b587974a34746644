import { ticketBadRequest } from './ticket-errors.js';

/** Seed 001's limits of Create Support Ticket, as the ticket service enforces them. */
export const TICKET_LIMITS = {
  maxFiles: 5,
  maxFileBytes: 25 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxTitle: 240,
  maxDescription: 5000,
  extensions: ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov', 'avi', 'webm', 'pdf'],
} as const;

/** The lower-case extension of a file name, or '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Checks that every file is an allowed kind (seed 001's extension list); else a 400. */
export function checkExtensions(files: readonly { readonly fileName: string }[]): void {
  for (const file of files) {
    if (!(TICKET_LIMITS.extensions as readonly string[]).includes(extensionOf(file.fileName))) {
      throw ticketBadRequest('tickets-bad_extension', `"${file.fileName}" is not one of ${TICKET_LIMITS.extensions.join(', ')}`);
    }
  }
}
