import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { englishWordsIn } from '../support/english-words';
import { mdoHere } from './support/run-mdo';

/*
 * Every message of the command line is Dutch and said once: each path
 * through validate, import and export that ends in a message, run for real
 * on files in a temp folder. English shows in its small words
 * (tests/support/english-words.ts); a line said twice, or a file named twice
 * in one line, is a doubled message.
 */

let dir = '';
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdo-cli-dutch-'));
  await writeFile(at('kapot.mdo'), 'abc');
  await mkdir(at('map.mdo'));
  await writeFile(at('goed.md'), '---\ntitel: Overleg\n---\n\n## Opening\n\nZie [hier](javascript:alert(1)).\n');
  await writeFile(at('fout.md'), '---\ntitel: Overleg\ndatum: 31-02-2026\n---\n\n## Opening (abc min)\n');
  await writeFile(at('ansi.md'), Buffer.concat([Buffer.from('---\ntitel: Overleg '), Buffer.from([0xeb]), Buffer.from('\n---\n')]));
  await writeFile(at('noor.mdo'), serializeMeeting(sampleMeeting()));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `@name` is a file in the temp folder. */
const CASES: { args: string[]; code: number }[] = [
  { args: ['validate'], code: 2 },
  { args: ['validate', 'a.mdo', 'b.mdo'], code: 2 },
  { args: ['validate', '--x'], code: 2 },
  { args: ['validate', '@weg.mdo'], code: 1 },
  { args: ['validate', '@kapot.mdo'], code: 1 },
  { args: ['validate', '@map.mdo'], code: 1 },
  { args: ['validate', '@goed.md'], code: 0 },
  { args: ['validate', '@fout.md'], code: 1 },
  { args: ['validate', '@ansi.md'], code: 1 },
  { args: ['import'], code: 2 },
  { args: ['import', '--overschrijven'], code: 2 },
  { args: ['import', '@goed.md', '-o'], code: 2 },
  { args: ['import', '@goed.md', '--uit', 'x'], code: 2 },
  { args: ['import', '@goed.md', '-o', '@x.docx'], code: 2 },
  { args: ['import', '@noor.mdo', '-o', '@y.mdo'], code: 2 },
  { args: ['import', '@weg.md', '-o', '@y.mdo'], code: 1 },
  { args: ['import', '@goed.md', '-o', '@noor.mdo'], code: 2 },
  { args: ['import', '@goed.md', '-o', '@geen-map/y.mdo'], code: 1 },
  { args: ['import', '@goed.md', '-o', '@map.mdo', '--overschrijven'], code: 1 },
  { args: ['import', '@fout.md', '-o', '@z.mdo'], code: 1 },
  { args: ['import', '@ansi.md', '-o', '@z.mdo'], code: 1 },
  { args: ['export', '@weg.mdo', '-o', '@x.docx'], code: 1 },
  { args: ['export', '@kapot.mdo', '-o', '@x.docx'], code: 1 },
  { args: ['export', '@noor.mdo', '--voor'], code: 2 },
  { args: ['export', '@noor.mdo', '--onbekend'], code: 2 },
  { args: ['export', '@goed.md', '--format', 'md', '-o', '@goed-terug.md'], code: 0 },
  { args: ['onbekend'], code: 2 },
];

describe('every message of mdo', () => {
  it.each(CASES.map((testCase) => [testCase.args.join(' ').replaceAll('@', '') || '(niets)', testCase] as const))(
    'mdo %s: Dutch, and said once',
    async (_name, { args, code }) => {
      const result = await mdoHere(...args.map((arg) => (arg.startsWith('@') ? at(arg.slice(1)) : arg)));
      expect(result.code).toBe(code);
      const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
      expect(lines.length, 'says something').toBeGreaterThan(0);
      for (const line of lines) {
        if (/^\s*(mdo |Gebruik:|\(|--|-o )/.test(line)) continue; // the usage text: commands and options
        expect(englishWordsIn(line), line).toEqual([]);
        const names = line.match(/[\w.-]+\.(mdo|md|docx)\b/g) ?? [];
        expect(new Set(names).size, `a file named twice: ${line}`).toBe(names.length);
      }
      const sentences = lines.filter((line) => !/^\s/.test(line));
      expect(new Set(sentences).size, sentences.join('\n')).toBe(sentences.length);
    },
  );

  it('says where MDO-Markdown that is no UTF-8 goes wrong, and once', async () => {
    const result = await mdoHere('validate', at('ansi.md'));
    expect(result.stderr).toBe(
      '"ansi.md" is niet als UTF-8 opgeslagen; er is niets geïmporteerd.\n  - Regel 2: bevat tekens die geen UTF-8 zijn (waarschijnlijk een letter met een accent of een aanhalingsteken uit een ander programma). Sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8) en probeer het opnieuw.\n',
    );
  });

  it('writes a javascript: link from Markdown back as text, with one warning', async () => {
    const result = await mdoHere('export', at('goed.md'), '--format', 'md', '-o', at('terug.md'));
    expect(result.stderr.match(/gewone tekst geworden/g)).toHaveLength(1);
    expect(await readFile(at('terug.md'), 'utf8')).toContain('Zie hier.');
  });
});

describe('the English check itself', () => {
  it('finds English and lets Dutch pass', () => {
    expect(englishWordsIn("Unknown option '--overschrijven'. To specify a positional argument")).toEqual(['unknown', 'option', 'to', 'a', 'argument']);
    expect(englishWordsIn('The file cannot be read')).toEqual(['the', 'file', 'cannot', 'be']);
    expect(englishWordsIn('Unexpected token } in JSON at position 12')).toEqual(['unexpected', 'token', 'at', 'position']);
    expect(englishWordsIn('Het bestand "the file.mdo" is in de map /tmp/a/of/the en kan niet worden gelezen.')).toEqual([]);
  });
});
