/**
 * The import rules of the house (npm run lint). `npm run deps` prints the module graph.
 *   - no import cycle anywhere;
 *   - the converter (scripts/pipeline, scripts/corpus, scripts/convert.ts) imports nothing from src/ but src/model;
 *   - src/model imports nothing else of the project;
 *   - recognisers import only recognisers and src/model; a pipeline stage imports recognisers and earlier stages only;
 *   - the site and the build never import tests (benchmarks may use the tests' generators).
 */
const STAGES = 8;
const stage = (n) => `^scripts/pipeline/stages/0${n}-`;
const laterStages = Array.from({ length: STAGES }, (_, i) => i + 1).flatMap((n) =>
  Array.from({ length: STAGES - n }, (_, k) => ({
    name: `stage-${n}-imports-stage-${n + k + 1}`,
    comment: 'A pipeline stage imports only recognisers and earlier stages.',
    severity: 'error',
    from: { path: stage(n) },
    to: { path: stage(n + k + 1) },
  })),
);

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycle anywhere.', from: {}, to: { circular: true } },
    {
      name: 'converter-imports-only-the-model',
      severity: 'error',
      comment: 'The converter shares only the contract (src/model) with the site.',
      from: { path: '^scripts/(pipeline|corpus)/|^scripts/convert\\.ts$' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'model-stands-alone',
      severity: 'error',
      comment: 'The contract depends on nothing else of the project.',
      from: { path: '^src/model/' },
      to: { path: '^(src|scripts|tests)/', pathNot: '^src/model/|^tests/helpers/' },
    },
    {
      name: 'recognisers-import-recognisers',
      severity: 'error',
      comment: 'Recognisers are small and pure: they import other recognisers and the model only.',
      from: { path: '^scripts/pipeline/recognise/' },
      to: { path: '^scripts/', pathNot: '^scripts/pipeline/recognise/' },
    },
    ...laterStages,
    {
      name: 'production-imports-no-tests',
      severity: 'error',
      comment: 'Test helpers live under tests/; the site and the build do not use them.',
      from: {
        path: '^(src|scripts/(pipeline|corpus|lib)/|scripts/(convert|index-search|build-offline)\\.ts$)',
        pathNot: '\\.test\\.ts$',
      },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|generated|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
  },
};
