/** What to do when the library folder holds no meetings yet. */
export function EmptyLibrary() {
  return (
    <div className="empty-state">
      <p className="empty-state__title">Er staan nog geen overleggen in uw map.</p>
      <p>
        Kies <strong>Nieuw overleg</strong> om een overleg voor te bereiden. Hebt u een overlegbestand (.mdo) van
        iemand anders of van een andere plek, kies dan <strong>Openen</strong>.
      </p>
    </div>
  );
}
