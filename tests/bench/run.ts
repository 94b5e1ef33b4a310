/**
 * Timings of the paths a chair waits for: opening and saving a meeting, the
 * schedule and agenda check (run on every keystroke), and the Word export;
 * then `mdo` on the command line as whole processes (cli-processes.ts).
 * The UI's own figures, beside bare Lexical in Chromium: `npm run bench:ui` (ui/run-ui.ts).
 * Run with `npm run bench`; figures go in closing notes, never in pass/fail tests.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMeetingFile, readMeetingFile } from '../../host/storage';
import { checkAgenda } from '../../shared/agenda/agenda-check';
import { computeSchedule } from '../../shared/agenda/schedule';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { benchCliProcesses } from './cli-processes';
import { benchSearch } from './search-bench';

interface Figure {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

async function measure(name: string, runs: number, work: () => unknown): Promise<Figure> {
  // Warm up the JIT and any lazy imports first.
  for (let run = 0; run < Math.min(5, runs); run++) await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number): number => times[Math.min(times.length - 1, Math.floor(times.length * fraction))] ?? 0;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95) };
}

/** The sample meeting grown to a long agenda: 40 items, 30 participants. */
function largeMeeting(): Meeting {
  const base = sampleMeeting();
  const participants = Array.from({ length: 30 }, (_, index) => ({
    ...base.participants[index % base.participants.length]!,
    id: `p${index + 1}`,
    name: `Deelnemer ${index + 1}`,
  }));
  const agendaItems = Array.from({ length: 40 }, (_, index) => ({
    ...base.agendaItems[index % base.agendaItems.length]!,
    id: `a${index + 1}`,
    title: `Agendapunt ${index + 1}`,
    leadId: `p${(index % 30) + 1}`,
  }));
  return { ...base, participants, agendaItems };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mdo-bench-'));
  try {
    const meeting = largeMeeting();
    const path = join(dir, 'bench.mdo');
    const text = serializeMeeting(meeting);
    const today = new Date('2026-11-23T12:00:00Z');
    const figures: Figure[] = [];
    figures.push(await measure('schedule (40 items)', 2_000, () => computeSchedule(meeting, today)));
    figures.push(await measure('agenda check (40 items)', 2_000, () => checkAgenda(meeting, today)));
    figures.push(await measure('parse + validate .mdo', 500, () => parseMeetingFile(text)));
    figures.push(await measure('save .mdo (atomic, .bak)', 100, () => writeMeetingFile(path, meeting)));
    figures.push(await measure('open .mdo from disk', 200, () => readMeetingFile(path)));
    figures.push(
      await measure('agenda to .docx (40 items)', 30, () =>
        packDocx(buildAgendaDocument(meeting, { exportedAt: today })),
      ),
    );
    const minutes = noorWithMinutes();
    figures.push(await measure('decision/action lists (Noor)', 2_000, () => deriveMeetingLists(minutes)));
    figures.push(await measure('minutes to .docx (Noor)', 30, () => packDocx(buildMinutesDocument(minutes, { exportedAt: today }))));
    const forParents = { audience: { kind: 'ouders', person: null }, pseudonym: { child: true, childAlias: 'kind A', parents: true } } as const;
    figures.push(
      await measure('minutes, parents + pseudonym', 30, () =>
        packDocx(buildMinutesDocument(minutes, { exportedAt: today, options: forParents })),
      ),
    );
    const size = (await readFile(path)).byteLength;
    console.log(`Meeting file: ${meeting.agendaItems.length} items, ${meeting.participants.length} participants, ${size} bytes`);
    console.log('name'.padEnd(30), 'runs'.padStart(6), 'median ms'.padStart(11), 'p95 ms'.padStart(9));
    for (const figure of figures) {
      console.log(
        figure.name.padEnd(30),
        String(figure.runs).padStart(6),
        figure.medianMs.toFixed(2).padStart(11),
        figure.p95Ms.toFixed(2).padStart(9),
      );
    }
    await benchCliProcesses(dir);
    await benchSearch(dir);
    console.log('\nThe editor side by side with bare Lexical (typing, Enter on Actie:, switching to Notuleren): npm run bench:ui');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
