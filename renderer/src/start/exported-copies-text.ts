/**
 * What happens to the Word files made from a meeting when it is deleted:
 * nothing. They are outside the app (MDO-DOMAIN, Privacy), so the user is
 * told, in the question and again after the deletion.
 */
export function exportedCopiesText(exportCount: number): string {
  if (exportCount === 0) return 'Uit dit overleg is niets geëxporteerd, dus er staan geen kopieën buiten de app.';
  return `Geëxporteerde kopieën (${exportCount}) worden niet verwijderd: die staan buiten de app. Verwijder ze zelf als dat nodig is.`;
}
