import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileFile } from '../arbitraries/hostile-notice.ts';
import { checkFile, checkModel } from '../helpers/converter-invariants.ts';

// The fuzz script (npm run fuzz -- --runs 10000) at a smaller count: the same files, the same invariants.
describe('hostile files', () => {
  it('never escape the per-file handling; notices keep valid ids, lose no text and compile as MDX', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (file) => {
        const verdict = await checkFile(file.bytes);
        expect(verdict.violations, file.recipe).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('the checker can fail: a model that lost text or MDX that does not compile is caught', async () => {
    const text = '关于加强政务公开工作的通知\n某政办发〔2020〕9号\n\n一、加强组织领导。\n二、强化监督检查。\n';
    const bytes = new TextEncoder().encode(text);
    expect((await checkFile(bytes)).violations).toEqual([]);
    const lost = await checkModel(bytes, (notice, mdx) => {
      notice.components[0]!.clauses.pop();
      return { notice, mdx: `${mdx}\n{unclosed` };
    });
    expect(lost).toEqual([
      'the model does not spell the source text (something was lost or repeated)',
      expect.stringMatching(/^the MDX does not compile/),
    ]);
  });
});
