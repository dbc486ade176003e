/**
 * The six blind answer keys (samples/ANSWER-KEY*.md), read by machine. Each notice's section there ends with a
 * ```json key block, written from the key's prose and tables (never from the converter's output): the documents in
 * file order with their metadata, each document's top-level clauses with their （一）-level children, `1.`-level
 * items and responsibility notes, the file's notes and task-table rows. Every statement is one check here; `null`
 * in a key means the key does not say, and is not checked. A failing check is a disagreement between the converter
 * and the key, to be judged: neither the key nor this test is changed to make it pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { type Clause, type Component, flattenClauses, type Responsibility } from '../../src/model/notice.ts';
import { toSimplified } from '../../src/model/script.ts';
import { convertNotice, type NoticeDraft } from '../../scripts/pipeline/convert-notice.ts';

const samples = join(import.meta.dirname, 'samples');
const KEY_FILES = ['ANSWER-KEY.md', ...[2, 3, 4, 5, 6].map((n) => `ANSWER-KEY-${n}.md`)];
/** The blind samples the six keys describe (set 3's empty and chrome-only files are not among the samples). */
const BLIND_SAMPLES = 54;

const count = z.number().int().nonnegative().nullable();
const TopLevel = z.strictObject({ heading: z.string().min(1), sub: count, items: count, notes: count });
const KeyDocument = z.strictObject({
  title: z.string().nullable(),
  documentNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  signedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** null: the key does not describe the part's clauses; []: it says there is none. */
  topLevel: z.array(TopLevel).nullable(),
});
const AnswerKey = z.strictObject({
  file: z.string(),
  documents: z.array(KeyDocument),
  responsibilityNotes: count,
  tableRows: count,
  refused: z.boolean(),
});
type KeyDocument = z.infer<typeof KeyDocument>;
type AnswerKey = z.infer<typeof AnswerKey>;

const BLOCK = /^```json key\n([\s\S]*?)\n```$/gm;

const keys = KEY_FILES.flatMap((md) =>
  [...readFileSync(join(samples, md), 'utf8').matchAll(BLOCK)].map((block) => ({
    md,
    key: AnswerKey.parse(JSON.parse(block[1]!)),
  })),
);

const squash = (s: string) => s.replace(/\s/g, '');
/** 发文字号 as the model keeps them: full-width digits folded. */
const numberKey = (s: string) => squash(s).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A clause's number and heading as printed (a 第X条 or a long run-in heading keeps them in its text). */
const printed = (clause: Clause) => squash(`${clause.number ?? ''}${clause.heading ?? clause.text}`);

/**
 * The model keeps a run-in heading up to and including its first 。 (a long one, or a 第X条, stays in the text): the
 * key's heading, printed up to that 。, matches the model's when they are equal but for that stop, or when the model
 * has no heading and its text starts with the key's heading (6 characters at least).
 */
function sameHeading(heading: string, clause: Clause) {
  const [a, b] = [squash(heading), printed(clause)];
  if (a === b) return true;
  if (clause.heading === null) return a.length >= 6 && b.startsWith(a);
  const stop = /^[。！？!?]$/;
  return (b.startsWith(a) && stop.test(b.slice(a.length))) || (a.startsWith(b) && stop.test(a.slice(b.length)));
}

const topClauses = (component: Component) => component.clauses.filter((clause) => clause.form !== null);
const short = (clause: Clause) => printed(clause).slice(0, 20);

/**
 * A task-table row's duty (stage 6b) is a note on an unnumbered paragraph holding the row's unit and deadline cells as
 * printed: no bracket around it, no label (责任单位：…) and no 牵头/负责 phrase — those are notes of the text.
 */
const NOTE_WORDS = /(?:单位|部门|时限|期限|时间)\s*[:：]|牵头|负责|配合|落实/;
const isTableRow = (clause: Clause, note: Responsibility) =>
  clause.form === null && !/^[（(〔［[]/.test(note.raw.trim()) && !NOTE_WORDS.test(toSimplified(note.raw));

/** Each key document's component: by 发文字号 when the key gives one, else by title, else by top-level headings. */
function matchDocuments(documents: KeyDocument[], components: Component[]): (Component | undefined)[] {
  const used = new Set<number>();
  let last = -1;
  return documents.map((doc) => {
    const free = components.map((component, index) => ({ component, index })).filter(({ index }) => !used.has(index));
    const inOrder = [...free.filter(({ index }) => index > last), ...free.filter(({ index }) => index <= last)];
    const byNumber = doc.documentNumber
      ? inOrder.find(
          ({ component }) =>
            component.documentNumber && numberKey(component.documentNumber) === numberKey(doc.documentNumber!),
        )
      : undefined;
    const byTitle = doc.title
      ? inOrder.find(({ component }) => component.title && squash(component.title) === squash(doc.title!))
      : undefined;
    const overlap = (component: Component) =>
      (doc.topLevel ?? []).filter((top) => topClauses(component).some((clause) => sameHeading(top.heading, clause)))
        .length;
    const byHeadings = inOrder
      .filter(({ component }) => overlap(component) > 0)
      .sort((a, b) => overlap(b.component) - overlap(a.component))[0];
    const match = byNumber ?? byTitle ?? byHeadings;
    if (!match) return undefined;
    used.add(match.index);
    last = match.index;
    return match.component;
  });
}

const describeDocument = (doc: KeyDocument, n: number) =>
  `document ${n + 1}` +
  (doc.title
    ? ` 《${doc.title}》`
    : doc.documentNumber
      ? ` (${doc.documentNumber})`
      : ` (${doc.topLevel?.[0]?.heading ?? '?'} …)`);

const listComponents = (components: Component[]) =>
  components.map((c) => `${c.eId}: ${c.title ?? '(no title)'} ${c.documentNumber ?? ''}`).join('; ');

describe('answer keys', () => {
  it(`hold one json key block for each of the ${BLIND_SAMPLES} blind samples, each naming an existing sample once`, () => {
    const files = keys.map(({ key }) => key.file);
    expect(
      files.filter((file) => !existsSync(join(samples, file))),
      'keyed files missing from samples/',
    ).toEqual([]);
    expect(
      files.filter((file, i) => files.indexOf(file) !== i),
      'files keyed twice',
    ).toEqual([]);
    expect(files).toHaveLength(BLIND_SAMPLES);
  });
});

describe.each(keys)('$key.file ($md)', ({ key }: { md: string; key: AnswerKey }) => {
  const bytes = () => readFileSync(join(samples, key.file));
  let converted: { notice: NoticeDraft } | { error: unknown } | undefined;
  const notice = () => {
    converted ??= (() => {
      try {
        return { notice: convertNotice({ bytes: bytes(), file: key.file }) };
      } catch (error) {
        return { error };
      }
    })();
    if ('error' in converted) throw converted.error;
    return converted.notice;
  };
  let matched: (Component | undefined)[] | undefined;
  const components = () => (matched ??= matchDocuments(key.documents, notice().components));

  if (key.refused) {
    it('is refused as holding no notice', () => {
      expect(() => convertNotice({ bytes: bytes(), file: key.file })).toThrow();
    });
    return;
  }
  it('is converted, not refused', () => {
    expect(() => notice()).not.toThrow();
  });

  key.documents.forEach((doc, n) => {
    describe(describeDocument(doc, n), () => {
      const component = () => {
        const found = components()[n];
        if (!found) throw new Error(`no component matches; the components: ${listComponents(notice().components)}`);
        return found;
      };

      it('is one of the components', () => {
        expect(components()[n], `the components: ${listComponents(notice().components)}`).toBeDefined();
      });

      if (doc.documentNumber !== null)
        it(`has the 发文字号 ${doc.documentNumber}`, () => {
          const actual = component().documentNumber;
          expect(actual && numberKey(actual), `documentNumber: ${actual}`).toBe(numberKey(doc.documentNumber!));
        });
      if (doc.issuer !== null)
        it(`is issued by ${doc.issuer}`, () => {
          const actual = component().issuer;
          expect(actual && squash(actual), `issuer: ${actual}`).toBe(squash(doc.issuer!));
        });
      if (doc.signedDate !== null)
        it(`is signed on ${doc.signedDate}`, () => {
          expect(component().signedDate).toBe(doc.signedDate);
        });
      if (doc.title !== null)
        it(`is titled ${doc.title}`, () => {
          const actual = component().title;
          expect(actual && squash(actual), `title: ${actual}`).toBe(squash(doc.title!));
        });

      if (doc.topLevel === null) return;
      const topLevel = doc.topLevel;
      it(`has ${topLevel.length} top-level clause(s)`, () => {
        expect(topClauses(component()).map(short)).toHaveLength(topLevel.length);
      });

      for (const top of topLevel) {
        describe(top.heading, () => {
          const clause = () => {
            const found = topClauses(component()).find((c) => c.number !== null && sameHeading(top.heading, c));
            if (!found)
              throw new Error(
                `no top-level clause ${top.heading}; the top level: ${topClauses(component()).map(short).join(' | ')}`,
              );
            return found;
          };

          it('is a top-level clause', () => {
            expect(() => clause()).not.toThrow();
          });
          if (top.sub !== null)
            it(`has ${top.sub} （一）-level children`, () => {
              const children = clause().children.filter((c) => c.form === 'para');
              expect(children.length, children.map(short).join(' | ')).toBe(top.sub);
            });
          if (top.items !== null)
            it(`has ${top.items} 1.-level items`, () => {
              const items = flattenClauses(clause().children).filter((c) => c.form === 'point');
              expect(items.length, items.map(short).join(' | ')).toBe(top.items);
            });
          if (top.notes !== null)
            it(`holds ${top.notes} responsibility notes`, () => {
              const notes = flattenClauses([clause()]).flatMap((c) => c.notes.map((note) => note.raw));
              expect(notes.length, notes.join(' | ')).toBe(top.notes);
            });
        });
      }
    });
  });

  const allClauses = () => notice().components.flatMap((c) => flattenClauses(c.clauses));
  if (key.responsibilityNotes !== null)
    it(`holds ${key.responsibilityNotes} responsibility notes in all (task-table rows included)`, () => {
      const notes = allClauses().flatMap((c) => c.notes.map((note) => note.raw));
      expect(notes.length, notes.join(' | ')).toBe(key.responsibilityNotes);
    });
  if (key.tableRows !== null)
    it(`has ${key.tableRows} task-table rows`, () => {
      const rows = allClauses().flatMap((c) => c.notes.filter((note) => isTableRow(c, note)).map((note) => note.raw));
      expect(rows.length, rows.join(' | ')).toBe(key.tableRows);
    });
});
