// ESM through ts-jest: `npm test` runs Jest under --experimental-vm-modules on the pinned Node 24.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  // Two cores: keep one for the servers some tests start.
  maxWorkers: 2,
  // Under --experimental-vm-modules each test file's module graph stays in the worker's heap: a
  // worker grew to about 400 MB (700 MB resident) by its last file (--logHeapUsage), and tearing
  // that down at the end took longer than Jest's 500 ms grace, which it reported as "a worker
  // process has failed to exit gracefully" in most full runs. Recycling a worker past 256 MB keeps
  // every heap under about 260 MB; the warning stopped (0 of 4 full runs) for about 3 s per run.
  workerIdleMemoryLimit: '256MB'
};
