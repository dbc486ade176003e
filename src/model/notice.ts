/**
 * The one data model of 政务公开条款库: Notice → Component → Clause, plus Responsibility and Reference.
 *
 * The contract between the converter (scripts/) and the site (src/): the converter produces it and checks it, the
 * JSON export is made of it, and the site's content collection validates it (src/content.config.ts). Types are derived
 * from the schema, never written beside it. Change it here and everything follows.
 *
 * Losslessness: every field marked "source text" holds characters exactly as they stand in the decoded
 * source, and carries `offset` (UTF-16 index into the decoded text) and `line` (1-based). Taken together
 * (see `sourcePieces`), those pieces cover every non-whitespace character of the source exactly once.
 * Everything else (documentNumber, dates, issuer, units…) is derived and may repeat or normalise source text.
 */
import { z } from 'astro/zod';
import { FORMS } from './forms.ts';
import { LEVELS } from './levels.ts';
import { STATUS_SOURCES, STATUSES } from './status.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/**
 * Kinds of web-page chrome kept as 'noise' parts: portal fields and page tools, wiki boxes, breadcrumbs, PDF page
 * numbers, the English line of a bilingual header or signature, and a portal's page title repeated above the document's.
 */
export const NOISE_KINDS = [
  'portal',
  'wiki',
  'breadcrumb',
  'pageNumber',
  'translation',
  'pageTitle',
  'watermark',
] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

/** Where a piece of source text starts. */
export const SourceSpan = z.object({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
});

/** One line (or part of a line) of the source that is not a clause: title, 发文字号, 主送, 署名, 日期, 附注, 抄送, 印发, scrape chrome. */
export const Part = SourceSpan.extend({
  role: z.enum([
    'issuerMark', // 发文机关标志 (版头), e.g. 龙溪县人民政府办公室文件
    'title', // 标题 (one piece per source line of a wrapped title)
    'documentNumber', // 发文字号 line
    'addressees', // 主送机关
    'signature', // 发文机关署名
    'date', // 成文日期 line
    'note', // 附注, e.g. （此件公开发布）
    'attachmentLabel', // 附件 / 附件1 label lines
    'subjectTerms', // 主题词 (版记 of GB/T 9704-1999, before 2012)
    'cc', // 抄送
    'imprint', // 印发机关和印发日期
    'noise', // scrape chrome: portal lines, wiki boxes, breadcrumbs, page numbers — kept, never rendered as clauses
  ]),
  /** For role 'noise': what kind of chrome this is. */
  kind: z.enum(NOISE_KINDS).optional(),
  text: z.string(), // source text
});

export const Responsibility = SourceSpan.extend({
  raw: z.string(), // the note exactly as printed, brackets included (also part of the clause text)
  lead: z.array(z.string()), // 牵头单位
  units: z.array(z.string()), // 责任单位 / 配合单位 / units that 落实
  deadline: z.string().nullable(), // 完成时限 as printed
  /** Normalised deadline: 2020年底前 → 2020-12-31; 长期坚持 → 'ongoing'; null when nothing can be inferred. */
  deadlineDate: z.union([isoDate, z.literal('ongoing')]).nullable(),
});

/**
 * A numbered clause (一、 / （一） / 1. / （1） / ①) or an unnumbered paragraph (…__p_N, intro__p_N, wrapup__p_N).
 * `number`, `heading` and `text` are source text; `offset` is where `number` (or the first text) starts.
 */
export const Clause = SourceSpan.extend({
  eId: z.string().regex(/^[a-z0-9_-]+$/),
  /** The numbering form (src/model/forms.ts); null for an unnumbered paragraph. */
  form: z.enum(FORMS).nullable(),
  /** The printed number's value (（三） → 3, ② → 2); null for an unnumbered paragraph. Form and ordinal make the eId. */
  ordinal: z.number().int().positive().nullable(),
  number: z.string().nullable(), // as printed, e.g. "（三）", "一、", "1." — null for unnumbered paragraphs
  heading: z.string().nullable(), // heading text (up to the first 。 when run in with the body)
  text: z.string(), // body text after the heading, responsibility notes included
  headingOffset: z.number().int().nullable(),
  textOffset: z.number().int().nullable(),
  get children() {
    return z.array(Clause);
  },
  /**
   * Who is to carry the clause out and by when: its notes merged (units united, the latest deadline), plus the notes
   * of a note-only paragraph right under it, or its row of a task table. Null when nothing says.
   */
  duty: Responsibility.nullable(),
  /** Every responsibility note printed in the clause's own heading and text, in order (what the page marks up). */
  notes: z.array(Responsibility),
  /** True when the clause's printed heading is missing from the source and its place was inferred. */
  inferred: z.boolean(),
});

export const Component = z.object({
  /** 'main', 'cover', 'att_1', 'att_1__cover' … — also the anchor of the component on the page. */
  eId: z.string().regex(/^[a-z0-9_-]+$/),
  /** Prefix of the clause ids inside this component ('' , 'cover__', 'att_1__' …). */
  prefix: z.string(),
  /** letter = a 通知 with 主送/署名 (cover letter or standalone); text = the document a letter issues (要点, 方案…). */
  kind: z.enum(['letter', 'text']),
  title: z.string().nullable(),
  documentNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  signedDate: isoDate.nullable(),
  genre: z.string().nullable(), // 文种 of this component's title
  front: z.array(Part), // parts before the clauses, in source order
  clauses: z.array(Clause),
  back: z.array(Part), // parts after the clauses, in source order
});

/**
 * One printed step of a clause reference: 第三部分 → {unit: '部分', ordinal: 3}, 第（二）项 → {unit: '项', ordinal: 2},
 * （五） → {unit: null, ordinal: 5, bracketed: true}. Which numbering form it names is decided against the cited text.
 */
export const ClausePointer = z.object({
  printed: z.string(),
  unit: z.enum(['部分', '章', '节', '条', '款', '项', '点', '目']).nullable(),
  ordinal: z.number().int().positive(),
  bracketed: z.boolean(),
});

/**
 * What the citing text does with the cited document: 印发 (a cover letter issues it), 转发 (forwards it), 贯彻/依据
 * (implements it: 为深入贯彻, 根据, 按照, 结合…实际), or only cites it.
 */
export const RELATIONS = ['issues', 'forwards', 'implements', 'cites'] as const;

/** Where a citation leads, set by the corpus link step (scripts/corpus/link.ts): a page and, within it, an anchor. */
export const ReferenceTarget = z.object({
  notice: z.string(), // page id
  eId: z.string().nullable(), // the cited clause or document part; null for the notice as a whole
});

/**
 * Why a citation leads nowhere: the document is not in the library (or only in a later notice than the citing one,
 * which it cannot be based on), or the document is found but not the clause it names.
 */
export const UNRESOLVED = ['notInLibrary', 'laterThanCiting', 'clauseNotFound'] as const;

export const Reference = SourceSpan.extend({
  raw: z.string(), // the citation as printed (a clause pointer after the document included)
  documentNumber: z.string().nullable(), // cited 发文字号 / 令 number, digits folded
  title: z.string().nullable(), // cited 《title》 without the brackets
  alias: z.string().nullable(), // short name defined by 以下简称《…》
  in: z.string().nullable(), // eId of the clause it sits in (null: in the header/back matter)
  /** document/decree/title/alias: how the document is named; clause: a clause of the citing notice itself (本通知第三条). */
  kind: z.enum(['document', 'decree', 'title', 'alias', 'clause']),
  /** The clause cited inside the document, outermost step first (《要点》第三部分第（二）项); null for a whole document. */
  clause: z.array(ClausePointer).nullable(),
  /**
   * For a clause of the citing notice (kind 'clause'), where to look first: near the citing clause (上述, 本条), the
   * document it sits in (本方案, 本办法, a path alone) or the notice the file is (本通知). Null for other documents.
   */
  within: z.enum(['near', 'document', 'notice']).nullable(),
  relation: z.enum(RELATIONS),
  /** Null until the corpus link step has run, and when it found nothing (see `unresolved`). */
  target: ReferenceTarget.nullable(),
  unresolved: z.enum(UNRESOLVED).nullable(),
});

/**
 * Whether the notice is in force (src/model/status.ts), where that comes from, and what the source printed. `partial`:
 * only part of it is (部分失效, 修改, a statement that repeals one of its clauses). `by`: for a statement, the stating
 * clause; for an inference, the notice that supersedes this one.
 */
export const Status = z.object({
  value: z.enum(STATUSES),
  partial: z.boolean(),
  source: z.enum(STATUS_SOURCES).nullable(), // null: nothing says (value 'unknown')
  printed: z.string().nullable(), // the portal's value (现行有效) or the stating words (同时废止) as printed
  by: ReferenceTarget.nullable(),
});

/** What a notice is until a source says otherwise. */
export const UNKNOWN_STATUS: z.infer<typeof Status> = {
  value: 'unknown',
  partial: false,
  source: null,
  printed: null,
  by: null,
};

export const Problem = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const Region = z.object({
  code: z.string().regex(/^\d{6}$/), // GB/T 2260
  name: z.string(), // the most specific division, e.g. 友谊县
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
});

export const Level = z.enum(LEVELS);

export const Notice = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/), // stable page key, frozen in content/notice-ids.json
  source: z.object({
    file: z.string(), // path relative to the converted folder
    encoding: z.string(), // detected, e.g. UTF-8, UTF-8 (BOM), UTF-16LE, GB18030, Big5
    format: z.enum(['text', 'html', 'docx', 'pdf']), // html: a saved web page, read as the text a browser shows (offsets refer to that)
    sha256: z.string(),
  }),
  title: z.string(),
  documentNumber: z.string().nullable(), // own 发文字号 as printed, full-width digits folded
  issuer: z.string().nullable(),
  addressees: z.string().nullable(), // 主送机关
  signedDate: isoDate.nullable(), // 成文日期
  publishedDate: isoDate.nullable(), // portal 发布日期
  printedDate: isoDate.nullable(), // 印发日期
  /** 有效性 as the page states it (有效, 失效, 废止…); null when it says nothing. */
  validity: z.string().nullable(),
  /** Set from `validity` by the converter, then from the rest of the library by the corpus step (scripts/corpus/validity.ts). */
  status: Status.default(UNKNOWN_STATUS),
  notes: z.array(z.string()), // 附注, e.g. 此件公开发布
  cc: z.string().nullable(), // 抄送
  script: z.enum(['Hans', 'Hant']),
  lang: z.enum(['zh-CN', 'zh-TW']),
  region: Region.nullable(),
  level: Level.nullable(),
  genre: z.string().nullable(), // 文种 of the notice title (通知, 要点, 方案…)
  year: z.number().int().nullable(),
  components: z.array(Component),
  references: z.array(Reference),
  problems: z.array(Problem),
  /**
   * A document of the library taken out of another file (a notice forwarded or attached with its own 发文字号): the
   * file's page and the part it is printed as. Null for a file of its own.
   */
  foundIn: ReferenceTarget.nullable(),
  /** Further files that print this document (each forwards it), besides its own file or `foundIn`. */
  alsoIn: z.array(ReferenceTarget),
  /** The parts of this file that are documents of the library with a page of their own: part eId → page id. */
  carries: z.array(z.object({ eId: z.string(), notice: z.string() })),
});

export type SourceSpan = z.infer<typeof SourceSpan>;
export type Part = z.infer<typeof Part>;
export type Responsibility = z.infer<typeof Responsibility>;
export type Clause = z.infer<typeof Clause>;
export type Component = z.infer<typeof Component>;
export type Reference = z.infer<typeof Reference>;
export type ClausePointer = z.infer<typeof ClausePointer>;
export type ReferenceTarget = z.infer<typeof ReferenceTarget>;
export type Relation = (typeof RELATIONS)[number];
export type Problem = z.infer<typeof Problem>;
export type Status = z.infer<typeof Status>;
export type Region = z.infer<typeof Region>;
export type Level = z.infer<typeof Level>;
export type Notice = z.infer<typeof Notice>;

export const Notices = z.array(Notice);

/** Every piece of source text in the model with its offset — the basis of the losslessness property. */
export function sourcePieces(notice: Notice): { offset: number; text: string }[] {
  const pieces: { offset: number; text: string }[] = [];
  const walk = (clause: Clause) => {
    if (clause.number !== null) pieces.push({ offset: clause.offset, text: clause.number });
    if (clause.heading !== null && clause.headingOffset !== null)
      pieces.push({ offset: clause.headingOffset, text: clause.heading });
    if (clause.text && clause.textOffset !== null) pieces.push({ offset: clause.textOffset, text: clause.text });
    clause.children.forEach(walk);
  };
  for (const component of notice.components) {
    for (const part of component.front) pieces.push({ offset: part.offset, text: part.text });
    component.clauses.forEach(walk);
    for (const part of component.back) pieces.push({ offset: part.offset, text: part.text });
  }
  return pieces;
}

/** Depth-first list of all clauses of a component (or notice), in document order. */
export function flattenClauses(clauses: Clause[]): Clause[] {
  return clauses.flatMap((clause) => [clause, ...flattenClauses(clause.children)]);
}
