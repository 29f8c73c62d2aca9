import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Table-driven suites render hundreds of layouts; a loaded 2-core CI machine needs more than the 5 s default.
    testTimeout: 30_000,
  },
});
