import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { HostDialogs } from '../../host/handlers';

/**
 * The native open and save dialogs of the Electron app as questions in a
 * terminal, for `npm run start:chromium` (open-chromium.ts). A typed path is
 * taken relative to the folder the dialog would show; `~` is the home folder.
 */

export interface TerminalDialogs extends HostDialogs {
  /** Stops reading the terminal, so the process can end. */
  close(): void;
}

function expandPath(typed: string, baseDir: string): string {
  const path = typed === '~' || typed.startsWith('~/') ? join(homedir(), typed.slice(1)) : typed;
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

export function createTerminalDialogs(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): TerminalDialogs {
  // One reader for the whole session: lines typed (or piped) ahead of a
  // question answer the next questions, in order. Not in raw mode, so Ctrl+C
  // stays the terminal's own signal and line editing is the terminal's.
  let reader: Interface | null = null;
  let ended = false;
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];

  function startReading(): void {
    if (reader || ended) return;
    reader = createInterface({ input, terminal: false });
    reader.on('line', (line) => {
      const answer = waiting.shift();
      if (answer) answer(line);
      else lines.push(line);
    });
    reader.on('close', () => {
      ended = true;
      for (const answer of waiting.splice(0)) answer(null);
    });
  }

  /** One question; null when the terminal closes before an answer. */
  async function ask(question: string): Promise<string | null> {
    output.write(question);
    startReading();
    reader?.resume();
    const line = lines.length > 0 ? (lines.shift() ?? null) : ended ? null : await new Promise<string | null>((answer) => waiting.push(answer));
    // Between questions the terminal is not read, so nothing keeps the process alive.
    if (waiting.length === 0) reader?.pause();
    return line === null ? null : line.trim();
  }

  return {
    async chooseOpenPath(defaultDir) {
      const typed = await ask(`\nOverleg openen: typ het pad van een .mdo-bestand (map: ${defaultDir}; leeg = annuleren)\n> `);
      return typed ? expandPath(typed, defaultDir) : null;
    },
    async chooseSavePath(defaultPath, kind = 'meeting') {
      const what = kind === 'word' ? 'Exporteren naar Word' : 'Opslaan als';
      const typed = await ask(`\n${what}: Enter bewaart als ${defaultPath}, of typ een ander pad (- = annuleren)\n> `);
      if (typed === null || typed === '-') return null;
      return typed === '' ? defaultPath : expandPath(typed, dirname(defaultPath));
    },
    close() {
      reader?.close();
      ended = true;
    },
  };
}
