/** The selected option of a listbox and the arrow keys that move it (wrapping at the ends). */
import { useEffect, useState } from 'preact/hooks';

export function useListbox(count: number) {
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    if (selected >= count) setSelected(Math.max(0, count - 1));
  }, [count, selected]);
  /** handles ArrowUp/ArrowDown/Home/End; true when the key moved the selection */
  const move = (key: string): boolean => {
    if (count === 0) return false;
    if (key === 'ArrowDown') setSelected((s) => (s + 1) % count);
    else if (key === 'ArrowUp') setSelected((s) => (s - 1 + count) % count);
    else if (key === 'Home') setSelected(0);
    else if (key === 'End') setSelected(count - 1);
    else return false;
    return true;
  };
  return { selected: Math.min(selected, Math.max(0, count - 1)), setSelected, move };
}
