import { useId } from 'react';

interface ConflictChoiceProps {
  label: string;
  explanation: string;
  primary: boolean;
  onChoose: () => void;
}

/** One answer to the conflict question: the button, and what it does in words beside it (its description). */
export function ConflictChoice({ label, explanation, primary, onChoose }: ConflictChoiceProps) {
  const explanationId = useId();
  return (
    <li className="conflict__choice">
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        autoFocus={primary}
        aria-describedby={explanationId}
        onClick={onChoose}
      >
        {label}
      </button>
      <span id={explanationId} className="conflict__explanation">
        {explanation}
      </span>
    </li>
  );
}
