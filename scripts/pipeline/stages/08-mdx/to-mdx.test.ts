import fc from 'fast-check';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { flattenClauses, Notice } from '../../../../src/model/notice.ts';
import { unwrapForDisplay } from '../../../../src/model/text.ts';
import { noticeText } from '../../../../tests/arbitraries/notice-text.ts';
import { convertNotice } from '../../convert-notice.ts';
import { linkNotices } from '../../../corpus/link.ts';
import { toMdx } from './to-mdx.ts';
import { noticePages } from '../../../../src/model/notice-pages.ts';
import { longNotice } from '../../../scale/long-notice.ts';

const COMPONENTS = new Set(['NoticePart', 'Paragraph', 'Meta', 'Duty', 'InferredHeading', 'Ref']);
const parser = remark().use(remarkFrontmatter).use(remarkMdx);
const bare = (s: string) => s.replace(/\s/g, '');

function mdxOf(text: string): { notice: Notice; tree: Root } {
  const draft = convertNotice({ bytes: new TextEncoder().encode(text), file: 'test.txt' });
  // Linked as a corpus of one: citations of its own parts lead within the page, the rest are marked missing.
  const [notice] = linkNotices([Notice.parse({ id: 'test', ...draft })]);
  // Heading ids ({#eId}) are Sätteri's syntax, not MDX's: take them off before parsing with remark-mdx.
  return { notice: notice!, tree: parser.parse(toMdx(notice).replace(/ \{#[a-z0-9_-]+\}$/gm, '')) };
}

describe('toMdx', () => {
  it('writes MDX in which notice text is only text: no tag, expression or entity of its own, every paragraph as printed', () => {
    fc.assert(
      fc.property(noticeText, (text) => {
        const { notice, tree } = mdxOf(text);
        const paragraphs = new Map(
          flattenClauses(notice.components.flatMap((c) => c.clauses)).map((clause) => [clause.eId, clause]),
        );
        visit(tree, (node) => {
          if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
            const element = node as MdxJsxFlowElement | MdxJsxTextElement;
            expect(COMPONENTS.has(element.name ?? '')).toBe(true);
            const eId = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'eId')?.value;
            if (element.name === 'Paragraph')
              expect(bare(toString(element))).toBe(bare(unwrapForDisplay(paragraphs.get(String(eId))!.text)));
          }
          if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression')
            throw new Error(`notice text became ${node.type}`);
          if (node.type === 'html' || node.type === 'link' || node.type === 'inlineCode')
            throw new Error(`notice text became ${node.type}`);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('writes a citation as <Ref> whose attributes hold hostile titles as inert strings', () => {
    const title = '关于"x" {alert(1)} <b onclick=1>&amp;的通知';
    const { tree } = mdxOf(
      `关于测试的通知\n各单位：\n　　一、按照《${title}》和本通知第二条执行。\n　　二、其他。\n某县人民政府办公室\n2011年5月16日\n`,
    );
    const refs: MdxJsxTextElement[] = [];
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      if (node.name === 'Ref') refs.push(node);
    });
    // A value written as an expression is a JSON literal: read it back as the page's JSX would.
    const value = (v: MdxJsxAttribute['value']) => (typeof v === 'string' ? v : JSON.parse(v!.value));
    const attributes = (ref: MdxJsxTextElement) =>
      Object.fromEntries(ref.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', value(a.value)]));
    expect(refs.map((ref) => [toString(ref), attributes(ref)])).toEqual([
      [`《${title}》`, { kind: 'title', relation: 'implements', missing: 'notInLibrary', query: title }],
      ['本通知第二条', { kind: 'clause', relation: 'cites', to: '#sec_2' }],
    ]);
  });

  it('keeps <附件>, </strong>, {见附表} and &nbsp; literal in 附件 lines and paragraphs', () => {
    const { tree } = mdxOf(
      '关于测试的通知\n各单位：\n　　请查收<附件>{见附表}&nbsp;</strong>。\n某县人民政府办公室\n2011年5月16日\n附件：<附件>测试表&nbsp;\n',
    );
    const text = bare(toString(tree));
    expect(text).toContain('请查收<附件>{见附表}&nbsp;</strong>。');
    expect(text).toContain('附件：<附件>测试表&nbsp;');
  });
});

describe('toMdx of a notice too long for one page', () => {
  // 40 sections of 49 items, the first item citing the last section and the last section's first item the first.
  const text = longNotice(40, 49)
    .replace('（一）做好第1类第1项', '（一）按照本通知第四十条做好第1类第1项')
    .replace('（一）做好第40类第1项', '（一）按照本通知第一条做好第40类第1项');
  const draft = convertNotice({ bytes: new TextEncoder().encode(text), file: 'long.txt' });
  const [notice] = linkNotices([Notice.parse({ id: 'long', ...draft })]);
  const pages = noticePages(notice!);
  const mdx = toMdx(notice!);

  it('writes each page’s stretch inside <OnPage n>, every clause on the page noticePages gives it', () => {
    expect(pages.count).toBeGreaterThan(2);
    const stretches = mdx.split(/^<OnPage n=\{(\d+)\}>$/m).slice(1);
    expect(stretches.filter((_, i) => i % 2 === 0)).toEqual(
      Array.from({ length: pages.count }, (_, i) => String(i + 1)),
    );
    let headings = 0;
    for (let i = 0; i < stretches.length; i += 2) {
      const page = Number(stretches[i]);
      for (const [, eId] of stretches[i + 1]!.matchAll(/\{#([a-z0-9_-]+)\}$/gm)) {
        expect(pages.of(eId!), eId).toBe(page);
        headings++;
      }
      // The part goes on from the page before without its anchor: one `main` on the whole notice.
      expect(stretches[i + 1]).toMatch(page === 1 ? /<NoticePart eId="main" kind="\w+">/ : /continued=\{true\}/);
    }
    expect(headings).toBe(1 + 40 * 50); // the title (its part's anchor), every section and item
  });

  it('links a citation of a clause on another page to that page', () => {
    const to = [...mdx.matchAll(/<Ref kind="clause" relation="cites" to="([^"]+)">/g)].map(([, href]) => href);
    expect(to).toEqual([`/notices/long/p/${pages.of('sec_40')}/#sec_40`, '/notices/long/#sec_1']);
    expect(pages.of('sec_40')).toBe(pages.count);
  });

  it('a notice that fits one page is written as before, without <OnPage>', () => {
    expect(toMdx(mdxOf(longNotice(2, 3)).notice)).not.toContain('OnPage');
  });
});
