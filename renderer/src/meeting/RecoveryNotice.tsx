/**
 * A quiet line when the automatic recovery copy fails: typing goes on, and
 * the user learns why (the host's message, e.g. a full disk) and that only
 * Opslaan keeps the work safe now. The region is
 * always there (empty when all is well) so screen readers announce the
 * change; it is polite and deliberately not a second role=status.
 */
export function RecoveryNotice({ problem }: { problem: string | null }) {
  return (
    <p className="recovery-notice" aria-live="polite">
      {problem === null ? '' : `Automatisch bewaren lukt op dit moment niet. ${problem}`}
    </p>
  );
}
