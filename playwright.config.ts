import { defineConfig } from '@playwright/test';

// The app's pages run in Europe/Amsterdam (tests/support/host.ts), and so does the host side here, as it would on the
// note-taker's laptop: "morgen" and "over 2 weken" are then the same day for the page and for the test that checks it,
// also between 23:00 and 01:00 UTC. (Workers load this file too, before any test reads the clock.)
process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results',
});
