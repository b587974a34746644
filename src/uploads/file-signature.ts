import { fileTypeFromBuffer } from 'file-type';
import type { AllowedExtension } from './upload-limits.js';

/** How many first bytes are read to tell a file's type (file-type's own sample size). */
export const SIGNATURE_BYTES = 4100;

/**
 * The types whose bytes each extension may carry, as file-type names them. Note: ISO
 * media files share one container, and a brand decides the name: an .mp4 may be branded
 * M4V, and many .mov files are branded as MP4.
 */
const ACCEPTED: Readonly<Record<AllowedExtension, readonly string[]>> = {
  jpg: ['jpg'],
  jpeg: ['jpg'],
  png: ['png'],
  webp: ['webp'],
  mp4: ['mp4', 'm4v'],
  mov: ['mov', 'mp4'],
  avi: ['avi'],
  webm: ['webm'],
  pdf: ['pdf'],
};

/**
 * The media type of a file whose first bytes match its extension, or undefined when they
 * do not (a .pdf that is not a PDF, an empty file). The client's own content type is never
 * trusted: what the bytes are decides what goes upstream.
 */
export async function mediaTypeOf(extension: AllowedExtension, head: Uint8Array): Promise<string | undefined> {
  const detected = await fileTypeFromBuffer(head);
  return detected && ACCEPTED[extension].includes(detected.ext) ? detected.mime : undefined;
}
