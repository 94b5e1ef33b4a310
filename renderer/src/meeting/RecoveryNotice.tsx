/**
 * A quiet line when the automatic recovery copy fails: typing goes on, and
 * the user learns that only Opslaan keeps the work safe now. The region is
 * always there (empty when all is well) so screen readers announce the
 * change; it is polite and deliberately not a second role=status.
 */
export function RecoveryNotice({ failing }: { failing: boolean }) {
  return (
    <p className="recovery-notice" aria-live="polite">
      {failing ? 'Automatisch bewaren lukt op dit moment niet; kies Opslaan om uw werk veilig te stellen.' : ''}
    </p>
  );
}
