import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { noorParticipants } from '../fixtures/noor-participants';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { startNewMeeting } from '../support/new-meeting';
import { launchApp, type AppHandle } from '../support/host';

/*
 * The accessible names are listed at the top of
 * renderer/src/meeting/participants/ParticipantsPanel.tsx: each participant
 * is a group "Deelnemer 3: Fatima El Amrani" with fields "Naam", "Functie",
 * "Organisatie", "E-mail", "Rol", "Aanwezigheid" and buttons
 * "Fatima El Amrani omhoog" / "… omlaag" / "… verwijderen".
 */

let app: AppHandle;
let root: string | null = null;

test.afterEach(async () => {
  await app.close();
  if (root) await rm(root, { recursive: true, force: true });
  root = null;
});

function participantCard(page: Page, place: number): Locator {
  return page.getByRole('group', { name: new RegExp(`^Deelnemer ${place}(:|$)`) });
}

function view(page: Page, name: 'Gegevens' | 'Deelnemers'): Locator {
  return page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

const noor = noorParticipants;

test('the seven participants of the Noor case are added, given roles, reordered, removed and restored, and saved', async () => {
  app = await launchApp();
  const { page } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('MDO Noor de Vries');
  await page.getByLabel('Datum', { exact: true }).fill('10-12-2026');
  await view(page, 'Deelnemers').click();

  const parentsReason = page.getByLabel('Waarom zijn de ouders niet uitgenodigd?');
  const childReason = page.getByLabel('Waarom is het kind niet uitgenodigd?');
  await expect(page.getByText('Nog geen deelnemers.')).toBeVisible();
  await expect(parentsReason).toBeVisible();
  await expect(childReason).toBeVisible();

  const add = page.getByRole('button', { name: 'Deelnemer toevoegen' });
  for (const [index, person] of noor.entries()) {
    await add.click();
    const card = participantCard(page, index + 1);
    // The new participant's name field has the focus: typing goes straight in.
    await expect(card.getByLabel('Naam')).toBeFocused();
    await page.keyboard.type(person.name);
    await card.getByLabel('Functie').fill(person.function);
    await card.getByLabel('Organisatie').fill(person.organisation);
    await card.getByLabel('Rol').selectOption({ label: person.role });
    await card.getByLabel('Aanwezigheid').selectOption({ label: person.attendance });
  }
  // The e-mail address on demand.
  await expect(participantCard(page, 1).getByLabel('E-mail', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'E-mail van Fatima El Amrani' }).click();
  await participantCard(page, 1).getByLabel('E-mail', { exact: true }).fill('f.elamrani@example.org');
  await expect(participantCard(page, 1).getByLabel('E-mail', { exact: true })).toHaveAttribute('type', 'email');
  await expect(page.getByRole('list', { name: 'Deelnemers' }).getByRole('listitem')).toHaveCount(7);
  await expect(participantCard(page, 5)).toHaveAccessibleName('Deelnemer 5: Els de Vries');
  await expect(view(page, 'Deelnemers')).toHaveText('Deelnemers (7)');

  // Els is a parent: the question about the parents is gone; no child on the list yet.
  await expect(parentsReason).toHaveCount(0);
  await expect(page.getByText('Uitgenodigd: Els de Vries (aanwezig)')).toBeVisible();
  await childReason.fill('Noor is 7; haar stem is vooraf opgehaald met de Drie Huizen.');

  await view(page, 'Gegevens').click();
  const chair = page.getByRole('combobox', { name: 'Voorzitter' });
  await chair.fill('Fatima El Amrani');
  await expect(chair).toHaveAccessibleDescription('Deelnemer: voorzitter, intern begeleider, OBS De Regenboog.');
  const noteTaker = page.getByRole('combobox', { name: 'Notulist' });
  await noteTaker.fill('Joost Bakker');
  await page.getByRole('combobox', { name: 'Regievoerder' }).fill('Ömer Yılmaz');

  // Reorder with the keyboard: the focus stays on the button of the person who moved.
  await view(page, 'Deelnemers').click();
  await expect(page.getByRole('button', { name: 'Fatima El Amrani omhoog' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Dr. P. Hendriks omlaag' })).toBeDisabled();
  const sanneDown = page.getByRole('button', { name: 'Sanne Visser omlaag' });
  await sanneDown.focus();
  await page.keyboard.press('Enter');
  await expect(participantCard(page, 4)).toHaveAccessibleName('Deelnemer 4: Sanne Visser');
  await expect(participantCard(page, 3)).toHaveAccessibleName('Deelnemer 3: Ömer Yılmaz');
  await expect(sanneDown).toBeFocused();
  await expect(page.getByText('Sanne Visser staat nu op plaats 4 van 7')).toBeAttached();
  // At the end of the list the other button takes the focus.
  await page.getByRole('button', { name: 'Karin Jansen omlaag' }).focus();
  await page.keyboard.press('Enter');
  await expect(participantCard(page, 7)).toHaveAccessibleName('Deelnemer 7: Karin Jansen');
  await expect(page.getByRole('button', { name: 'Karin Jansen omhoog' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(participantCard(page, 6)).toHaveAccessibleName('Deelnemer 6: Karin Jansen');

  // Removing the note-taker keeps the name in the role but unlinks it; Ctrl+Z brings both back.
  await page.getByRole('button', { name: 'Joost Bakker verwijderen' }).click();
  await expect(page.getByText('Deelnemer Joost Bakker verwijderd.')).toBeVisible();
  const undoRemoval = page.getByRole('main').getByRole('button', { name: 'Ongedaan maken' });
  await expect(undoRemoval).toBeFocused();
  await expect(page.getByRole('list', { name: 'Deelnemers' }).getByRole('listitem')).toHaveCount(6);
  await view(page, 'Gegevens').click();
  await expect(noteTaker).toHaveValue('Joost Bakker');
  await expect(noteTaker).toHaveAccessibleDescription('Staat niet op de deelnemerslijst.');
  await view(page, 'Gegevens').press('Control+z');
  await expect(noteTaker).toHaveAccessibleDescription('Deelnemer: notulist, leerkracht groep 4, OBS De Regenboog.');

  // Removing the only parent brings the question back; "Ongedaan maken" restores her in her place.
  await view(page, 'Deelnemers').click();
  await page.getByRole('button', { name: 'Els de Vries verwijderen' }).click();
  await expect(parentsReason).toBeVisible();
  await undoRemoval.click();
  await expect(page.getByText('Deelnemer Els de Vries verwijderd.')).toHaveCount(0);
  await expect(participantCard(page, 5).getByLabel('Naam')).toBeFocused();
  await expect(participantCard(page, 5)).toHaveAccessibleName('Deelnemer 5: Els de Vries');
  await expect(parentsReason).toHaveCount(0);

  // A new name for the chair follows into the role.
  await participantCard(page, 1).getByLabel('Naam').fill('Fatima El Amrani-Bos');
  await expect(page.getByRole('button', { name: 'Fatima El Amrani-Bos verwijderen' })).toBeVisible();

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const [file] = (await readdir(app.libraryDir)).filter((name) => name.endsWith('.mdo'));
  const onDisk = parseMeetingFile(await readFile(join(app.libraryDir, file!), 'utf8'));
  expect(onDisk.ok).toBe(true);
  if (!onDisk.ok) return;
  const saved = onDisk.value;
  expect(saved.participants.map((participant) => participant.name)).toEqual([
    'Fatima El Amrani-Bos',
    'Joost Bakker',
    'Ömer Yılmaz',
    'Sanne Visser',
    'Els de Vries',
    'Karin Jansen',
    'Dr. P. Hendriks',
  ]);
  expect(saved.participants.map((participant) => `${participant.role}/${participant.attendance}`)).toEqual([
    'professional/aanwezig',
    'professional/aanwezig',
    'professional/aanwezig',
    'professional/aanwezig',
    'ouder/aanwezig',
    'professional/afgemeld',
    'professional/afwezig',
  ]);
  expect(saved.participants.every((participant) => /^p-/.test(participant.id))).toBe(true);
  expect(saved.chair).toEqual({ participantId: saved.participants[0]!.id, name: 'Fatima El Amrani-Bos' });
  expect(saved.noteTaker).toEqual({ participantId: saved.participants[1]!.id, name: 'Joost Bakker' });
  expect(saved.coordinator).toEqual({ participantId: saved.participants[2]!.id, name: 'Ömer Yılmaz' });
  expect(saved.notInvitedReasons.child).toBe('Noor is 7; haar stem is vooraf opgehaald met de Drie Huizen.');

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Voorzitter' })).toHaveValue('Fatima El Amrani-Bos');
  await expect(page.getByRole('combobox', { name: 'Regievoerder' })).toHaveAccessibleDescription('Deelnemer: gezinscoach, Wijkteam Oost.');
  await view(page, 'Deelnemers').click();
  await expect(page.getByRole('list', { name: 'Deelnemers' }).getByRole('listitem')).toHaveCount(7);
  const karin = participantCard(page, 6);
  await expect(karin.getByLabel('Naam')).toHaveValue('Karin Jansen');
  await expect(karin.getByLabel('Organisatie')).toHaveValue('Veilig Thuis');
  await expect(karin.getByLabel('Aanwezigheid')).toHaveValue('afgemeld');
  await expect(participantCard(page, 7).getByLabel('Organisatie')).toHaveValue("Huisartsenpraktijk 't Hof");
  await expect(participantCard(page, 5).getByLabel('Rol')).toHaveValue('ouder');
  await expect(childReason).toHaveValue('Noor is 7; haar stem is vooraf opgehaald met de Drie Huizen.');
});

test('the participants view has no serious accessibility problems and fits 1280×800', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-participants-'));
  await writeFile(join(root, '2026-12-10 MDO Noor de Vries.mdo'), serializeMeeting(sampleMeeting()));
  app = await launchApp({ libraryDir: root });
  const { page } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await view(page, 'Deelnemers').click();
  await expect(page.getByRole('list', { name: 'Deelnemers' }).getByRole('listitem')).toHaveCount(7);
  await expectNoSeriousAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: test.info().outputPath('participants-view.png') });
  await page.screenshot({ path: test.info().outputPath('participants-view-full.png'), fullPage: true });

  // With the removal notice and both questions about the family on screen.
  await page.getByRole('button', { name: 'Els de Vries verwijderen' }).click();
  await expect(page.getByLabel('Waarom zijn de ouders niet uitgenodigd?')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('participants-removed.png') });
});
