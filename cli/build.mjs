// Builds the CLI ahead of time: cli/mdo.ts and everything it imports,
// bundled with esbuild into plain JavaScript in out/cli/, so `mdo` starts
// without compiling TypeScript. Each command (and the Word and Markdown
// halves of `export`) is its own chunk, loaded with import() only when it
// runs. Runs on `npm install` (prepare), with `npm run build:cli`, and from
// bin/mdo.js when the build is missing or older than its sources.
//
// Plain JavaScript on purpose: bin/mdo.js imports cliBuildIsCurrent() on
// every start, and esbuild (a devDependency) is imported only to build.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { docxFastPathsPlugin } from './docx-fast-paths.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT_DIR = join(ROOT, 'out', 'cli');
/** The entry bin/mdo.js imports. */
export const CLI_ENTRY = join(CLI_OUT_DIR, 'mdo.js');
/** esbuild's metafile: which sources went into which chunk, and which chunk imports which (tests read it). */
export const CLI_METAFILE = join(CLI_OUT_DIR, 'meta.json');
/**
 * When the build started and the project files it read, written last.
 * Dependencies count through npm's record of what is installed,
 * node_modules/.package-lock.json.
 */
const INPUTS_FILE = join(CLI_OUT_DIR, 'inputs.json');
const INSTALLED = 'node_modules/.package-lock.json';

/**
 * True when out/cli holds a build that started after the last change to
 * every file it was built from (and to this script and the installed
 * packages). A few dozen stat calls: cheap enough for every start of `mdo`.
 */
export function cliBuildIsCurrent() {
  let record;
  try {
    record = JSON.parse(readFileSync(INPUTS_FILE, 'utf8'));
  } catch {
    return false;
  }
  const { startedAt, inputs } = record ?? {};
  if (typeof startedAt !== 'number' || !Array.isArray(inputs)) return false;
  for (const input of inputs) {
    try {
      // Compared with the start, not the end: a file saved during the build may not be in it.
      if (statSync(join(ROOT, input)).mtimeMs > startedAt) return false;
    } catch {
      // A source that is gone: build again, which says what is missing.
      if (input !== INSTALLED) return false;
    }
  }
  return true;
}

/** The esbuild options; `outdir` and `write` are set by the caller. */
export function cliBuildOptions() {
  return {
    absWorkingDir: ROOT,
    entryPoints: { mdo: 'cli/mdo.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Prefer the ES module builds of dependencies: they tree-shake (docx, date-fns).
    mainFields: ['module', 'main'],
    // Lexical picks its production build by this condition, as in the app's
    // build; `module` (ES module builds) is on by default only without a list.
    conditions: ['production', 'module'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // docx with faster versions of its hottest functions, the same bytes out (docx-fast-paths.mjs).
    plugins: [docxFastPathsPlugin()],
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  };
}

/**
 * Builds into `outDir` (default out/cli). Every file is written to a temp
 * name and renamed, chunks before the entry, so a `mdo` started meanwhile
 * sees the old build or the new one, never half a file. Chunk names carry a
 * content hash; chunks of an older build are removed afterwards.
 */
export async function buildCli({ outDir = CLI_OUT_DIR, logLevel = 'silent' } = {}) {
  const startedAt = Date.now();
  const { build } = await import('esbuild');
  const result = await build({ ...cliBuildOptions(), outdir: outDir, write: false, logLevel });
  mkdirSync(join(outDir, 'chunks'), { recursive: true });
  const entry = join(outDir, 'mdo.js');
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const file of files) writeAtomically(file.path, file.contents);
  writeAtomically(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
  const inputs = [...sources, 'cli/build.mjs', 'cli/docx-fast-paths.mjs', INSTALLED];
  writeAtomically(join(outDir, 'inputs.json'), JSON.stringify({ startedAt, inputs }));
  const written = new Set(files.map((file) => file.path));
  for (const name of readdirSync(join(outDir, 'chunks'))) {
    const path = join(outDir, 'chunks', name);
    if (name.endsWith('.js') && !written.has(path)) rmSync(path, { force: true });
  }
  return result.metafile;
}

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

// `node cli/build.mjs` (npm run build:cli): build and say where. With
// --prepare (npm install, npm ci) a failed build is a warning, not a failed
// install: the app does not need the CLI, and bin/mdo.js tries again (and
// shows the error) at the first `npx mdo`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  try {
    // esbuild prints its own errors and warnings here, with the source lines.
    await buildCli({ logLevel: 'warning' });
    const where = relative(process.cwd(), CLI_OUT_DIR).split(sep).join('/') || '.';
    process.stdout.write(`mdo gebouwd in ${where} (${Math.round(performance.now() - started)} ms)\n`);
  } catch (error) {
    // A build error is already printed above; anything else (esbuild missing, a full disk) is not.
    const reason = error instanceof Error && !('errors' in error) ? ` ${error.message}` : '';
    if (process.argv.includes('--prepare')) {
      process.stderr.write(`Let op: mdo (de opdrachtregel) is niet gebouwd; dat wordt opnieuw geprobeerd bij de eerste "npx mdo".${reason}\n`);
    } else {
      process.stderr.write(`mdo is niet gebouwd.${reason}\n`);
      process.exitCode = 1;
    }
  }
}
