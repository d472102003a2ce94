/** A labelled one-line or multi-line text input. */
import { useId } from 'preact/hooks';

export function TextField({
  label,
  value,
  onInput,
  hint,
  multiline = false,
  disabled = false,
  name,
}: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  disabled?: boolean;
  name?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const props = {
    id,
    name,
    value,
    disabled,
    'aria-describedby': hintId,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
