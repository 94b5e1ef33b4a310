import { homedir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTerminalDialogs } from '../support/terminal-dialogs';

/**
 * In `npm run start:chromium` the open and save dialogs are questions in the
 * terminal; here the terminal is a pair of streams.
 */

function terminal(...lines: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => {
    shown += chunk.toString('utf8');
  });
  for (const line of lines) input.write(`${line}\n`);
  return { dialogs: createTerminalDialogs(input, output), input, shown: () => shown };
}

const library = '/home/anna/Documenten/MDO';

describe('the dialogs in the terminal', () => {
  it('open the typed path, relative to the library folder, with ~ as the home folder', async () => {
    expect(await terminal('2026-12-10 MDO Noor.mdo').dialogs.chooseOpenPath(library)).toBe(join(library, '2026-12-10 MDO Noor.mdo'));
    expect(await terminal('/tmp/Noor.mdo').dialogs.chooseOpenPath(library)).toBe('/tmp/Noor.mdo');
    expect(await terminal('~/Noor.mdo').dialogs.chooseOpenPath(library)).toBe(join(homedir(), 'Noor.mdo'));
  });

  it('cancel opening on an empty line, and say where they look', async () => {
    const { dialogs, shown } = terminal('');
    expect(await dialogs.chooseOpenPath(library)).toBeNull();
    expect(shown()).toContain(`Overleg openen: typ het pad van een .mdo-bestand (map: ${library}; leeg = annuleren)`);
  });

  it('save under the proposed name on Enter, under a typed name beside it, and cancel on -', async () => {
    const proposed = join(library, '2026-12-10 MDO Noor.mdo');
    expect(await terminal('').dialogs.chooseSavePath(proposed)).toBe(proposed);
    expect(await terminal('Noor kopie.mdo').dialogs.chooseSavePath(proposed)).toBe(join(library, 'Noor kopie.mdo'));
    expect(await terminal('-').dialogs.chooseSavePath(proposed)).toBeNull();
    const word = terminal('');
    expect(await word.dialogs.chooseSavePath(join(library, 'Verslag.docx'), 'word')).toBe(join(library, 'Verslag.docx'));
    expect(word.shown()).toContain('Exporteren naar Word: Enter bewaart als');
  });

  it('cancel when the terminal closes without an answer', async () => {
    const { dialogs, input } = terminal();
    const answer = dialogs.chooseOpenPath(library);
    input.end();
    expect(await answer).toBeNull();
  });

  it('ask one question after another on the same terminal', async () => {
    const { dialogs } = terminal('Een.mdo', 'Twee.mdo');
    expect(await dialogs.chooseOpenPath(library)).toBe(join(library, 'Een.mdo'));
    expect(await dialogs.chooseOpenPath(library)).toBe(join(library, 'Twee.mdo'));
  });
});
