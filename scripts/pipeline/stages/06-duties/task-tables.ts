/**
 * Stage 6b: task tables flattened to text. A header row (recognise/table.ts) names the columns; each row after it —
 * an unnumbered paragraph split the same way — gets its unit and deadline cells as its note and duty, whose raw text
 * is the row from the first unit or deadline cell on. A table pasted one cell per line keeps its cells as paragraphs;
 * each row's duty sits on its first unit or deadline cell.
 */
import type { Clause, Responsibility } from '../../../../src/model/notice.ts';
import { parseDeadline } from '../../recognise/dates.ts';
import {
  cellsOf,
  type Column,
  columnOf,
  headerColumns,
  isResponsibilityColumn,
  stackedTable,
} from '../../recognise/table.ts';
import { unitsOf } from '../../recognise/units.ts';

/** A row's responsibility, when its cells line up with the header (surplus cells belong to the task text). */
function rowResponsibility(clause: Clause, columns: Column[], year: number | null): Responsibility | null {
  if (clause.number !== null || clause.textOffset === null || clause.notes.length > 0) return null;
  let cells = cellsOf(clause.text);
  const task = columns.indexOf('task');
  if (cells.length > columns.length && task >= 0) {
    const surplus = cells.length - columns.length;
    const last = cells[task + surplus]!;
    const merged = {
      start: cells[task]!.start,
      text: clause.text.slice(cells[task]!.start, last.start + last.text.length),
    };
    cells = [...cells.slice(0, task), merged, ...cells.slice(task + surplus + 1)];
  }
  if (cells.length !== columns.length) return null;
  const first = columns.findIndex(isResponsibilityColumn);
  const cell = (column: Column) => cells[columns.indexOf(column)]?.text;
  return {
    offset: clause.textOffset + cells[first].start,
    line: clause.line,
    raw: clause.text.slice(cells[first].start),
    ...duties(columns, cell, year),
  };
}

/** Lead, units and deadline of a row, from its cells by column. */
function duties(columns: Column[], cell: (column: Column) => string | undefined, year: number | null) {
  const deadline = columns.includes('deadline') ? (cell('deadline') ?? null) : null;
  return {
    lead: columns.includes('lead') ? unitsOf(cell('lead')!) : [],
    units: columns.includes('units') ? unitsOf(cell('units')!) : [],
    deadline,
    deadlineDate: deadline ? parseDeadline(deadline, year) : null,
  };
}

/**
 * Rows of stacked tables among sibling clauses: the first unit or deadline cell of each row carries its duties.
 * `parentText` is the body of the clause they sit in, which holds the first header cell when the table follows the
 * heading directly (三、任务分工 / 序号 / 工作任务 / …).
 */
function withStackedTables(clauses: Clause[], year: number | null, parentText: string | null): Clause[] {
  const out = [...clauses];
  const lead = parentText !== null && columnOf(parentText) ? 1 : 0;
  const texts = [
    ...(lead ? [parentText!] : []),
    ...clauses.map((clause) =>
      clause.number === null && clause.children.length === 0 && clause.notes.length === 0 ? clause.text : '',
    ),
  ];
  for (let i = 0; i < texts.length; i++) {
    const table = stackedTable(texts, i);
    if (!table) continue;
    const { columns, rows } = table;
    const first = columns.findIndex(isResponsibilityColumn);
    for (let row = 0; row < rows; row++) {
      const at = i + columns.length * (row + 1);
      const cell = (column: Column) => texts[at + columns.indexOf(column)]?.trim();
      const holder = out[at + first - lead];
      const responsibility: Responsibility = {
        offset: holder.textOffset!,
        line: holder.line,
        raw: holder.text,
        ...duties(columns, cell, year),
      };
      out[at + first - lead] = { ...holder, notes: [responsibility], duty: responsibility };
    }
    i += columns.length * (rows + 1) - 1;
  }
  return out;
}

/** A header row is an unnumbered paragraph followed by its rows, or the body of a heading whose children are the rows. */
export function withTaskTables(
  clauses: Clause[],
  year: number | null,
  inherited: Column[] | null = null,
  parentText: string | null = null,
): Clause[] {
  let columns = inherited;
  return withStackedTables(clauses, year, parentText).map((clause) => {
    const header = clause.text ? headerColumns(clause.text) : null;
    const row = !header && columns ? rowResponsibility(clause, columns, year) : null;
    columns = (clause.number === null ? header : null) ?? (row ? columns : null);
    const children = withTaskTables(
      clause.children,
      year,
      clause.number !== null ? header : null,
      clause.number !== null ? clause.text : null,
    );
    return row ? { ...clause, children, notes: [row], duty: row } : { ...clause, children };
  });
}
