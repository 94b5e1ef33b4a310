import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDutchDate } from '../shared/meeting/dutch-format';
import { defaultLibraryDir } from '../host/library-location';
import { defaultCacheDir, openLibraryIndex, searchWithLines } from '../host/search-index';
import { EXIT_OK, EXIT_USAGE, dutchArgumentError, type CliIo } from './cli-io';

export const SEARCH_USAGE = 'Gebruik: mdo zoek WOORDEN [--map MAP]';

/** The library the app uses when none is given: "MDO" in the user's Documents (XDG_DOCUMENTS_DIR where set). */
function defaultMap(env: NodeJS.ProcessEnv = process.env): string {
  return defaultLibraryDir(env.XDG_DOCUMENTS_DIR ?? join(homedir(), 'Documents'));
}

/** Meetings shown, best first. */
const MAX_MEETINGS_SHOWN = 10;
/** Agenda items shown per meeting; the rest is counted. */
const MAX_ITEMS_SHOWN = 5;

/**
 * `mdo zoek WOORDEN [--map MAP]`: the meetings of the library whose title,
 * child, participants, notes, decisions or actions hold every word (at the
 * start of a word; accents and capitals do not matter), with the lines that
 * matched per agenda item. Uses the index the app keeps (brought up to date
 * first), so a search in a large library stays quick.
 */
export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { map: { type: 'string' } } });
  } catch (error) {
    io.err(`${dutchArgumentError(error)}\n${SEARCH_USAGE}`);
    return EXIT_USAGE;
  }
  const query = parsed.positionals.join(' ').trim();
  if (!query) {
    io.err(`Geef een of meer woorden om te zoeken.\n${SEARCH_USAGE}`);
    return EXIT_USAGE;
  }
  const map = parsed.values.map ?? defaultMap();
  const { index, update } = await openLibraryIndex(map, defaultCacheDir());
  const { total, results } = await searchWithLines(index, query, MAX_MEETINGS_SHOWN, MAX_ITEMS_SHOWN);
  if (results.length === 0) {
    io.out(`Niets gevonden voor "${query}" in ${map}.`);
    if (update.skipped > 0) io.err(`Let op: ${update.skipped} ${update.skipped === 1 ? 'bestand kon' : 'bestanden konden'} niet worden gelezen en ${update.skipped === 1 ? 'is' : 'zijn'} niet doorzocht.`);
    return EXIT_OK;
  }
  const shown = total > results.length ? ` (de ${results.length} beste)` : '';
  io.out(`${total} ${total === 1 ? 'overleg' : 'overleggen'} met "${query}" in ${map}${shown}:`);
  for (const result of results) {
    io.out('');
    const date = result.meetingDate ? formatDutchDate(result.meetingDate) : 'zonder datum';
    io.out(`${result.meetingTitle || '(zonder titel)'} · ${date} · ${basename(result.path)}`);
    for (const hit of result.hits.slice(0, MAX_ITEMS_SHOWN)) {
      io.out(hit.itemId === null ? '  Overleg en deelnemers' : `  Punt ${hit.itemNumber ?? '?'}. ${hit.itemTitle || '(zonder onderwerp)'}`);
      for (const line of result.lines.get(hit.itemId) ?? []) io.out(`    ${line}`);
    }
    const more = result.hits.length - MAX_ITEMS_SHOWN;
    if (more > 0) io.out(`  … en nog ${more} ${more === 1 ? 'agendapunt' : 'agendapunten'}`);
  }
  if (update.skipped > 0) io.err(`Let op: ${update.skipped} ${update.skipped === 1 ? 'bestand kon' : 'bestanden konden'} niet worden gelezen en ${update.skipped === 1 ? 'is' : 'zijn'} niet doorzocht.`);
  return EXIT_OK;
}
