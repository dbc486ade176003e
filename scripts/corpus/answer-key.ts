/**
 * Answer keys of a folder of real notices (`expected.json`, the format of ../shared/corpus/real/README.md): what a
 * reader wrote down for each file, compared field by field with what the converter made of it. Values are compared
 * as a reader compares them — width, bracket forms (〔〕 [] ［］), Simplified/Traditional, spaces and the pinyin
 * residue of annotation plugins (國務(wù)院) make no difference; anything else does.
 */
import { z } from 'astro/zod';
import { flattenClauses, type Notice } from '../../src/model/notice.ts';
import { toSimplified } from '../../src/model/script.ts';
import { foldWidth } from '../../src/model/width.ts';

export const AnswerKey = z.record(
  z.string(),
  z.object({
    documentNumber: z.string().nullable().optional(),
    citedDocumentNumbers: z.array(z.string()).optional(),
    title: z.string().nullable().optional(),
    date: z.string().nullable().optional(),
    script: z.enum(['Hans', 'Hant']).optional(),
    topLevelHeadings: z.array(z.string()).nullable().optional(),
  }),
);
export type AnswerKey = z.infer<typeof AnswerKey>;
type Expected = AnswerKey[string];

/** The fields a key can determine, in the order they are reported. */
export const FIELDS = ['title', 'documentNumber', 'date', 'script', 'headings', 'cited'] as const;
export type Field = (typeof FIELDS)[number];

export interface Check {
  field: Field;
  right: boolean;
  /** What the key says and what the converter made, for a miss. */
  expected: string;
  actual: string;
}

/** A value as a reader compares it. */
export function comparable(text: string | null | undefined): string {
  return toSimplified(foldWidth(String(text ?? '')).normalize('NFKC'))
    .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g, '') // pinyin residue
    .replace(/[﹝［[]/g, '〔')
    .replace(/[﹞］\]]/g, '〕')
    .replace(/[\s\u200b]/g, '')
    .replace(/[。；;]$/, '');
}

const show = (value: string | null | undefined) => (value === null || value === undefined ? '—' : value);

/** Every check the key of one file asks for, against the notice the converter made (null: it made none). */
export function checkNotice(expected: Expected, notice: Notice | null): Check[] {
  const checks: Check[] = [];
  const check = (field: Field, want: string | null | undefined, got: string | null | undefined) =>
    checks.push({
      field,
      right: notice !== null && comparable(want) === comparable(got),
      expected: show(want),
      actual: show(got),
    });

  if (expected.title) check('title', expected.title, notice?.title);
  if (expected.documentNumber !== undefined) check('documentNumber', expected.documentNumber, notice?.documentNumber);
  if (expected.date) check('date', expected.date, notice?.signedDate);
  if (expected.script) check('script', expected.script, notice?.script);

  const clauses = notice ? notice.components.flatMap((component) => flattenClauses(component.clauses)) : [];
  // A key gives a heading as printed: the clause's heading, or — where the converter cut a heading out of a numbered
  // paragraph, or found none — its first sentence.
  const headings = new Set(
    clauses.flatMap((clause) => {
      const number = clause.number ?? '';
      const firstSentence = `${clause.heading ?? ''}${clause.text}`.split(/(?<=。)/)[0]!;
      return [comparable(number + (clause.heading ?? '')), comparable(number + firstSentence)];
    }),
  );
  for (const heading of expected.topLevelHeadings ?? [])
    checks.push({ field: 'headings', right: headings.has(comparable(heading)), expected: heading, actual: '' });

  const cited = new Set(
    (notice?.references ?? []).map((reference) => comparable(reference.documentNumber ?? reference.raw)),
  );
  for (const number of expected.citedDocumentNumbers ?? [])
    checks.push({ field: 'cited', right: cited.has(comparable(number)), expected: number, actual: '' });
  return checks;
}
