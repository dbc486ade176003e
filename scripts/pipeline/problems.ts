/** A problem found while converting one notice; the CLI adds the file name (see Problem in src/model/notice.ts). */
export interface ProblemDraft {
  line: number | null;
  severity: 'error' | 'warning';
  message: string;
}
