import { useCallback, useEffect, useState } from 'react';
import type { AddressBookCorrection, EarlierMeeting, KnownPerson } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/result';
import { callHost } from '../../app/bridge-call';

export interface AddressBookState {
  people: KnownPerson[];
  /** A Dutch message when a correction could not be kept. */
  problem: string | null;
  correct: (correction: AddressBookCorrection) => Promise<boolean>;
}

/** The address book of the library, loaded once per visit of Deelnemers; empty where the host has none. */
export function useAddressBook(): AddressBookState {
  const [people, setPeople] = useState<KnownPerson[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    if (!('mdo' in window)) return undefined;
    void callHost(() => window.mdo.addressBook()).then((result) => {
      if (current && result.ok) setPeople(result.value.people);
    });
    return () => {
      current = false;
    };
  }, []);

  const correct = useCallback(async (correction: AddressBookCorrection) => {
    const result = await callHost(() => window.mdo.correctAddressBook(correction));
    if (!result.ok) {
      setProblem(result.error.message);
      return false;
    }
    setProblem(null);
    setPeople(result.value.people);
    return true;
  }, []);

  return { people, problem, correct };
}

/** Earlier meetings about the same child (by the Kind field), newest first. */
export function useEarlierMeetings(childName: string, meetingId: string): EarlierMeeting[] {
  const name = childName.trim();
  const [found, setFound] = useState<{ name: string; meetings: EarlierMeeting[] }>({ name: '', meetings: [] });
  useEffect(() => {
    let current = true;
    if (name === '' || !('mdo' in window)) return undefined;
    // Asked once the chair stops typing the name, not at every letter.
    const timer = setTimeout(() => {
      void callHost<EarlierMeeting[]>(() => window.mdo.earlierMeetings(name, meetingId)).then((result: Result<EarlierMeeting[]>) => {
        if (current) setFound({ name, meetings: result.ok ? result.value : [] });
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [name, meetingId]);
  // Only what was found for the name as it is now.
  return found.name === name ? found.meetings : [];
}
