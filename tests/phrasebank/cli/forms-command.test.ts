import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../../phrasebank/check';
import { formsCommand } from '../../../phrasebank/cli/forms-command';
import { type Io, main } from '../../../phrasebank/cli/main';
import { compileBank } from '../../../phrasebank/compile/compile';
import { defaultForms } from '../../../phrasebank/compile/english-forms';
import { lintBank } from '../../../phrasebank/lint';
import type { Bank } from '../../../phrasebank/types';

/** A tiny valid Polish bank: one rule with {zepsuć}, a lexicon entry with {magazyn}. */
function polishBank(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: '../schema.json',
    format: 1,
    id: 'test-pl',
    name: 'Test (Polish)',
    version: '1.0.0',
    language: 'pl',
    lexicons: { dzial: ['{magazyn}', 'księgowość'] },
    rules: [
      {
        id: 'blame-shift.department-broke-it',
        category: 'blame-shift',
        patterns: ['@dzial ... {zepsuć}'],
        message: 'Dla klienta to zawsze „my”: weź winę na firmę.',
        examples: {
          flag: ['Magazyn zepsuła wszystko.', 'Ktoś w magazynie zepsuł Pana zamówienie.'],
          allow: ['Magazyn jest czynny do 18.', 'Przepraszam, to my zepsuliśmy zamówienie.'],
        },
      },
    ],
    modules: [],
    ...extra,
  };
}

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (p) => readFileSync(p, 'utf8'),
    readStdin: () => '',
  };
  const code = formsCommand(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function engineFor(bank: Bank): Engine {
  return new Engine([compileBank(bank, { forms: defaultForms })]);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tactful-forms-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function bankFile(bank: Record<string, unknown>): string {
  const file = join(dir, 'bank.json');
  writeFileSync(file, `${JSON.stringify(bank, null, 2)}\n`);
  return file;
}

describe('tactful forms', () => {
  it('lint complains before --write; afterwards the bank lints clean and matches inflected forms', () => {
    const file = bankFile(polishBank());
    const before = JSON.parse(readFileSync(file, 'utf8'));
    const problems = lintBank(before, { forms: defaultForms });
    expect(problems.some((p) => p.severity === 'error' && /no word forms for "\{(magazyn|zepsuc)\}"/.test(p.message))).toBe(true);

    const r = run([file, '--write']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('forms for 2 of 2 lemmas written');

    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const bank = JSON.parse(text) as Bank;
    // Key order kept, forms right after lexicons.
    expect(Object.keys(bank)).toEqual(['$schema', 'format', 'id', 'name', 'version', 'language', 'lexicons', 'forms', 'rules', 'modules']);
    expect(Object.keys(bank.forms ?? {})).toEqual(['magazyn', 'zepsuć']);
    expect(bank.forms?.zepsuć).toEqual(expect.arrayContaining(['zepsuł', 'zepsuła', 'zepsuli', 'zepsuło']));
    expect(bank.forms?.magazyn).toEqual(expect.arrayContaining(['magazynie', 'magazynu']));

    expect(lintBank(bank, { forms: defaultForms }).filter((p) => p.severity === 'error')).toEqual([]);
    const engine = engineFor(bank);
    expect(engine.check('Magazyn zepsuła wszystko.', 'pl').map((f) => f.ruleId)).toEqual(['blame-shift.department-broke-it']);
    expect(engine.check('Ktoś w magazynie zepsuł zamówienie.', 'pl')).toHaveLength(1);
    expect(engine.check('Magazyn zepsuli nam.', 'pl')).toHaveLength(1);
    expect(engine.check('Magazyn jest czynny do 18.', 'pl')).toEqual([]);
  });

  it('prints the forms table without --write and leaves the file alone', () => {
    const file = bankFile(polishBank());
    const original = readFileSync(file, 'utf8');
    const r = run([file]);
    expect(r.code).toBe(0);
    const forms = JSON.parse(r.out) as Record<string, string[]>;
    expect(Object.keys(forms)).toEqual(['magazyn', 'zepsuć']);
    for (const list of Object.values(forms)) expect(list).toEqual([...new Set(list)].sort());
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('fills Russian banks too, and keeps hand-written forms the dictionary lacks', () => {
    const file = bankFile(
      polishBank({
        language: 'ru',
        id: 'test-ru',
        lexicons: { otdel: ['{склад}'] },
        // ошибся is its own dictionary entry, so a trainer adds it by hand; --write keeps it.
        forms: { ошибиться: ['ошибся', 'ошиблась'], устаревший: ['x'] },
        rules: [
          {
            ...(polishBank().rules as Record<string, unknown>[])[0],
            patterns: ['@otdel ... ({напутать} | {ошибиться})'],
          },
        ],
      }),
    );
    const r = run([file, '--write']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('dropped forms of lemmas no pattern uses: устаревший');
    const bank = JSON.parse(readFileSync(file, 'utf8')) as Bank;
    expect(Object.keys(bank.forms ?? {})).toEqual(['ошибиться', 'напутать', 'склад'].sort());
    expect(bank.forms?.напутать).toEqual(expect.arrayContaining(['напутал', 'напутала', 'напутали']));
    expect(bank.forms?.ошибиться).toEqual(expect.arrayContaining(['ошибись', 'ошибся', 'ошиблась']));
    expect(engineFor(bank).check('Склад напутала с заказом.', 'ru')).toHaveLength(1);
    expect(engineFor(bank).check('На складе ошиблись.', 'ru')).toHaveLength(0); // ошиблись not in the list
  });

  it('writes what it found and exits 1 when a lemma is not in the dictionary', () => {
    const bank = polishBank();
    (bank.rules as { exceptions?: string[] }[])[0].exceptions = ['{qwertyuiop}'];
    const file = bankFile(bank);
    const r = run([file, '--write']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not in the pl dictionary: {qwertyuiop}');
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).forms)).toEqual(['magazyn', 'zepsuć']);
  });

  it('fills the lemmas of unlessSentence patterns too', () => {
    const bank = polishBank();
    (bank.rules as { unlessSentence?: string[] }[])[0].unlessSentence = ['{naprawić} sam'];
    const file = bankFile(bank);
    expect(run([file, '--write']).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).forms)).toEqual(['magazyn', 'naprawić', 'zepsuć']);
  });

  it('exits 2 on usage errors, bad JSON and English banks', () => {
    expect(run([]).code).toBe(2);
    expect(run(['a.json', 'b.json']).code).toBe(2);
    expect(run(['--frobnicate', bankFile(polishBank())]).code).toBe(2);
    expect(run([join(dir, 'missing.json')]).code).toBe(2);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "format": 1,');
    expect(run([broken]).code).toBe(2);
    const en = run([bankFile(polishBank({ language: 'en' }))]);
    expect(en.code).toBe(2);
    expect(en.err).toContain('English {lemma} forms come from compromise');
  });

  it('is reachable as `tactful forms`', async () => {
    const file = bankFile(polishBank());
    const out: string[] = [];
    const io: Io = { out: (s) => out.push(s), err: () => {}, readFile: (p) => readFileSync(p, 'utf8'), readStdin: () => '' };
    expect(await main(['forms', file], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toHaveProperty('zepsuć');
  });
});
