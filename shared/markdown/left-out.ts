import type { Meeting } from '../meeting/meeting-schema';

/**
 * What a meeting holds that MDO-Markdown does not carry
 * (docs/MDO-MARKDOWN.md): written as MDO-Markdown and read back, it would
 * be gone. One Dutch phrase for each kind of thing this meeting has, in the
 * order of the screens; empty when the Markdown holds all of it. The export
 * says so, so nobody takes the plain-text copy for the whole meeting. The
 * export log is not named: it is about copies of the .mdo file itself, and
 * a meeting made from the Markdown starts a log of its own.
 */
export function leftOutOfMarkdown(meeting: Meeting): string[] {
  const items = meeting.agendaItems;
  const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
  const reviewed = items.reduce((sum, item) => sum + (item.review ? item.review.actions.length + item.review.decisions.length : 0), 0);
  const corrections = meeting.corrections?.length ?? 0;
  const statements = meeting.ownStatements?.length ?? 0;
  const phrases: [boolean, string][] = [
    [meeting.notInvitedReasons.parents.trim() !== '' || meeting.notInvitedReasons.child.trim() !== '', 'waarom ouders of kind niet zijn uitgenodigd'],
    [meeting.dossierId !== undefined || meeting.previousMeeting !== undefined, 'de koppeling aan het dossier en het vorige overleg'],
    [items.some((item) => item.leadId !== null), 'wie een agendapunt inleidt'],
    [items.some((item) => item.kind !== 'bespreking'), 'de soort agendapunt (informatie, besluitvorming)'],
    [reviewed > 0, `de terugblik op de afspraken (${count(reviewed, 'regel', 'regels')} met status en toelichting)`],
    [items.some((item) => (item.clockSeconds ?? 0) > 0), 'de klok per agendapunt'],
    [(meeting.reactionDeadline ?? null) !== null, 'de datum "reageren vóór"'],
    [corrections > 0, count(corrections, 'ontvangen correctie', 'ontvangen correcties')],
    [statements > 0, count(statements, 'eigen verklaring', 'eigen verklaringen')],
    [(meeting.finalized ?? null) !== null || (meeting.statusLog?.length ?? 0) > 0, 'dat het verslag definitief is gemaakt, en het logboek daarvan'],
  ];
  return phrases.filter(([has]) => has).map(([, phrase]) => phrase);
}
