import { describe, expect, it } from 'vitest';
import {
  copyRuleInto,
  freeId,
  fromLines,
  newBank,
  newModule,
  newRule,
  normalizeDraft,
  toLines,
} from '../../../components/options/editor-model';
import { lintBank } from '../../../phrasebank/lint';
import type { Bank } from '../../../phrasebank/types';
import { bank, COMPILE, rule } from '../../background/fixtures';

const source: Bank = bank(
  'tactful-en',
  'en',
  [
    rule('blame-shift.dept', ['@department ... {mess} up'], { category: 'blame-shift', modules: ['apology.we'] }),
    rule('stop-phrase.calm-down', ['calm down']),
  ],
  {
    lexicons: { department: ['marketing', '@team'], team: ['the warehouse'], unused: ['x'] },
    modules: [
      { id: 'apology.we', situation: 'apology-ownership', title: 'We', text: 'We made a mistake.' },
      { id: 'closing.bye', situation: 'closing', title: 'Bye', text: 'Bye.' },
    ],
  },
);

describe('editor model', () => {
  it('copies a rule with the lexicons (nested too) and modules it needs, so the bank lints on its own', () => {
    const draft = copyRuleInto(newBank('en'), source, 'blame-shift.dept');
    expect(draft.rules.map((r) => r.id)).toEqual(['blame-shift.dept']);
    expect(draft.lexicons).toEqual({ department: ['marketing', '@team'], team: ['the warehouse'] });
    expect(draft.modules.map((m) => m.id)).toEqual(['apology.we']);
    expect(lintBank(draft, COMPILE).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('replaces a rule of the same id instead of duplicating it', () => {
    let draft = copyRuleInto(newBank('en'), source, 'stop-phrase.calm-down');
    draft = copyRuleInto(draft, source, 'stop-phrase.calm-down');
    expect(draft.rules).toHaveLength(1);
  });

  it('sorts by id and drops empty optional fields, as lint wants', () => {
    const draft = newBank('en');
    draft.rules = [{ ...rule('b.rule', ['b']), replacements: [], disabled: false }, rule('a.rule', ['a'])];
    draft.modules = [
      { id: 'z', situation: 'closing', title: 't', text: 'x', tags: [] },
      { id: 'a', situation: 'closing', title: 't', text: 'x' },
    ];
    const out = normalizeDraft(draft);
    expect(out.rules.map((r) => r.id)).toEqual(['a.rule', 'b.rule']);
    expect(out.rules[1]).not.toHaveProperty('replacements');
    expect(out.rules[1]).not.toHaveProperty('disabled');
    expect(out.modules[1]).not.toHaveProperty('tags');
    expect(out).not.toHaveProperty('lexicons');
  });

  it('makes fresh ids and templates', () => {
    expect(freeId('x', ['x', 'x-2'])).toBe('x-3');
    const b = newBank('pl');
    b.rules.push(newRule(b));
    expect(newRule(b).id).toBe('stop-phrase.new-rule-2');
    expect(newModule(b, 'closing').id).toBe('closing.new-module');
    expect(fromLines(' a \n\n b ')).toEqual(['a', 'b']);
    expect(toLines(['a', 'b'])).toBe('a\nb');
  });
});
