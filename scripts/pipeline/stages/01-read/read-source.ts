/**
 * Stage 1: a file → the text the rest of the pipeline reads, whatever it arrived as. The format is told from the
 * content (recognise/file-kind.ts), not from the file's name: text in any of the encodings notices come in
 * (decode.ts), a saved web page (html-text.ts), a Word file (docx-text.ts) or a PDF (pdf-text.ts). Files that hold no
 * notice — spreadsheets, images, archives — are refused with the reason; text that turns out to hold none (a data
 * table, a README) is refused once stage 3 has found no notice in it.
 */
import type { Notice } from '../../../../src/model/notice.ts';
import { binaryKind, type BinaryKind } from '../../recognise/file-kind.ts';
import type { ProblemDraft } from '../../problems.ts';
import { decode } from './decode.ts';
import { docxText } from './docx-text.ts';
import { htmlText, isHtml } from './html-text.ts';
import { pdfText } from './pdf-text.ts';

export interface Source {
  /** The text every offset of the model refers to. */
  text: string;
  encoding: string;
  format: Notice['source']['format'];
  /** Warnings about the reading (damaged bytes). */
  problems: ProblemDraft[];
}

/** A file that holds no notice text, with the reason. */
export class NotANoticeError extends Error {
  override name = 'NotANoticeError';
}

const REFUSED: Record<Exclude<BinaryKind, 'pdf' | 'docx'>, string> = {
  xlsx: 'a spreadsheet (.xlsx), not a notice',
  pptx: 'a presentation (.pptx), not a notice',
  odf: 'an OpenDocument file: save it as .docx or PDF to convert it',
  zip: 'a zip archive: unpack it and convert the notices inside',
  ole: 'an old Office file (.doc, .xls or .wps): save it as .docx or PDF to convert it',
  rtf: 'an RTF file: save it as .docx or PDF to convert it',
  image: 'an image: a scanned notice needs OCR first',
  gzip: 'not a text file (looks like gzip data)',
};

/** Text and HTML: what can be read without waiting (the tests' and the benchmark's path). */
export function readTextSource(bytes: Uint8Array): Source {
  const kind = binaryKind(bytes);
  if (kind === 'pdf' || kind === 'docx')
    throw new NotANoticeError(`a ${kind === 'pdf' ? 'PDF' : 'Word'} file: read it with readSource`);
  if (kind) throw new NotANoticeError(REFUSED[kind]);
  const { text, encoding, damage } = decode(bytes);
  const problems: ProblemDraft[] = damage.map(({ byte, line }) => ({
    line,
    severity: 'warning',
    message: `byte ${byte} is not valid ${encoding.replace(/ \(BOM\)$/, '')}; it is shown as �`,
  }));
  if (isHtml(text)) return { text: htmlText(text), encoding, format: 'html', problems };
  return { text, encoding, format: 'text', problems };
}

/** Any file a notice may come as. */
export async function readSource(bytes: Uint8Array): Promise<Source> {
  const kind = binaryKind(bytes);
  if (kind === 'pdf') return { text: await pdfText(bytes), encoding: 'PDF', format: 'pdf', problems: [] };
  if (kind === 'docx') return { text: await docxText(bytes), encoding: 'Word (.docx)', format: 'docx', problems: [] };
  return readTextSource(bytes);
}
