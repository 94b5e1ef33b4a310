import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeMeetingFile } from '../../host/storage';
import type { Meeting, Participant } from '../../shared/meeting/meeting-schema';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';
import { startNewMeeting } from '../support/new-meeting';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * People remembered (issue 14): the address book is built from the meetings
 * in the library, suggests a known person after three letters and fills
 * function and organisation; "Deelnemers overnemen" brings the people of an
 * earlier meeting about the same child; the chair can correct the book.
 */

let app: AppHandle;
let libraryDir: string;

function person(id: string, name: string, fn: string, organisation: string): Participant {
  return { id, name, function: fn, organisation, email: '', attendance: 'aanwezig', role: null };
}

async function save(fileName: string, changes: Partial<Meeting>): Promise<void> {
  const meeting = { ...sampleMeeting(), ...changes };
  const saved = await writeMeetingFile(join(libraryDir, fileName), meeting);
  if (!saved.ok) throw new Error(saved.error.message);
}

test.beforeEach(async () => {
  libraryDir = await mkdtemp(join(tmpdir(), 'mdo-adresboek-e2e-'));
  // A library of three meetings: Noor twice, and Sem.
  await save('2026-12-10 MDO Noor de Vries.mdo', { id: 'noor-1' });
  await save('2027-01-28 MDO Noor de Vries.mdo', {
    id: 'noor-2',
    date: '2027-01-28',
    participants: [person('q1', 'Fatima El Amrani', 'intern begeleider', 'OBS De Regenboog'), person('q2', 'Els de Vries', 'moeder', '')],
  });
  await save('2026-11-05 MDO Sem B.mdo', {
    id: 'sem-1',
    title: 'MDO Sem B.',
    child: { name: 'Sem B.', birthDate: null },
    participants: [person('s1', 'Yusuf Haddad', 'jeugdconsulent', 'Zorg & Veiligheid'), person('s2', 'Marco B.', 'vader', '')],
  });
  app = await launchApp({ libraryDir, viewport: { width: 1366, height: 768 } });
});

test.afterEach(async () => {
  await app.close();
  await rm(libraryDir, { recursive: true, force: true });
});

test('suggests a known person after three letters and fills function and organisation', async () => {
  const { page } = app;
  await startNewMeeting(page);
  await page.keyboard.press('Alt+2');
  const line = page.getByRole('combobox', { name: /^Deelnemer toevoegen/ });
  await expect(line).toBeFocused();
  const suggestions = page.getByRole('listbox', { name: 'Bekende personen' });

  await page.keyboard.type('Yu');
  await expect(suggestions).toBeHidden();
  await page.keyboard.type('s');
  await expect(suggestions.getByRole('option')).toHaveText([/^Yusuf Haddad\s*jeugdconsulent, Zorg & Veiligheid$/]);
  await expect(line).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousAxeViolations(page, 'Deelnemers met voorstellen');

  await page.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: /Yusuf Haddad/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(line).toHaveValue('Yusuf Haddad, jeugdconsulent, Zorg & Veiligheid');
  await page.keyboard.press('Enter');
  await expect(line).toHaveValue('');
  await expect(line).toBeFocused();
  const row = page.getByRole('group', { name: 'Deelnemer 1: Yusuf Haddad' });
  await expect(row.getByLabel('Functie')).toHaveValue('jeugdconsulent');
  await expect(row.getByLabel('Organisatie')).toHaveValue('Zorg & Veiligheid');
  await expect(row.getByLabel('Rol')).toHaveValue('automatisch');
  await expect(row.getByLabel('Rol').locator('option:checked')).toHaveText('Auto: professional');

  // Parents and children of another family are never suggested.
  await page.keyboard.type('Mar');
  await expect(suggestions).toBeHidden();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Els');
  await expect(suggestions).toBeHidden();
});

test('takes over the participants of an earlier meeting about the same child, roles and all', async () => {
  const { page } = app;
  await startNewMeeting(page);
  await page.getByLabel('Kind', { exact: true }).fill('Noor de V.');
  await page.keyboard.press('Alt+2');
  await expect(page.getByText('Eerder overleg over Noor de V.: MDO Noor de Vries (donderdag 28 januari 2027)')).toBeVisible();
  await page.getByRole('button', { name: 'Deelnemers overnemen' }).click();
  await expect(page.getByText('2 deelnemers overgenomen uit MDO Noor de Vries.')).toBeVisible();
  const parent = page.getByRole('group', { name: 'Deelnemer 2: Els de Vries' });
  await expect(parent.getByLabel('Rol').locator('option:checked')).toHaveText('Auto: ouder');
  // Once more adds nobody twice.
  await page.getByRole('button', { name: 'Deelnemers overnemen' }).click();
  await expect(page.getByText('Iedereen van dat overleg staat al op de lijst.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Deelnemers' }).getByRole('listitem')).toHaveCount(2);
});

test('the chair corrects a name in the address book and the suggestion follows', async () => {
  const { page } = app;
  await startNewMeeting(page);
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: 'Adresboek…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Adresboek' });
  await dialog.getByLabel('Persoon', { exact: true }).selectOption({ label: 'Karin Jansen (Veilig Thuis)' });
  await dialog.getByLabel('Naam').fill('Karin Jansen-de Boer');
  await dialog.getByRole('button', { name: 'Wijziging bewaren' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Karin Jansen-de Boer is bijgewerkt.');
  await expectNoSeriousAxeViolations(page, 'Adresboek');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toHaveCount(0);
  await page.keyboard.type('Kar');
  await expect(page.getByRole('listbox', { name: 'Bekende personen' }).getByRole('option')).toHaveText([/^Karin Jansen-de Boer/]);
});
