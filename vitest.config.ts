import { defineConfig } from 'vitest/config';

// Two tiers, each runnable alone: `unit` (fast, every change) and `stress`
// (a process killed hundreds of times while saving, thousands of damaged
// files opened). `vitest run` without --project runs both.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'stress', include: ['tests/stress/**/*.test.ts'] } },
    ],
  },
});
