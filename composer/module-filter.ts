/** The picker's filter: every typed word must occur in a module's title, situation, text or tags. */
import type { PhraseModule } from '../phrasebank/types';

// case- and accent-insensitive ("zamowienie" finds "zamówienie")
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function filterModules(modules: readonly PhraseModule[], query: string): PhraseModule[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...modules];
  const matches = modules.filter((m) => {
    const haystack = fold(
      `${m.title} ${m.situation} ${m.situation.replace(/-/g, ' ')} ${m.text} ${(m.tags ?? []).join(' ')}`,
    );
    return words.every((w) => haystack.includes(w));
  });
  // titles that match come first: that is what the agent is looking at
  const inTitle = (m: PhraseModule) => words.every((w) => fold(m.title).includes(w));
  return [...matches.filter(inTitle), ...matches.filter((m) => !inTitle(m))];
}
