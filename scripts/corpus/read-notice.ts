/**
 * One source file → its notice draft, or that file's error: what the converter does with each file, on the main
 * thread or on a worker (convert-worker.ts). Nothing a file makes the pipeline throw escapes.
 */
import type { Problem } from '../../src/model/notice.ts';
import { convertFile, NotANoticeError, type NoticeDraft } from '../pipeline/convert-notice.ts';
import { DecodeError } from '../pipeline/stages/01-read/decode.ts';

export const fileError = (file: string, message: string): Problem => ({ file, line: null, severity: 'error', message });

/** An exception from converting one file, as that file's error. */
export function failureMessage(failure: unknown): string {
  // Files that hold no notice, or no text, say why in their own words; anything else is the converter's fault.
  if (failure instanceof NotANoticeError || failure instanceof DecodeError) return failure.message;
  const message = failure instanceof Error ? failure.message : String(failure);
  return `the converter failed on this file (a converter bug, please report it): ${message.slice(0, 300)}`;
}

/** One file → its notice draft, or its error. */
export async function readNotice(bytes: Uint8Array, file: string): Promise<NoticeDraft | Problem> {
  try {
    return await convertFile({ bytes, file });
  } catch (failure) {
    return fileError(file, failureMessage(failure));
  }
}
