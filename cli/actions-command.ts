import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DOSSIER_STATUS_LABELS, type Dossier, type DossierAction } from '../shared/cycle/dossier';
import { overdueText } from '../shared/cycle/follow-up';
import { formatDutchDate, formatShortDutchDate } from '../shared/meeting/dutch-format';
import { readLibraryDossiers } from '../host/dossiers';
import { defaultLibraryDir } from '../host/library-location';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, dutchArgumentError, type CliIo } from './cli-io';

export const ACTIONS_USAGE = 'Gebruik: mdo acties [--map MAP] [--open]';

/** The library the app uses when none is given: "MDO" in the user's Documents (XDG_DOCUMENTS_DIR where set). */
function defaultMap(env: NodeJS.ProcessEnv = process.env): string {
  return defaultLibraryDir(env.XDG_DOCUMENTS_DIR ?? join(homedir(), 'Documents'));
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function actionLines(action: DossierAction, today: string): string[] {
  const from = action.history[0]?.meetingDate;
  const late = action.open ? overdueText(action.due, today) : null;
  const status = `${DOSSIER_STATUS_LABELS[action.status]}${late ? `, ${late}` : ''}`;
  const head = [
    `${action.number}${from ? ` (${formatShortDutchDate(from)})` : ''} ${action.what || '(geen omschrijving)'}`,
    action.who || 'niemand genoemd',
    action.due ? `uiterlijk ${formatDutchDate(action.due)}` : 'geen datum',
    status,
  ].join(' — ');
  const history = action.history
    .map((event) => {
      const when = event.meetingDate ? formatShortDutchDate(event.meetingDate) : 'zonder datum';
      const what = event.kind === 'set' ? `afgesproken (${DOSSIER_STATUS_LABELS[event.status]})` : DOSSIER_STATUS_LABELS[event.status];
      return `${when}: ${what}${event.note ? ` (${event.note})` : ''}`;
    })
    .join('; ');
  return [`  ${head}`, `      ${history}`];
}

function dossierLines(dossier: Dossier, openOnly: boolean, today: string): string[] {
  const meetings = dossier.meetings.map((meeting) => (meeting.date ? formatDutchDate(meeting.date) : 'zonder datum')).join(', ');
  const lines = [
    `Dossier ${dossier.child || '(kind zonder naam)'}${dossier.birthDate ? ` (geboren ${formatDutchDate(dossier.birthDate)})` : ''} — ${dossier.meetings.length === 1 ? '1 overleg' : `${dossier.meetings.length} overleggen`}: ${meetings}`,
  ];
  const actions = openOnly ? dossier.actions.filter((action) => action.open) : dossier.actions;
  if (actions.length === 0) lines.push(openOnly ? '  Geen open acties.' : '  Geen acties.');
  for (const action of actions) lines.push(...actionLines(action, today));
  return lines;
}

/**
 * `mdo acties [--map MAP] [--open]`: per dossier (the meetings about one
 * child) every action with its latest status and its history, open and
 * overdue first, as the app's dossier view shows it. `--open`: only what
 * is still open.
 */
export async function actionsCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: false, options: { map: { type: 'string' }, open: { type: 'boolean' } } });
  } catch (error) {
    io.err(`${dutchArgumentError(error)}\n${ACTIONS_USAGE}`);
    return EXIT_USAGE;
  }
  const map = parsed.values.map ?? defaultMap();
  const isDir = await stat(map).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDir) {
    io.err(`De map "${map}" bestaat niet of is geen map. Geef met --map de map met overleggen.`);
    return EXIT_INVALID;
  }
  const today = now();
  const dossiers = await readLibraryDossiers(map, today);
  if (dossiers.length === 0) {
    io.out(`Er staan geen overleggen in ${map}.`);
    return EXIT_OK;
  }
  const shown = parsed.values.open ? dossiers.filter((dossier) => dossier.actions.some((action) => action.open)) : dossiers;
  if (shown.length === 0) {
    io.out(`Geen open acties in ${map}.`);
    return EXIT_OK;
  }
  shown.forEach((dossier, index) => {
    if (index > 0) io.out('');
    for (const line of dossierLines(dossier, parsed.values.open === true, isoDay(today))) io.out(line);
  });
  return EXIT_OK;
}
