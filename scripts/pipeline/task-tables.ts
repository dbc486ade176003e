/**
 * Task tables flattened to text (重点任务分工表 pasted from a web page or a spreadsheet): a header row naming its columns
 * — 序号 工作任务 牵头单位 责任单位 完成时限 — then rows split the same way, each an unnumbered paragraph. A row's unit and
 * deadline cells become its responsibility; its raw text is the row from the first unit or deadline cell on.
 *
 * A table pasted one cell per line ("stacked": 序号 / 工作任务 / 责任单位 / 完成时限 / 1 / … each on a line) keeps its
 * cells as paragraphs; each row's responsibility sits on its first unit or deadline cell.
 */
import type { Clause, Responsibility } from '../../src/schemas/notice.ts';
import { parseDeadline } from './dates.ts';
import { toSimplified } from './normalize.ts';
import { unitsOf } from './responsibilities.ts';
import { matchMarker } from './markers.ts';

type Column = 'serial' | 'task' | 'lead' | 'units' | 'deadline';

const COLUMNS: Record<string, Column> = {
  序号: 'serial', 编号: 'serial',
  工作任务: 'task', 重点任务: 'task', 主要任务: 'task', 具体任务: 'task', 任务: 'task', 工作内容: 'task', 具体措施: 'task', 工作措施: 'task',
  牵头单位: 'lead', 牵头部门: 'lead',
  责任单位: 'units', 责任部门: 'units', 配合单位: 'units', 参与单位: 'units',
  完成时限: 'deadline', 时间节点: 'deadline', 完成时间: 'deadline', 时限: 'deadline',
};

interface Cell {
  start: number;
  text: string;
}

/** Cells of a row: tabs or runs of spaces separate them (half- or full-width). */
function cellsOf(text: string): Cell[] {
  return [...text.matchAll(/[^\s　]+/g)].map((m) => ({ start: m.index, text: m[0] }));
}

// Column names are two to four characters: anything longer is a cell, without the cost of the script fold.
const columnOf = (text: string): Column | undefined => {
  const name = text.trim();
  return name.length <= 4 ? COLUMNS[toSimplified(name)] : undefined;
};
/** 序号, 工作任务, 责任单位… — the name of a task table's column. */
export const isColumnName = (text: string): boolean => columnOf(text) !== undefined;
const isResponsibilityColumn = (column: Column) => column === 'lead' || column === 'units' || column === 'deadline';

/**
 * A stacked table starting at cells[start]: its columns (three or more column-name cells in a row, one of them a unit or
 * deadline column) and how many whole rows follow. A 序号 column must count 1, 2, 3…, which keeps rows aligned.
 */
export function stackedTable(cells: string[], start: number): { columns: Column[]; rows: number } | null {
  const columns: Column[] = [];
  for (let i = start; i < cells.length && columnOf(cells[i]); i++) columns.push(columnOf(cells[i])!);
  if (columns.length < 3 || !columns.some(isResponsibilityColumn)) return null;
  let rows = 0;
  for (let at = start + columns.length; at + columns.length <= cells.length; at += columns.length) {
    const row = cells.slice(at, at + columns.length).map((cell) => cell.trim());
    if (row.some((cell) => !cell || columnOf(cell) || matchMarker(cell) !== null)) break;
    if (columns[0] === 'serial' && row[0] !== String(rows + 1)) break;
    rows++;
  }
  return rows > 0 ? { columns, rows } : null;
}

function headerOf(clause: Clause): Column[] | null {
  if (!clause.text) return null;
  const columns = cellsOf(toSimplified(clause.text)).map((cell) => COLUMNS[cell.text]);
  if (columns.length < 3 || columns.some((c) => c === undefined)) return null;
  return columns.some(isResponsibilityColumn) ? (columns as Column[]) : null;
}

/** A row's responsibility, when its cells line up with the header (surplus cells belong to the task text). */
function rowResponsibility(clause: Clause, columns: Column[], year: number | null): Responsibility | null {
  if (clause.number !== null || clause.textOffset === null || clause.responsibilities.length > 0) return null;
  let cells = cellsOf(clause.text);
  const task = columns.indexOf('task');
  if (cells.length > columns.length && task >= 0) {
    const surplus = cells.length - columns.length;
    const merged = { start: cells[task].start, text: clause.text.slice(cells[task].start, cells[task + surplus].start + cells[task + surplus].text.length) };
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
    ...clauses.map((clause) => (clause.number === null && clause.children.length === 0 && clause.responsibilities.length === 0 ? clause.text : '')),
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
      const responsibility: Responsibility = { offset: holder.textOffset!, line: holder.line, raw: holder.text, ...duties(columns, cell, year) };
      out[at + first - lead] = { ...holder, responsibilities: [responsibility], responsibility };
    }
    i += columns.length * (rows + 1) - 1;
  }
  return out;
}

/** A header row is an unnumbered paragraph followed by its rows, or the body of a heading whose children are the rows. */
export function withTaskTables(clauses: Clause[], year: number | null, inherited: Column[] | null = null, parentText: string | null = null): Clause[] {
  let columns = inherited;
  return withStackedTables(clauses, year, parentText).map((clause) => {
    const header = headerOf(clause);
    const row = !header && columns ? rowResponsibility(clause, columns, year) : null;
    columns = (clause.number === null ? header : null) ?? (row ? columns : null);
    const children = withTaskTables(clause.children, year, clause.number !== null ? header : null, clause.number !== null ? clause.text : null);
    return row ? { ...clause, children, responsibilities: [row], responsibility: row } : { ...clause, children };
  });
}
