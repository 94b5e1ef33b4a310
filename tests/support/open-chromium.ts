import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultLibraryDir } from '../../host/library';
import { launchApp, type AppHandle } from './host';
import { createTerminalDialogs } from './terminal-dialogs';

/**
 * `npm run start:chromium`: the built app in a visible Chromium window,
 * through the test host (host.ts), for machines without the Electron
 * runtime. It works on the same folders as the installed app (the library
 * in Documenten/MDO, recent files and recovery copies in the app's config
 * folder); the native open and save dialogs become a question in this
 * terminal.
 *
 * `--smoke` only checks that the start screen appears (on fresh temporary
 * folders), prints one line and exits: 0 when it appeared, 1 when not. With
 * a display (or under xvfb-run) the window is real; without one it runs
 * headless. `--headless` forces that; `--map DIR` chooses the library
 * folder; a `.mdo` path opens that meeting.
 */

const USAGE = 'Gebruik: npm run start:chromium -- [--smoke] [--headless] [--map MAP] [BESTAND.mdo]';
const SMOKE_TIMEOUT_MS = 30_000;

interface Options {
  smoke: boolean;
  headless: boolean;
  libraryDir: string | null;
  openFile: string | null;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { smoke: process.env.MDO_SMOKE === '1', headless: false, libraryDir: null, openFile: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--smoke') options.smoke = true;
    else if (arg === '--headless') options.headless = true;
    else if (arg === '--map') {
      const dir = args[++i];
      if (!dir) return `--map verwacht een map. ${USAGE}`;
      options.libraryDir = resolve(dir);
    } else if (!arg.startsWith('-') && arg.toLowerCase().endsWith('.mdo')) options.openFile = resolve(arg);
    else return `Onbekend argument "${arg}". ${USAGE}`;
  }
  return options;
}

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The documents folder as Electron's app.getPath('documents') finds it on Linux: the XDG folder, else ~/Documents. */
function documentsDir(): string {
  try {
    const dir = execFileSync('xdg-user-dir', ['DOCUMENTS'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dir && dir !== homedir()) return dir;
  } catch {
    // No xdg-user-dir: the usual default.
  }
  return join(homedir(), 'Documents');
}

/** Electron's userData folder of the installed app (productName in electron-builder.yml). */
function configDir(): string {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'MDO-assistent');
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'onbekend';
}

/** Like Electron's shell.trashItem: a deleted meeting goes to the desktop's trash, never straight off the disk. */
async function moveToTrash(path: string): Promise<void> {
  execFileSync('gio', ['trash', '--', path], { stdio: 'ignore' });
}

async function smoke(options: Options): Promise<number> {
  const headless = options.headless || !hasDisplay();
  let app: AppHandle | null = null;
  try {
    app = await launchApp({ headless });
    const { page } = app;
    const visible = { state: 'visible', timeout: SMOKE_TIMEOUT_MS } as const;
    await page.getByRole('heading', { level: 1, name: 'MDO-assistent' }).waitFor(visible);
    await page.getByRole('button', { name: 'Nieuw overleg' }).waitFor(visible);
    await page.getByRole('heading', { name: 'Overleggen in uw map' }).waitFor(visible);
    // The library was read through window.mdo, so the bridge to the Node handlers works.
    await page.getByText('De overleggen worden gelezen…').waitFor({ state: 'hidden', timeout: SMOKE_TIMEOUT_MS });
    console.log(`Startscherm van MDO-assistent verschenen in Chromium (${headless ? 'zonder venster' : 'met venster'}).`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`Het startscherm van MDO-assistent verscheen niet in Chromium: ${reason}`);
    return 1;
  } finally {
    await app?.close();
  }
}

async function run(options: Options): Promise<number> {
  if (!options.headless && !hasDisplay()) {
    console.error('Geen beeldscherm gevonden (DISPLAY is leeg): start met `xvfb-run -a npm run start:chromium`, of controleer alleen het startscherm met `npm run start:chromium -- --smoke`.');
    return 1;
  }
  const libraryDir = options.libraryDir ?? defaultLibraryDir(documentsDir());
  const dialogs = createTerminalDialogs(process.stdin, process.stdout);
  const app = await launchApp({
    headless: options.headless,
    viewport: null,
    closeOnRequest: true,
    libraryDir,
    configDir: configDir(),
    version: appVersion(),
    dialogs,
    trashItem: moveToTrash,
    ...(options.openFile ? { openFile: options.openFile } : {}),
  });
  console.log(`MDO-assistent draait in Chromium. Map met overleggen: ${libraryDir}`);
  console.log('Openen, Opslaan als en Exporteren vragen hier in de terminal om een pad. Sluit het venster of druk Ctrl+C om te stoppen.');
  process.once('SIGINT', () => void app.close());
  process.once('SIGTERM', () => void app.close());
  await app.waitForClose();
  await app.close();
  dialogs.close();
  return 0;
}

const options = parseArgs(process.argv.slice(2));
if (typeof options === 'string') {
  console.error(options);
  process.exitCode = 2;
} else {
  process.exitCode = await (options.smoke ? smoke(options) : run(options));
}
