/**
 * One option of a listbox that keeps focus itself (aria-activedescendant): a click chooses
 * it without taking the focus away from the listbox.
 */
import type { ComponentChildren } from 'preact';

export interface ListOptionProps {
  id: string;
  selected: boolean;
  onChoose(): void;
  children: ComponentChildren;
}

export function ListOption({ id, selected, onChoose, children }: ListOptionProps) {
  return (
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={selected}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        onChoose();
      }}
    >
      {children}
    </div>
  );
}
