import { defineConfig } from 'vitest/config';

// Two tiers, each runnable alone: `unit` (fast, every change) and `stress`
// (a process killed hundreds of times while saving, thousands of damaged
// files opened). `vitest run` without --project runs both.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    reporters: ['default'],
    server: {
      deps: {
        // date-fns is hundreds of small ES modules behind one large "exports"
        // map, which Node 22 and 24 read slowly on every import (nodejs/node
        // #60397): about 2 s per test file natively, which doubled the unit
        // tier. Through Vite's module runner it is resolved once for the run.
        inline: ['date-fns', '@date-fns/tz'],
      },
    },
    projects: [
      // The unit files share each worker's module cache (isolate: false): every file imports Lexical, docx and
      // zod, and importing them afresh per file was half of the tier's time (111 s against 40 s on two cores).
      // So a unit test leaves no state behind in shared modules: temp dirs of its own, mocks only of 'electron'.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'stress', include: ['tests/stress/**/*.test.ts'] } },
    ],
  },
});
