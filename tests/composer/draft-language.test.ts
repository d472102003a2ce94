import { describe, expect, it } from 'vitest';
import { DRAFT_LANGUAGE_KEY, LanguageMemory } from '../../composer/draft-language';

/** storage.local as the memory sees it, with what was written */
function fakeStorage(initial: Record<string, unknown> = {}) {
  const items = { ...initial };
  const writes: Record<string, unknown>[] = [];
  return {
    items,
    writes,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (more: Record<string, unknown>) => {
      writes.push(more);
      Object.assign(items, more);
    },
  };
}

describe('LanguageMemory', () => {
  it('reads the language last written in, and ignores anything else stored there', async () => {
    const memory = new LanguageMemory(fakeStorage({ [DRAFT_LANGUAGE_KEY]: 'pl' }));
    expect(memory.preferred).toBeNull();
    await memory.loaded();
    expect(memory.preferred).toBe('pl');
    const junk = new LanguageMemory(fakeStorage({ [DRAFT_LANGUAGE_KEY]: '<img src=x>' }));
    await junk.loaded();
    expect(junk.preferred).toBeNull();
  });

  it('remembers the language a draft was last detected in, writing only changes', async () => {
    const storage = fakeStorage();
    const memory = new LanguageMemory(storage);
    memory.noteWritten('en'); // "Hi Anna," …
    memory.noteWritten('pl'); // … and the Polish draft that follows
    memory.noteWritten('pl');
    expect(memory.preferred).toBe('pl');
    await Promise.resolve();
    expect(storage.writes).toEqual([{ [DRAFT_LANGUAGE_KEY]: 'en' }, { [DRAFT_LANGUAGE_KEY]: 'pl' }]);
  });

  it('remembers nothing when storage fails (the extension was reloaded)', async () => {
    const broken = new LanguageMemory({
      get: () => Promise.reject(new Error('context invalidated')),
      set: async () => {},
    });
    await broken.loaded();
    expect(broken.preferred).toBeNull();
  });

  it('writes nothing and throws nothing when the extension is gone (storage throws at once)', async () => {
    const gone = {
      get: () => {
        throw new Error('Extension context invalidated.');
      },
      set: () => {
        throw new Error('Extension context invalidated.');
      },
    };
    const memory = new LanguageMemory(gone);
    await memory.loaded();
    expect(() => memory.noteWritten('ru')).not.toThrow();
    expect(memory.preferred).toBe('ru');
  });
});
