import { describe, expect, it } from 'vitest';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import { lintBank, loadBank } from '../../phrasebank/lint';
import { fixtureBank } from './helpers';

const lint = (data: unknown) => lintBank(data, { forms: defaultForms });
const paths = (data: unknown) => lint(data).map((p) => `${p.path} ${p.message}`);

describe('lintBank', () => {
  it('accepts a good bank', () => {
    expect(lint(fixtureBank()).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports schema errors with JSON paths', () => {
    const bank = fixtureBank() as unknown as Record<string, unknown> & { rules: Record<string, unknown>[] };
    bank.rules[1].category = 'rudeness';
    delete bank.rules[2].message;
    bank.extra = true;
    const found = paths(bank);
    expect(found).toContain('/rules/1/category must be one of: stop-phrase, blame-shift, badmouthing, overpromise, runaround');
    expect(found).toContain('/rules/2 missing required property "message"');
    expect(found).toContain('/ unknown property "extra"');
  });

  it('accepts the sentence positions and nothing else', () => {
    const bank = fixtureBank();
    bank.rules[0].position = 'whole-sentence';
    expect(lint(bank).filter((p) => p.severity === 'error')).toEqual([]);
    (bank.rules[0] as { position: string }).position = 'start';
    expect(paths(bank)).toContain('/rules/0/position must be one of: whole-sentence, sentence-start, sentence-end');
  });

  it('compiles unlessSentence patterns and reports them by path', () => {
    const bank = fixtureBank();
    bank.rules[0].unlessSentence = ['we packed it', 'calm ^ down'];
    expect(paths(bank).some((p) => p.startsWith('/rules/0/unlessSentence/1 ') && p.includes('"^" has no meaning here'))).toBe(true);
  });

  it('requires two flag and two allow examples per rule', () => {
    const bank = fixtureBank();
    bank.rules[0].examples.allow = ['only one'];
    expect(paths(bank)).toContain('/rules/0/examples/allow must NOT have fewer than 2 items');
  });

  it('reports duplicate and unsorted ids, and missing modules', () => {
    const bank = fixtureBank();
    bank.rules[3].id = bank.rules[2].id;
    bank.rules[0].modules = ['no-such-module'];
    const found = paths(bank);
    expect(found.some((p) => p.startsWith('/rules/3/id duplicate rule id "stop-phrase.calm-down"'))).toBe(true);
    expect(found).toContain('/rules/0/modules/0 rule "blame-shift.courier-fault" refers to module "no-such-module", which does not exist');
    const unsorted = fixtureBank();
    unsorted.rules.reverse();
    expect(paths(unsorted).some((p) => p.includes('must be sorted'))).toBe(true);
  });

  it('names the rule and the pattern of a compile error', () => {
    const bank = fixtureBank();
    bank.rules[2].patterns.push('(calm | down');
    bank.rules[3].patterns.push('@nowhere');
    const found = paths(bank);
    expect(found.some((p) => p.startsWith('/rules/2/patterns/1 rule "stop-phrase.calm-down", pattern "(calm | down": missing ")"'))).toBe(true);
    expect(found.some((p) => p.startsWith('/rules/3/patterns/2') && p.includes('unknown lexicon "@nowhere"'))).toBe(true);
  });

  it('rejects unknown module variables', () => {
    const bank = fixtureBank();
    bank.modules[0].text = 'Hello {customer.nmae}';
    expect(paths(bank).some((p) => p.startsWith('/modules/0/text') && p.includes('{customer.nmae}'))).toBe(true);
  });

  it('asks for forms or a stem when a Polish {lemma} is unknown', () => {
    const bank = { ...fixtureBank(), language: 'pl' as const, lexicons: {} };
    bank.rules = [{ ...bank.rules[2], patterns: ['{zepsuć}'] }];
    bank.rules[0].modules = [];
    expect(paths(bank).some((p) => p.includes('no word forms for "{zepsuc}"'))).toBe(true);
    bank.forms = { zepsuć: ['zepsuł', 'zepsuła'] };
    expect(lint(bank).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('loadBank', () => {
  it('reports invalid JSON at the root path', () => {
    const result = loadBank('{"format": 1,');
    expect(result.ok).toBe(false);
    expect(result.problems[0].path).toBe('/');
    expect(result.problems[0].message).toMatch(/^not valid JSON/);
  });
});
