import type { ReactNode } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** Label above, control, hint below: the one layout every form field shares. */
export function FieldShell({ id, label, required = false, hint, className, children }: FieldShellProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__required"> (verplicht)</span>}
      </label>
      {children}
      {hint !== undefined && hint !== null && hint !== '' && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The `aria-describedby` value for a field whose hint may be empty. */
export function hintIdFor(id: string, hint: ReactNode): string | undefined {
  return hint === undefined || hint === null || hint === '' ? undefined : `${id}-hint`;
}
