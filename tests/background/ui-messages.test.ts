import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pageMessages, uiMessagesLoader } from '../../background/ui-messages';
import type { MessageTable } from '../../i18n/messages';
import type { Language } from '../../phrasebank/finding';

const load = (l: Language) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../public/_locales/${l}/messages.json`), 'utf8'),
  ) as MessageTable;

describe('in-page UI strings for content scripts', () => {
  it('sends only what the page UI uses, without translator notes', () => {
    const page = pageMessages(load('ru'));
    expect(page.coachIgnoreOnce).toEqual({ message: 'Пропустить один раз' });
    expect(page.category_blame_shift.message).toBe('Перекладывание вины');
    expect(page.situation_greeting.message).toBe('Приветствие');
    expect(page.coachFlagListTitle_many.placeholders).toEqual({ arg1: { content: '$1' } });
    expect(page.optionsTitle).toBeUndefined();
    expect(pageMessages(load('en')).coachFlagListTitle_one).not.toHaveProperty('description');
    // a small part of the whole table
    expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(load('ru')).length / 3);
  });

  it('loads each language once and refuses anything but en, pl, ru', async () => {
    const read = vi.fn(async (l: Language) => load(l));
    const get = uiMessagesLoader(read);
    expect((await get('pl'))?.coachIgnoreOnce.message).toBe('Pomiń tym razem');
    await get('pl');
    expect(await get('../../manifest')).toBeNull();
    expect(await get(undefined)).toBeNull();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('tries a failed load again', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(load('en'));
    const get = uiMessagesLoader(read);
    await expect(get('en')).rejects.toThrow('busy');
    expect((await get('en'))?.coachIgnoreOnce.message).toBe('Ignore once');
  });
});
