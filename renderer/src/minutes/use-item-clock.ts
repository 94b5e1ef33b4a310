import { useEffect, useMemo, useRef, useState } from 'react';
import type { Meeting } from '../../../shared/meeting/meeting-schema';
import type { MeetingEdit } from '../meeting/open-document';
import { clockSpent, elapsedSeconds, setClockSeconds, type ClockState } from './item-clock';

export interface ItemClockControls {
  clock: ClockState;
  /** The time the clocks are shown at: ticks each second while one runs. */
  now: number;
  /** Start this item's clock; a clock running elsewhere stops and keeps its time. */
  start(itemId: string): void;
  /** Stop the running clock; its time goes into the meeting (and so into the file). */
  pause(): void;
}

/**
 * The clocks of Notuleren. The time each item's clock has run comes from the
 * meeting (item.clockSeconds), so it is saved with the file and undone with
 * Ctrl+Z like any edit; only the running stretch is kept here, and written
 * to the meeting when that clock stops (Pauze, Start on another item, or
 * leaving Notuleren). Nothing starts a clock but start(): going to another
 * item leaves every clock as it is.
 */
export function useItemClock(meeting: Meeting, onEdit: (edit: MeetingEdit) => void): ItemClockControls {
  const [running, setRunning] = useState<ClockState['running']>(null);
  const [now, setNow] = useState(() => Date.now());
  // The same object while no clock time changes: typing in the notes does not redraw the agenda rail.
  const times = meeting.agendaItems.map((item) => `${item.id}=${item.clockSeconds ?? 0}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `times` says when the items' clock times changed.
  const spent = useMemo(() => clockSpent(meeting.agendaItems), [times]);
  const clock = useMemo<ClockState>(() => ({ spent, running }), [spent, running]);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  // Leaving Notuleren with a clock running keeps its time too.
  const stopOnLeave = useRef<() => void>(() => undefined);
  useEffect(() => {
    stopOnLeave.current = () => stopAt(Date.now());
  });
  useEffect(() => () => stopOnLeave.current(), []);

  function stopAt(at: number): void {
    if (!running) return;
    const { itemId } = running;
    const seconds = elapsedSeconds(clock, itemId, at);
    setRunning(null);
    setNow(at);
    onEdit({ field: `clock:${itemId}`, apply: (m) => setClockSeconds(m, itemId, seconds) });
  }

  return {
    clock,
    now,
    start(itemId) {
      const at = Date.now();
      stopAt(at);
      setRunning({ itemId, since: at });
      setNow(at);
    },
    pause() {
      stopAt(Date.now());
    },
  };
}
