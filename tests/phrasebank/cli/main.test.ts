import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Io, main } from '../../../phrasebank/cli/main';

const MINI = resolve(import.meta.dirname, '../fixtures/mini-en.json');

function run(args: string[], files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: (p) => files[p] ?? readFileSync(p, 'utf8'),
    readStdin: () => stdin,
  };
  return main(args, io).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('tactful check', () => {
  const base = ['check', '--no-default-banks', '--bank', MINI];

  it('prints one JSON entry per input and exits 1 when something is found', async () => {
    const r = await run(
      [...base, '--format', 'json', 'a.txt', '-'],
      { 'a.txt': 'Please calm down.' },
      'All good here.',
    );
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({ file: 'a.txt', lang: 'en' });
    expect(json[0].findings[0]).toMatchObject({
      ruleId: 'stop-phrase.calm-down',
      start: 0,
      end: 16,
      text: 'Please calm down',
    });
    expect(json[1]).toEqual({ file: '-', lang: 'en', findings: [] });
  });

  it('exits 0 when nothing is found', async () => {
    const r = await run([...base, 'a.txt'], { 'a.txt': 'Thank you for your patience.' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 findings in 1 file');
  });

  it('prints file:line:column, the rule and the fix in text format', async () => {
    const r = await run([...base, 'a.txt'], { 'a.txt': 'Hello,\nplease calm down.' });
    expect(r.out).toContain('a.txt:2:1: stop-phrase [stop-phrase.calm-down] "please calm down"');
    expect(r.out).toContain('try: "I understand how frustrating this is"');
  });

  it('exits 2 on usage errors and bad banks, naming the JSON path', async () => {
    expect((await run(['check', '--lang', 'de', 'x'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const bad = await run(['check', '--bank', 'bad.json', 'a.txt'], { 'bad.json': '{"format":1}', 'a.txt': '' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('bad.json: error at /: missing required property "id"');
  });
});

describe('tactful lint and test', () => {
  it('lint exits 0 on a good bank, 2 on a bad one', async () => {
    expect((await run(['lint', MINI])).code).toBe(0);
    const r = await run(['lint', 'bad.json'], { 'bad.json': '{"format": 2}' });
    expect(r.code).toBe(2);
    expect(r.out).toContain('bad.json: error at /format: must be 1');
  });

  it('lint says how many warnings it printed, and still exits 0 for them', async () => {
    const clean = await run(['lint', MINI]);
    expect(clean.out).toMatch(/: ok \(\d+ rules, \d+ modules\)$/);
    const bank = JSON.parse(readFileSync(MINI, 'utf8'));
    bank.lexicons = { ...bank.lexicons, unused: ['nobody'] };
    const warned = await run(['lint', 'w.json'], { 'w.json': JSON.stringify(bank) });
    expect(warned.code).toBe(0);
    expect(warned.out).toContain('lexicon "unused" is not used by any pattern');
    expect(warned.out).toMatch(/w\.json: ok \(\d+ rules, \d+ modules, 1 warning\)$/);
  });

  it('test runs every example and ends with "N passed, N failed"', async () => {
    const ok = await run(['test', MINI]);
    expect(ok.code).toBe(0);
    expect(ok.out.trim().split('\n').at(-1)).toBe('16 passed, 0 failed');
    const bank = JSON.parse(readFileSync(MINI, 'utf8'));
    bank.rules[2].examples.flag.push('Relax, please.');
    const failing = await run(['test', 'b.json'], { 'b.json': JSON.stringify(bank) });
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('FAIL b.json stop-phrase.calm-down (should flag but did not): "Relax, please."');
    expect(failing.out.trim().split('\n').at(-1)).toBe('16 passed, 1 failed');
  });
});
