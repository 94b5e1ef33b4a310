import { describe, expect, it } from 'vitest';
import { redo, undo } from '../../renderer/src/meeting/meeting-history';
import {
  appendExportLog,
  applyEdit,
  currentMeeting,
  currentVersion,
  isDirty,
  markSaved,
  newDocument,
  openedDocument,
  recoveredDocument,
  type OpenDocument,
} from '../../renderer/src/meeting/open-document';
import type { ExportLogEntry } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * Unsaved changes are known by revision: each version in the undo history
 * has one, the document remembers the one on disk.
 */
const path = '/home/fatima/Documenten/MDO/noor.mdo';
const savedAt = '2026-12-10T13:00:00.000Z';

/** Minutes apart, so each edit is an undo step of its own unless said otherwise. */
let clock = 0;
function later(): number {
  clock += 60_000;
  return clock;
}

function typeTitle(document: OpenDocument, title: string, at = later()): OpenDocument {
  return applyEdit(document, { field: 'title', apply: (meeting) => ({ ...meeting, title }) }, at);
}

function undone(document: OpenDocument): OpenDocument {
  return { ...document, history: undo(document.history) };
}

function redone(document: OpenDocument): OpenDocument {
  return { ...document, history: redo(document.history) };
}

function saved(document: OpenDocument): OpenDocument {
  return markSaved(document, currentVersion(document), path, savedAt);
}

const entry: ExportLogEntry = {
  at: '2026-12-10T15:45:00+01:00',
  document: 'verslag',
  audience: { kind: 'ouders', person: null },
  pseudonym: { child: true, childAlias: 'kind A', parents: false },
  fileName: 'Verslag Noor (ouders).docx',
  meetingStatus: 'concept',
  meetingUpdatedAt: '2026-12-10T14:00:00+01:00',
};

describe('unsaved changes', () => {
  it('starts clean for a meeting opened from disk and for a new one', () => {
    expect(isDirty(openedDocument(sampleMeeting(), path))).toBe(false);
    expect(isDirty(newDocument(sampleMeeting()))).toBe(false);
  });

  it('is dirty after an edit, clean again after undo to the saved version, dirty again after redo', () => {
    const edited = typeTitle(openedDocument(sampleMeeting(), path), 'MDO Noor');
    expect(isDirty(edited)).toBe(true);
    const back = undone(edited);
    expect(currentMeeting(back).title).toBe('MDO Noor de Vries');
    expect(isDirty(back)).toBe(false);
    expect(isDirty(redone(back))).toBe(true);
  });

  it('counts an edit that changes nothing as no change', () => {
    const document = openedDocument(sampleMeeting(), path);
    expect(isDirty(applyEdit(document, { field: 'title', apply: (meeting) => meeting }, later()))).toBe(false);
  });

  it('is clean after a save, dirty after the next edit, and clean after undoing that edit', () => {
    const first = saved(typeTitle(newDocument(sampleMeeting()), 'Eerste titel'));
    expect(isDirty(first)).toBe(false);
    expect(first.path).toBe(path);
    expect(first.savedAt).toBe(savedAt);
    const second = typeTitle(first, 'Tweede titel');
    expect(isDirty(second)).toBe(true);
    expect(isDirty(undone(second))).toBe(false);
    // Undoing past the save goes to a version that is not on disk.
    expect(isDirty(undone(undone(second)))).toBe(true);
  });

  it('ends the undo step at a save: typing on in the same field is a step of its own', () => {
    const start = clock;
    const document = saved(typeTitle(openedDocument(sampleMeeting(), path), 'MDO', start + 1));
    const typedOn = typeTitle(document, 'MDO Noor', start + 2);
    expect(currentMeeting(undone(typedOn)).title).toBe('MDO');
    expect(isDirty(undone(typedOn))).toBe(false);
  });

  it('stays dirty when the save wrote an older version while the user typed on, even merged into the same step', () => {
    const start = later();
    const typing = typeTitle(openedDocument(sampleMeeting(), path), 'MDO', start);
    const written = currentVersion(typing);
    // Within the merge window: the same undo step, but new content, so a new revision.
    const typedOn = typeTitle(typing, 'MDO Noor', start + 100);
    expect(typedOn.history.past).toHaveLength(typing.history.past.length);
    const afterSave = markSaved(typedOn, written, path, savedAt);
    expect(isDirty(afterSave)).toBe(true);
    expect(currentMeeting(afterSave).title).toBe('MDO Noor');
    expect(isDirty(saved(afterSave))).toBe(false);
  });

  it('counts an export-log entry as unsaved until the next save, whatever undo and redo do', () => {
    const edited = saved(typeTitle(openedDocument(sampleMeeting(), path), 'MDO Noor'));
    const logged = appendExportLog(edited, entry);
    expect(isDirty(logged)).toBe(true);
    // Undo goes to a version that has the entry too, and that is not on disk either.
    expect(currentMeeting(undone(logged)).exportLog).toEqual([entry]);
    expect(isDirty(redone(undone(logged)))).toBe(true);
    const afterSave = saved(logged);
    expect(isDirty(afterSave)).toBe(false);
    expect(currentMeeting(afterSave).exportLog).toEqual([entry]);
  });

  it('stays dirty when the entry came in while an earlier version was being written', () => {
    const document = openedDocument(sampleMeeting(), path);
    const written = currentVersion(document);
    const logged = appendExportLog(document, entry);
    expect(isDirty(markSaved(logged, written, path, savedAt))).toBe(true);
  });

  it('keeps work from a recovery copy unsaved until it is saved, also after undo', () => {
    const recovered = recoveredDocument(sampleMeeting(), path);
    expect(isDirty(recovered)).toBe(true);
    expect(isDirty(undone(redone(undone(typeTitle(recovered, 'Hersteld')))))).toBe(true);
    expect(isDirty(saved(recovered))).toBe(false);
  });
});
