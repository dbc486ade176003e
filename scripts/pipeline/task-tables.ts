/**
 * Task tables flattened to text (重点任务分工表 pasted from a web page or a spreadsheet): a header row naming its columns
 * — 序号 工作任务 牵头单位 责任单位 完成时限 — then rows split the same way, each an unnumbered paragraph. A row's unit and
 * deadline cells become its responsibility; its raw text is the row from the first unit or deadline cell on.
 */
import type { Clause, Responsibility } from '../../src/schemas/notice.ts';
import { parseDeadline } from './dates.ts';
import { toSimplified } from './normalize.ts';
import { unitsOf } from './responsibilities.ts';

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

function headerOf(clause: Clause): Column[] | null {
  if (!clause.text) return null;
  const columns = cellsOf(toSimplified(clause.text)).map((cell) => COLUMNS[cell.text]);
  if (columns.length < 3 || columns.some((c) => c === undefined)) return null;
  return columns.some((c) => c === 'lead' || c === 'units' || c === 'deadline') ? (columns as Column[]) : null;
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
  const first = columns.findIndex((c) => c === 'lead' || c === 'units' || c === 'deadline');
  const cell = (column: Column) => cells[columns.indexOf(column)]?.text;
  const deadline = columns.includes('deadline') ? cell('deadline') : null;
  return {
    offset: clause.textOffset + cells[first].start,
    line: clause.line,
    raw: clause.text.slice(cells[first].start),
    lead: columns.includes('lead') ? unitsOf(cell('lead')) : [],
    units: columns.includes('units') ? unitsOf(cell('units')) : [],
    deadline,
    deadlineDate: deadline ? parseDeadline(deadline, year) : null,
  };
}

/** A header row is an unnumbered paragraph followed by its rows, or the body of a heading whose children are the rows. */
export function withTaskTables(clauses: Clause[], year: number | null, inherited: Column[] | null = null): Clause[] {
  let columns = inherited;
  return clauses.map((clause) => {
    const header = headerOf(clause);
    const row = !header && columns ? rowResponsibility(clause, columns, year) : null;
    columns = (clause.number === null ? header : null) ?? (row ? columns : null);
    const children = withTaskTables(clause.children, year, clause.number !== null ? header : null);
    return row ? { ...clause, children, responsibilities: [row], responsibility: row } : { ...clause, children };
  });
}
