import fc from 'fast-check';
import { describe, it } from 'vitest';
import { copyProblems, exportCopy, failOn, propertySettings, randomMeeting, readersOf } from '../support/random-meeting';

/**
 * The privacy properties of tests/unit/privacy-property.test.ts, for every
 * reader of each of thousands of random meetings: the full minutes, the
 * professionals, the parents and every participant, each with the minutes
 * and the agenda as packed .docx files. No copy may hold text its reader may
 * not see in any part of the package, the numbers stay those of the full
 * minutes, and what the reader may see is there. A failure prints the seed
 * and path to replay (MDO_PROPERTY_SEED, MDO_PROPERTY_PATH) and the shrunk
 * meeting as JSON; MDO_PROPERTY_RUNS raises the number of meetings.
 */

/** At least 2,000 meetings (the bar). */
const MEETINGS = 2_000;

describe('every copy of random meetings', () => {
  it('leaves out what its reader may not see, keeps what they may see, and keeps the numbers of the full minutes', async () => {
    await fc.assert(
      fc.asyncProperty(randomMeeting({ maxParticipants: 5, maxItems: 4 }), async (random) => {
        const problems: string[] = [];
        for (const reader of readersOf(random.meeting)) {
          for (const document of ['verslag', 'agenda'] as const) {
            problems.push(...copyProblems(random, reader, document, await exportCopy(random.meeting, reader, document)));
          }
        }
        failOn(problems);
      }),
      propertySettings(MEETINGS),
    );
  }, 30 * 60_000);
});
