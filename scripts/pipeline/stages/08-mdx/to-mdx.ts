/**
 * Stage 8: notice → MDX, built as an mdast tree and serialised by remark (remark-stringify) + remark-mdx, never by string templates:
 * `<…>` and `{…}` in notice text are escaped by the serialiser and can never become JSX or expressions.
 *
 * Clause headings carry their eId as `{#eId}` (Sätteri's heading attributes); unnumbered paragraphs are <Paragraph eId>;
 * responsibility notes are inline <Duty>; header and closing lines are <Meta role>; scrape chrome is left out (the page
 * shows it from the model behind a disclosure).
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { remark } from 'remark';
import { stringify as toYaml } from 'yaml';
import { FORM } from '../../../../src/model/forms.ts';
import type { Clause, Component, Notice, Part, Responsibility } from '../../../../src/model/notice.ts';
import { clauseHeadingText, unwrapForDisplay } from '../../../../src/model/text.ts';

declare module 'mdast' {
  interface HeadingData {
    /** The eId written after the heading as {#eId}. */
    id?: string;
  }
}

function attribute(name: string, value: unknown): MdxJsxAttribute {
  if (typeof value === 'string') return { type: 'mdxJsxAttribute', name, value };
  // Arrays and null become JSON expressions: JSON.stringify yields a valid, inert JS literal.
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

/** Body text with its responsibility notes wrapped in <Duty>. */
function phrasing(text: string, textOffset: number, notes: Responsibility[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const note of notes) {
    const start = note.offset - textOffset;
    if (start < at || start + note.raw.length > text.length) continue; // a note in the heading, not in this text
    if (start > at) out.push({ type: 'text', value: unwrapForDisplay(text.slice(at, start)) });
    const { lead, units, deadline, deadlineDate } = note;
    out.push(
      textElement('Duty', { lead, units, deadline, deadlineDate }, [
        { type: 'text', value: unwrapForDisplay(note.raw) },
      ]),
    );
    at = start + note.raw.length;
  }
  if (at < text.length) out.push({ type: 'text', value: unwrapForDisplay(text.slice(at)) });
  return out;
}

function clauseNodes(clause: Clause): RootContent[] {
  const nodes: RootContent[] = [];
  if (clause.form !== null) {
    const children: PhrasingContent[] = clause.inferred
      ? [textElement('InferredHeading', {}, [])]
      : [{ type: 'text', value: clauseHeadingText(clause) }];
    nodes.push({ type: 'heading', depth: FORM[clause.form].depth, children, data: { id: clause.eId } });
    if (clause.text) {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: phrasing(clause.text, clause.textOffset!, clause.notes),
      };
      nodes.push(paragraph);
    }
  } else {
    nodes.push(
      flowElement('Paragraph', { eId: clause.eId }, [
        paragraphOf(phrasing(clause.text, clause.textOffset!, clause.notes)),
      ]),
    );
  }
  for (const child of clause.children) nodes.push(...clauseNodes(child));
  return nodes;
}

const metaNodes = (parts: Part[]): RootContent[] =>
  parts
    .filter((p) => p.role !== 'noise' && p.role !== 'title')
    .map((p) => flowElement('Meta', { role: p.role }, [paragraphOf([{ type: 'text', value: p.text }])]));

function componentNode(component: Component): MdxJsxFlowElement {
  // The 版头 (…文件) stands above the title, as printed.
  const children: RootContent[] = metaNodes(component.front.filter((p) => p.role === 'issuerMark'));
  if (component.title)
    children.push({
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: component.title }],
      data: { id: component.eId },
    });
  children.push(...metaNodes(component.front.filter((p) => p.role !== 'issuerMark')));
  for (const clause of component.clauses) children.push(...clauseNodes(clause));
  children.push(...metaNodes(component.back));
  return flowElement(
    'NoticePart',
    { eId: component.eId, kind: component.kind },
    children as MdxJsxFlowElement['children'],
  );
}

/** Headings are written with their id as `{#eId}`, which Sätteri's headingAttributes reads. */
const heading: Handle = (node, parent, state, info) => {
  const out = defaultHandlers.heading(node, parent, state, info);
  const id = (node as Heading).data?.id;
  return id ? `${out} {#${id}}` : out;
};

export function toMdx(notice: Notice): string {
  const frontmatter = {
    id: notice.id,
    title: notice.title,
    documentNumber: notice.documentNumber,
    issuer: notice.issuer,
    signedDate: notice.signedDate,
    lang: notice.lang,
  };
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: toYaml(frontmatter).trimEnd() }, ...notice.components.map(componentNode)],
  };
  return remark()
    .use(remarkFrontmatter)
    .use(remarkMdx)
    .use({ settings: { handlers: { heading } } })
    .stringify(tree);
}
