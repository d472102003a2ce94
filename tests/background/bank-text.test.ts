import { describe, expect, it } from 'vitest';
import { parseBankText } from '../../background/bank-text';
import { PolicyBanks } from '../../background/policy';
import { NO_POLICY } from '../../settings/policy';
import { bank, COMPILE, rule } from './fixtures';

const en = bank('a-en', 'en', [rule('stop-phrase.x', ['calm down'])]);
const pl = bank('a-pl', 'pl', [rule('stop-phrase.y', ['uspokój się'])]);

describe('bank text from a URL or the policy', () => {
  it('takes one bank or an array of banks', () => {
    expect(parseBankText(JSON.stringify(en), COMPILE)).toMatchObject({ ok: true, banks: [{ id: 'a-en' }] });
    expect(parseBankText(JSON.stringify([en, pl]), COMPILE)).toMatchObject({
      ok: true,
      banks: [{ id: 'a-en' }, { id: 'a-pl' }],
    });
  });

  it('prefixes problems with the array index, and refuses two banks of one language', () => {
    const result = parseBankText(JSON.stringify([en, { ...pl, rules: [{ id: 'z' }] }, { ...en, id: 'b-en' }]), COMPILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['/1/rules/0', '/2/language']));
    expect(parseBankText('[]', COMPILE).ok).toBe(false);
    expect(parseBankText('{', COMPILE)).toMatchObject({ ok: false, problems: [{ path: '/' }] });
  });

  it('parses the policy’s inline bank once per policy text', async () => {
    let inline: string | null = JSON.stringify(en);
    const banks = new PolicyBanks(async () => ({ ...NO_POLICY, inlineBank: inline }), COMPILE);
    const first = await banks.current();
    expect(first.banks.map((b) => b.id)).toEqual(['a-en']);
    expect((await banks.current()).banks).toBe(first.banks);
    inline = '{"format": 2}';
    expect(await banks.current()).toMatchObject({
      banks: [],
      problems: expect.arrayContaining([expect.objectContaining({ severity: 'error' })]),
    });
    inline = null;
    expect(await banks.current()).toMatchObject({ banks: [], problems: [] });
  });
});
