import { useId, type ReactNode } from 'react';

interface DetailsSectionProps {
  title: string;
  intro?: string;
  children: ReactNode;
}

/** One panel of the details, with a heading screen-reader users can jump to. */
export function DetailsSection({ title, intro, children }: DetailsSectionProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {title}
      </h2>
      {intro && <p className="panel__subtitle">{intro}</p>}
      <div className="field-grid">{children}</div>
    </section>
  );
}
