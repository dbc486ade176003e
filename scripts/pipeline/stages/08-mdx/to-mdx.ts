/**
 * Stage 8: notice → MDX, built as an mdast tree and serialised by remark (remark-stringify) + remark-mdx, never by string templates:
 * `<…>` and `{…}` in notice text are escaped by the serialiser and can never become JSX or expressions.
 *
 * Clause headings carry their eId as `{#eId}` (Sätteri's heading attributes); unnumbered paragraphs are <Paragraph eId>;
 * responsibility notes are inline <Duty>; citations are inline <Ref> where they are printed (in a clause's heading or
 * text), carrying where the corpus link step resolved them (`to`) or why it could not (`missing`); header and closing
 * lines are <Meta role>; scrape chrome is left out (the page shows it from the model behind a disclosure).
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { remark } from 'remark';
import { stringify as toYaml } from 'yaml';
import { FORM } from '../../../../src/model/forms.ts';
import type { Clause, Component, Notice, Part, Reference, Responsibility } from '../../../../src/model/notice.ts';
import { noticePagePath, noticePages } from '../../../../src/model/notice-pages.ts';
import { clauseHeadingText, unwrapForDisplay } from '../../../../src/model/text.ts';

declare module 'mdast' {
  interface HeadingData {
    /** The eId written after the heading as {#eId}. */
    id?: string;
  }
}

function attribute(name: string, value: unknown): MdxJsxAttribute {
  // MDX decodes character references in quoted attribute values (&amp; → &); a string holding & goes as an expression.
  if (typeof value === 'string' && !value.includes('&')) return { type: 'mdxJsxAttribute', name, value };
  // Arrays, null and such strings become JSON expressions: JSON.stringify yields a valid, inert JS literal.
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(value) },
  };
}

function flowElement(
  name: string,
  attributes: Record<string, unknown>,
  children: MdxJsxFlowElement['children'],
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([k, v]) => attribute(k, v)),
    children,
  };
}

function textElement(
  name: string,
  attributes: Record<string, unknown>,
  children: PhrasingContent[],
): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([k, v]) => attribute(k, v)),
    children,
  };
}

/**
 * Text inside a JSX element goes in a paragraph node, which MDX makes of it anyway when it parses: the serialiser
 * escapes `<` and `&` only in phrasing it knows is a paragraph's, so a bare text child would let `<附件>` open a tag
 * and `&nbsp;` turn into a space.
 */
const paragraphOf = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/**
 * The attributes of a <Ref>: a link within the page (#eId) or to another (/notices/<id>/#eId, or the page of a long
 * notice that holds the clause: /notices/<id>/p/2/#eId), or why there is none.
 */
function refAttributes(reference: Reference, context: Inline): Record<string, unknown> {
  const { kind, relation, target, unresolved } = reference;
  const attributes: Record<string, unknown> = { kind, relation };
  // The notice itself as a whole needs no link; a part of it is linked within the page.
  if (target && (target.notice !== context.noticeId || target.eId)) {
    const anchor = target.eId ? `#${target.eId}` : '';
    const page = target.eId ? context.pageOf(target.notice, target.eId) : 1;
    attributes.to =
      target.notice === context.noticeId && page === context.page
        ? anchor
        : `${noticePagePath(target.notice, page)}${anchor}`;
  }
  if (unresolved) {
    attributes.missing = unresolved;
    attributes.query = reference.documentNumber ?? reference.title ?? reference.raw;
  }
  return attributes;
}

/**
 * Source text from `from` to `to` (offsets in the source) with the citations lying wholly inside it wrapped in <Ref>.
 * Each piece is unwrapped for display on its own, so a citation keeps its place in the text.
 */
function withRefs(text: string, textOffset: number, from: number, to: number, context: Inline): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = from;
  const plain = (end: number) => {
    if (end > at) out.push({ type: 'text', value: unwrapForDisplay(text.slice(at - textOffset, end - textOffset)) });
  };
  for (const reference of context.references) {
    const end = reference.offset + reference.raw.length;
    if (reference.offset < at || end > to) continue;
    plain(reference.offset);
    out.push(
      textElement('Ref', refAttributes(reference, context), [{ type: 'text', value: unwrapForDisplay(reference.raw) }]),
    );
    at = end;
  }
  plain(to);
  return out;
}

/** The page (1, 2 …) that shows a clause of a notice: noticePages, for the notices of the corpus. */
export type PageOf = (noticeId: string, eId: string) => number;

/** What inline markup needs besides the text: the citations printed in it and the page they are on. */
interface Inline {
  noticeId: string;
  references: Reference[];
  pageOf: PageOf;
  /** The page of the notice that shows the text being written. */
  page: number;
}

/** A node of the body with the page of the notice that shows it. */
interface Paged {
  page: number;
  node: RootContent;
}

/** Body text with its responsibility notes wrapped in <Duty> and its citations in <Ref>. */
function phrasing(text: string, textOffset: number, notes: Responsibility[], context: Inline): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = textOffset;
  const end = textOffset + text.length;
  for (const note of notes) {
    if (note.offset < at || note.offset + note.raw.length > end) continue; // a note in the heading, not in this text
    out.push(...withRefs(text, textOffset, at, note.offset, context));
    const { lead, units, deadline, deadlineDate } = note;
    out.push(
      textElement(
        'Duty',
        { lead, units, deadline, deadlineDate },
        withRefs(text, textOffset, note.offset, note.offset + note.raw.length, context),
      ),
    );
    at = note.offset + note.raw.length;
  }
  out.push(...withRefs(text, textOffset, at, end, context));
  return out;
}

/** A clause heading as printed (一、加强用权公开), its citations in <Ref>. */
function headingPhrasing(clause: Clause, context: Inline): PhrasingContent[] {
  if (clause.heading === null || clause.headingOffset === null)
    return [{ type: 'text', value: clauseHeadingText(clause) }];
  // The printed number and the space after it, as the display writes them.
  const whole = clauseHeadingText(clause);
  const number = whole.slice(0, whole.length - unwrapForDisplay(clause.heading).length);
  const heading = withRefs(
    clause.heading,
    clause.headingOffset,
    clause.headingOffset,
    clause.headingOffset + clause.heading.length,
    context,
  );
  return number ? [{ type: 'text', value: number }, ...heading] : heading;
}

function clauseNodes(clause: Clause, context: Inline): Paged[] {
  const nodes: RootContent[] = [];
  context.page = context.pageOf(context.noticeId, clause.eId);
  if (clause.form !== null) {
    const children: PhrasingContent[] = clause.inferred
      ? [textElement('InferredHeading', {}, [])]
      : headingPhrasing(clause, context);
    nodes.push({ type: 'heading', depth: FORM[clause.form].depth, children, data: { id: clause.eId } });
    if (clause.text) {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: phrasing(clause.text, clause.textOffset!, clause.notes, context),
      };
      nodes.push(paragraph);
    }
  } else {
    nodes.push(
      flowElement('Paragraph', { eId: clause.eId }, [
        paragraphOf(phrasing(clause.text, clause.textOffset!, clause.notes, context)),
      ]),
    );
  }
  const { page } = context;
  return [...nodes.map((node) => ({ page, node })), ...clause.children.flatMap((child) => clauseNodes(child, context))];
}

const metaNodes = (parts: Part[]): RootContent[] =>
  parts
    .filter((p) => p.role !== 'noise' && p.role !== 'title')
    .map((p) => flowElement('Meta', { role: p.role }, [paragraphOf([{ type: 'text', value: p.text }])]));

/**
 * A component as <NoticePart>; in a notice shown on several pages, one <NoticePart> per page it spans (the later ones
 * `continued`), each inside <OnPage n>, which renders on that page alone.
 */
function componentNodes(component: Component, context: Inline, paged: boolean): RootContent[] {
  context.page = context.pageOf(context.noticeId, component.eId);
  const head = (nodes: RootContent[]) => nodes.map((node) => ({ page: context.page, node }));
  // The 版头 (…文件) stands above the title, as printed.
  const children: Paged[] = head(metaNodes(component.front.filter((p) => p.role === 'issuerMark')));
  if (component.title)
    children.push(
      ...head([
        {
          type: 'heading',
          depth: 2,
          children: [{ type: 'text', value: component.title }],
          data: { id: component.eId },
        },
      ]),
    );
  children.push(...head(metaNodes(component.front.filter((p) => p.role !== 'issuerMark'))));
  for (const clause of component.clauses) children.push(...clauseNodes(clause, context));
  children.push(...head(metaNodes(component.back))); // on the page of the last clause
  const part = (nodes: Paged[], continued: boolean) =>
    flowElement(
      'NoticePart',
      { eId: component.eId, kind: component.kind, ...(continued ? { continued } : {}) },
      nodes.map(({ node }) => node) as MdxJsxFlowElement['children'],
    );
  if (!paged) return [part(children, false)];
  const runs = [...Map.groupBy(children, ({ page }) => page)];
  return runs.map(([page, nodes], i) => flowElement('OnPage', { n: page }, [part(nodes, i > 0)]));
}

/** Headings are written with their id as `{#eId}`, which Sätteri's headingAttributes reads. */
const heading: Handle = (node, parent, state, info) => {
  const out = defaultHandlers.heading(node, parent, state, info);
  const id = (node as Heading).data?.id;
  return id ? `${out} {#${id}}` : out;
};

/** The notice's MDX; `pageOf` says which page of a long notice shows a clause (the notice's own pages by default). */
export function toMdx(
  notice: Notice,
  pageOf: PageOf = (id, eId) => (id === notice.id ? noticePages(notice).of(eId) : 1),
): string {
  const frontmatter = {
    id: notice.id,
    title: notice.title,
    documentNumber: notice.documentNumber,
    issuer: notice.issuer,
    signedDate: notice.signedDate,
    lang: notice.lang,
  };
  // In source order, so each piece of text takes its citations in one pass.
  const context: Inline = {
    noticeId: notice.id,
    references: [...notice.references].sort((a, b) => a.offset - b.offset),
    pageOf,
    page: 1,
  };
  const paged = noticePages(notice).count > 1;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: toYaml(frontmatter).trimEnd() },
      ...notice.components.flatMap((c) => componentNodes(c, context, paged)),
    ],
  };
  return remark()
    .use(remarkFrontmatter)
    .use(remarkMdx)
    .use({ settings: { handlers: { heading } } })
    .stringify(tree);
}
