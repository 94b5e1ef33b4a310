import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeHandlers, type NodeHandlers } from '../../host/handlers';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { readDocx } from '../support/docx-reader';
import { notesFromMarkdown } from '../support/lexical-fixtures';
import { readFile } from 'node:fs/promises';

describe('the app’s export of a copy with replaced names', () => {
  let dir = '';
  let handlers: NodeHandlers;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-export-names-'));
    handlers = createNodeHandlers({
      libraryDir: join(dir, 'MDO'),
      configDir: join(dir, 'config'),
      version: 'test',
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async (proposed) => proposed },
    });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const forParents = { audience: { kind: 'ouders' as const, person: null }, pseudonym: { child: true, childAlias: 'kind A', parents: true } };

  it('scans the written file once more and says what still looks like a replaced name', async () => {
    const meeting: Meeting = noorWithMinutes();
    meeting.agendaItems[0]!.notes!.root.children.push(notesFromMarkdown('Mevrouw Vriez belt morgen terug.').root.children[0]);
    const result = await handlers['export:minutes']({ meeting, options: forParents });
    if (!result.ok || result.value === null) throw new Error(JSON.stringify(result));
    expect(result.value.notice).toBe('Let op: in de kopie staat nog iets dat op een vervangen naam lijkt: „Vriez”.');
  });

  it('says nothing when the names are all replaced', async () => {
    const result = await handlers['export:minutes']({ meeting: noorWithMinutes(), options: forParents });
    if (!result.ok || result.value === null) throw new Error(JSON.stringify(result));
    expect(result.value.notice).toBeUndefined();
    const docx = readDocx(await readFile(result.value.path));
    expect(Object.values(docx.parts).join('\n')).not.toMatch(/Noor|Els de Vries/);
  });
});
