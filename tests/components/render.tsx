/** Renders Preact components into happy-dom for component tests, with the English strings. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { type MessageTable, useMessageTable } from '../../i18n/messages';

export function useEnglish(): void {
  const file = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');
  useMessageTable(JSON.parse(readFileSync(file, 'utf8')) as MessageTable, 'en');
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(node, root);
  });
  return root;
}
