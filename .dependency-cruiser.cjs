/**
 * Who may import whom (DESIGN.md). Runs in `npm test`, so a wrong import fails the build.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-electron-outside-glue',
      comment: 'Engine, probes, parsers, checks, signatures and CLI run under plain Node.',
      severity: 'error',
      from: { path: '^electron/(shared|probes|parsers|facts|checks|engine|signatures|cli)/' },
      to: { path: '^electron$', dependencyTypes: ['npm', 'npm-dev', 'core', 'unknown', 'undetermined'] },
    },
    {
      name: 'parsers-are-pure',
      comment: 'Parsers turn text into values: no probes, no facts, no checks, no engine, no OS modules.',
      severity: 'error',
      from: { path: '^electron/parsers/' },
      to: { path: ['^electron/(probes|facts|checks|engine|cli|main|preload|signatures)/', '^(node:)?(child_process|fs|fs/promises|os)$'] },
    },
    {
      name: 'checks-see-only-facts',
      comment: 'Checks read typed facts and signatures, never probes or parsers or the OS.',
      severity: 'error',
      from: { path: '^electron/checks/' },
      to: { path: ['^electron/(probes|parsers|facts|engine|cli|main|preload)/', '^(node:)?(child_process|fs|fs/promises|os)$'] },
    },
    {
      name: 'facts-never-run-probes',
      comment: 'Fact sources derive from recorded raw output only, so replay is exact.',
      severity: 'error',
      from: { path: '^electron/facts/' },
      to: { path: ['^electron/(probes|checks|engine|cli|main|preload)/', '^(node:)?(child_process|fs|fs/promises)$'] },
    },
    {
      name: 'only-probes-touch-the-os',
      comment: 'Commands are run by the probe layer only.',
      severity: 'error',
      from: { path: '^electron/', pathNot: '^electron/(probes|main)/' },
      to: { path: '^(node:)?child_process$' },
    },
    {
      name: 'engine-and-cli-never-import-main',
      severity: 'error',
      from: { path: '^electron/(engine|cli|signatures|probes|parsers|facts|checks)/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'shared-imports-nothing-of-ours',
      comment: 'electron/shared is the contract: no Node, Electron or DOM, nothing of ours.',
      severity: 'error',
      from: { path: '^electron/shared/' },
      to: { pathNot: '^electron/shared/' },
    },
    {
      name: 'renderer-only-through-bridge',
      comment: 'The renderer sees the IPC contract and shared types only.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/', pathNot: '^electron/shared/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'] },
  },
};
