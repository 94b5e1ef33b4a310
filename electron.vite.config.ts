import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { buildDutchDictionary } from './electron/dictionary/build-dictionary';

// Main runs as an ES module; the preload must be CommonJS because sandboxed
// preload scripts cannot load ES modules, and it bundles its imports because a
// sandboxed preload cannot require anything but 'electron'.
export default defineConfig({
  main: {
    // The spellchecker's Dutch dictionary, out/dictionaries/ (converted again only when it changed).
    plugins: [{ name: 'mdo-dutch-dictionary', buildStart: () => void buildDutchDictionary(import.meta.dirname) }],
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'electron/main/main.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'electron/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
    plugins: [react()],
  },
});
