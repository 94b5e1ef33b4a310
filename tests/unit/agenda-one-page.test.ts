import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutDocument } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { importMdoMarkdown } from '../../shared/markdown/mdo-markdown';
import type { AgendaItem, Meeting } from '../../shared/meeting/meeting-schema';

/**
 * The invitation of a meeting of up to about eight items is one sheet: the
 * Noor case (nine short items, seven participants, a long reason) and a
 * meeting from the Evaluatie-MDO template (eight items, each with its
 * child question). Checked twice: with docx's layout of the pages as Word
 * lays them out (Calibri), and, where LibreOffice is installed, in the PDF
 * it makes (without Calibri it draws DejaVu Sans, a fifth wider).
 */

const exportedAt = new Date('2026-12-11T09:00:00Z');
const repo = join(import.meta.dirname, '../..');

async function noorCase(): Promise<Meeting> {
  let id = 0;
  const text = await readFile(join(repo, 'tests/fixtures/markdown/casus-noor.mdo.md'), 'utf8');
  const read = importMdoMarkdown(text, { now: exportedAt, newId: () => `id-${++id}` });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

async function fromTemplate(name: string): Promise<Meeting> {
  const template = JSON.parse(await readFile(join(repo, 'templates', `${name}.json`), 'utf8')) as {
    items: Pick<AgendaItem, 'title' | 'minutes' | 'kind' | 'childInterest'>[];
  };
  const meeting = await noorCase();
  return {
    ...meeting,
    agendaItems: template.items.map((item, i) => ({ ...item, id: `t${i}`, leadId: null, notes: null, sharingBasis: null, confidential: null })),
  };
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** The pages of a PDF, from its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

describe('the agenda on one page', () => {
  it('is one page as Word lays it out, for the Noor case and an eight-item template meeting; a twelve-item one goes on', async () => {
    for (const meeting of [await noorCase(), await fromTemplate('evaluatie-mdo'), await fromTemplate('signs-of-safety')]) {
      const layout = layoutDocument(buildAgendaDocument(meeting, { exportedAt }));
      expect(layout.stoppedAt).toBeUndefined();
      expect(layout.pages.length, meeting.agendaItems.map((item) => item.title).join(', ')).toBe(1);
    }
    expect(layoutDocument(buildAgendaDocument(await fromTemplate('mdo-kindgericht'), { exportedAt })).pages.length).toBe(2);
  });

  it.skipIf(!has('soffice'))('is one page in LibreOffice’s PDF (skipped where LibreOffice is not installed)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mdo-agenda-pdf-'));
    try {
      const names = { noor: await noorCase(), evaluatie: await fromTemplate('evaluatie-mdo') };
      for (const [name, meeting] of Object.entries(names)) {
        await writeFile(join(dir, `${name}.docx`), await packDocx(buildAgendaDocument(meeting, { exportedAt })));
      }
      const convert = spawnSync(
        'soffice',
        ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profiel`, '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(names).map((name) => join(dir, `${name}.docx`))],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(convert.status, convert.stderr).toBe(0);
      for (const name of Object.keys(names)) expect(pdfPages(await readFile(join(dir, `${name}.pdf`))), name).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
