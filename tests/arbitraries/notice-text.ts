/**
 * fast-check arbitraries that write notices of the genre the way real input arrives: portal chrome, wrapped titles,
 * 发文字号 in any bracket with full- or half-width digits, cover letters, issued texts with 一、/（一）/1./（1） levels,
 * responsibility notes, citations, markup-like characters, blank lines, odd whitespace and line endings.
 */
import fc from 'fast-check';

const han = fc.constantFrom(
  ...'政务公开信息平台建设推进加强规范管理服务监督考核评估落实工作要求机制单位部门县市省标准化网站数据发布解读回应'.split(
    '',
  ),
);
const tricky = fc.constantFrom(
  '<b>',
  '</strong>',
  '<附件>',
  '<',
  '{x}',
  '{见附表}',
  '各市〔州〕',
  '一是',
  '一、二季度',
  '《条例》',
  '“放管服”',
  '&amp;',
  '&nbsp;',
  '&#x41;',
  '*强调*',
  '_x_',
  '# ',
  '1.5亿',
  '（镇）',
  '$$',
  '`code`',
  '\\',
  '[链接](javascript:x)',
  '<!-- -->',
);
const phrase = fc
  .array(fc.oneof({ weight: 6, arbitrary: han }, { weight: 1, arbitrary: tricky }), { minLength: 2, maxLength: 24 })
  .map((a) => a.join(''));
const sentence = phrase.map((p) => `${p}。`);
const space = fc.constantFrom('', '', '', '　　', '  ', '\t', ' ');
const numeral = (n: number) => ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][n - 1];
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const year = fc.integer({ min: 2011, max: 2025 });

const documentNumber = fc
  .tuple(
    fc.constantFrom('国办发', '吉政办函', '友政办发', '粤府办', '川办发'),
    year,
    fc.integer({ min: 1, max: 120 }),
    fc.constantFrom(['〔', '〕'], ['[', ']'], ['［', '］'], ['【', '】']),
    fc.boolean(),
  )
  .map(([code, y, n, [open, close], wide]) => {
    const digits = `${open}${y}${close}${n}号`;
    return code + (wide ? fullWidth(digits) : digits);
  });

const date = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.boolean())
  .map(([y, m, d, wide]) => (wide ? fullWidth(`${y}年${m}月${d}日`) : `${y}年${m}月${d}日`));

const note = fc.oneof(
  fc
    .tuple(phrase, phrase, year)
    .map(([a, b, y]) => `（牵头单位：${a}局；责任单位：${b}，各乡（镇）政府；完成时限：${y}年底前）`),
  phrase.map((a) => `（${a}办牵头组织，各市〔州〕、县〔市、区〕政府按照职能分别落实）`),
  phrase.map((a) => `〔責任單位:${a}局,各縣(市、區)人民政府〕`),
);

const body = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.option(note, { nil: undefined }))
  .map(([sentences, n]) => sentences.join('') + (n ?? ''));

/** A clause list at one level, numbered from 1, each item with optional children a level down. */
function clauses(level: number): fc.Arbitrary<string[]> {
  const marker = (n: number) => [`${numeral(n)}、`, `（${numeral(n)}）`, `${n}.`, `（${n}）`][level];
  const item = fc.tuple(
    sentence,
    fc.option(body, { nil: undefined }),
    level < 3 ? fc.option(clauses(level + 1), { nil: undefined }) : fc.constant(undefined),
    fc.boolean(),
  );
  return fc.array(item, { minLength: 1, maxLength: level === 0 ? 4 : 3 }).map((items) =>
    items.flatMap(([heading, text, children, ownLine], i) => {
      const head = `${marker(i + 1)}${heading}`;
      const lines = ownLine || !text ? [head, ...(text ? [text] : [])] : [head + text];
      return [...lines, ...(children ?? [])];
    }),
  );
}

export const noticeText = fc
  .tuple(
    fc.boolean(), // portal chrome
    phrase, // subject
    documentNumber,
    date,
    fc.array(body, { minLength: 1, maxLength: 2 }),
    clauses(0),
    fc.option(sentence, { nil: undefined }), // wrap-up
    fc.constantFrom('\n', '\r\n', '\n\n', '\n \n'),
    space,
    fc.boolean(), // lose line breaks inside the issued text
  )
  .map(([portal, subject, number, signed, cover, list, wrapup, eol, indent, lost]) => {
    const title = `${subject}关于印发${subject}工作要点的通知`;
    const text = [
      ...(portal ? [title, '发布日期:2020-07-26'] : []),
      title.slice(0, 8),
      title.slice(8),
      number,
      '各县（市、区）人民政府，市政府各部门：',
      ...cover.map((c) => indent + c),
      `${subject}办公室`,
      signed,
      '（此件公开发布）',
      `${subject}工作要点`,
      ...(lost ? [list.join('')] : list.map((l) => indent + l)),
      ...(wrapup ? [`各地、各部门贯彻落实本要点${wrapup}`] : []),
      ...(portal ? ['相关词条', '联系我们'] : []),
    ];
    return text.join(eol);
  });
