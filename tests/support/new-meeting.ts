import { expect, type Page } from '@playwright/test';

/**
 * Answers the "Nieuw overleg" dialog: picks the template by its name (or
 * "Leeg overleg") and creates the meeting; resolves when the meeting is on screen.
 */
export async function chooseTemplate(page: Page, name = 'Leeg overleg'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg' });
  await dialog.getByRole('radio', { name }).check();
  await dialog.getByRole('button', { name: 'Overleg aanmaken' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Titel')).toBeVisible();
}

/** From the start screen: Nieuw overleg, then the template. */
export async function startNewMeeting(page: Page, template = 'Leeg overleg'): Promise<void> {
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await chooseTemplate(page, template);
}
