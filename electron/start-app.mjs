#!/usr/bin/env node
// `npm start`: opens the app in Electron through `electron-vite preview`
// (which builds it first; arguments are passed on). Where the Electron
// runtime was never downloaded (npm skipped its install script, or
// ELECTRON_SKIP_BINARY_DOWNLOAD was set, as on the build machines),
// electron-vite would end in "Error: Electron uninstall"; this says in one
// Dutch line what is missing and what works instead, and exits with 1.
// Plain Node on purpose: it runs before anything is built.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';

const require = createRequire(import.meta.url);

/** The package's folder, or null when it is not installed. */
function packageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/**
 * The Electron executable the way electron-vite finds it: ELECTRON_EXEC_PATH,
 * else the file path.txt names in the electron package's dist/. Read without
 * requiring the package, which throws when the runtime is missing.
 */
function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH) return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null;
  const electronDir = packageDir('electron');
  if (!electronDir) return null;
  const pathFile = join(electronDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : '';
  if (!name) return null;
  const binary = join(electronDir, 'dist', name);
  return existsSync(binary) ? binary : null;
}

if (!electronBinary()) {
  process.stderr.write(
    'MDO-assistent kan niet starten: de Electron-runtime is niet geïnstalleerd (node_modules/electron/dist ontbreekt; `npm install` met internet haalt hem op). `npm run start:chromium` toont dezelfde app in Chromium.\n',
  );
  process.exitCode = 1;
} else {
  const electronVite = join(packageDir('electron-vite'), 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}
