#!/usr/bin/env node
// Starts the CLI as plain JavaScript, built ahead of time into out/cli by
// cli/build.mjs (`npm install` runs it through `prepare`). A build that is
// missing or older than its sources is made first, so `npx mdo` also works
// right after editing a source file.
import { readFileSync } from 'node:fs';
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY, buildCli, cliBuildIsCurrent } from '../cli/build.mjs';

// Node keeps the compiled form of out/cli's chunks in its own cache folder
// (in the system's temp folder) and reuses it at the next start: about
// 30 ms less per command. The cache is checked against each file's
// contents, so a new build is compiled afresh. Node 22.1 and later.
module.enableCompileCache?.();
if (!cliBuildIsCurrent()) {
  try {
    await buildCli();
  } catch (error) {
    // esbuild's own errors name the source lines; without esbuild, installing is the remedy.
    const missing = error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND';
    process.stderr.write(
      `mdo kon niet worden gebouwd: ${error instanceof Error ? error.message : String(error)}\n` +
        (missing ? 'Voer "npm install" uit in de map van MDO-assistent (dat installeert esbuild) en probeer het opnieuw.\n' : ''),
    );
    process.exit(1);
  }
}
// Output piped into a command that stops reading (mdo zoek … | head) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { runCli } = await import(pathToFileURL(CLI_ENTRY).href);
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = await runCli(
  process.argv.slice(2),
  { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
  version,
);
