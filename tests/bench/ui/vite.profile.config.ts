import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer as the app builds it (production React), but not minified,
 * so a CPU profile from run-ui.ts --profile names our own functions:
 * `npx vite build --config tests/bench/ui/vite.profile.config.ts`, then
 * `MDO_RENDERER_DIR=out/renderer-profile tsx tests/bench/ui/run-ui.ts --profile /tmp/app.cpuprofile`.
 */
const repoRoot = resolve(import.meta.dirname, '../../..');

export default defineConfig({
  root: resolve(repoRoot, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(repoRoot, 'out/renderer-profile'),
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { input: resolve(repoRoot, 'renderer/index.html') },
  },
});
