/**
 * Task tables flattened to text (重点任务分工表 pasted from a web page or a spreadsheet): the header row naming its
 * columns — 序号 工作任务 牵头单位 责任单位 完成时限 — and the cells of a row. The duties stage (stages/06-duties/
 * task-tables.ts) turns the rows these find into responsibilities.
 */
import { toSimplified } from '../../../src/model/script.ts';
import { matchMarker } from './markers.ts';

/** `other`: a column kept in the row's text but no duty (公开形式, 备注). */
export type Column = 'serial' | 'task' | 'lead' | 'units' | 'deadline' | 'other';

const COLUMNS: Record<string, Column> = {
  序号: 'serial',
  编号: 'serial',
  工作任务: 'task',
  重点任务: 'task',
  主要任务: 'task',
  具体任务: 'task',
  任务: 'task',
  工作内容: 'task',
  具体措施: 'task',
  工作措施: 'task',
  公开内容: 'task',
  公开事项: 'task',
  牵头单位: 'lead',
  牵头部门: 'lead',
  责任单位: 'units',
  责任部门: 'units',
  配合单位: 'units',
  参与单位: 'units',
  完成时限: 'deadline',
  时间节点: 'deadline',
  完成时间: 'deadline',
  时限: 'deadline',
  公开时间: 'deadline',
  公开形式: 'other',
  公开方式: 'other',
  备注: 'other',
  工作要求: 'other',
  具体要求: 'other',
};

/** Every column name a header row may print. */
export const COLUMN_NAMES = Object.keys(COLUMNS);

export interface Cell {
  start: number;
  text: string;
}

/** Cells of a row: tabs or runs of spaces separate them (half- or full-width). */
export function cellsOf(text: string): Cell[] {
  return [...text.matchAll(/[^\s　]+/g)].map((m) => ({ start: m.index, text: m[0] }));
}

/** The column a cell names. Column names are two to four characters: anything longer is a cell, without the fold's cost. */
export const columnOf = (text: string): Column | undefined => {
  const name = text.trim();
  return name.length <= 4 ? COLUMNS[toSimplified(name)] : undefined;
};

/** 序号, 工作任务, 责任单位… — the name of a task table's column. */
export const isColumnName = (text: string): boolean => columnOf(text) !== undefined;

export const isResponsibilityColumn = (column: Column): boolean =>
  column === 'lead' || column === 'units' || column === 'deadline';

/** A header row on one line (cells separated by spaces or tabs): its columns, or null when it is no task table's header. */
export function headerColumns(text: string): Column[] | null {
  const columns = cellsOf(toSimplified(text)).map((cell) => COLUMNS[cell.text]);
  if (columns.length < 3 || columns.some((c) => c === undefined)) return null;
  return columns.some((c) => isResponsibilityColumn(c!)) ? (columns as Column[]) : null;
}

/**
 * A table pasted one cell per line ("stacked": 序号 / 工作任务 / 责任单位 / 完成时限 / 1 / … each on a line) starting at
 * cells[start]: its columns (three or more column-name cells in a row, one of them a unit or deadline column) and how
 * many whole rows follow. A 序号 column must count 1, 2, 3…, which keeps rows aligned.
 */
export function stackedTable(cells: string[], start: number): { columns: Column[]; rows: number } | null {
  const columns: Column[] = [];
  for (let i = start; i < cells.length && columnOf(cells[i]!); i++) columns.push(columnOf(cells[i]!)!);
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
