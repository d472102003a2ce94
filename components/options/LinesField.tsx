/**
 * A list of strings edited as lines of a text area. The text is kept as typed (blank lines
 * included) while the field has focus, so typing a new line does not jump the caret.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { fromLines, toLines } from './editor-model';

export function LinesField({
  label,
  values,
  onChange,
  hint,
  name,
  rows = 3,
}: {
  label: string;
  values: string[] | undefined;
  onChange: (values: string[]) => void;
  hint?: string;
  name?: string;
  rows?: number;
}) {
  const id = useId();
  const [text, setText] = useState(toLines(values));
  useEffect(() => {
    // an outside change (another item selected, raw JSON applied) replaces the text
    if (JSON.stringify(fromLines(text)) !== JSON.stringify(values ?? [])) setText(toLines(values));
  }, [values]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          onChange(fromLines(next));
        }}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
