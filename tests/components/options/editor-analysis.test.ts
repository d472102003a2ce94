import { describe, expect, it } from 'vitest';
import { analyse } from '../../../components/options/editor-analysis';
import { bank, COMPILE, rule } from '../../background/fixtures';

describe('editor analysis', () => {
  it('runs the examples and gives an engine for try-it when the bank is valid', () => {
    const result = analyse(bank('b', 'en', [rule('stop-phrase.x', ['simmer down'])]), COMPILE);
    expect(result.problems).toEqual([]);
    expect(result.report).toMatchObject({ passed: 4, failed: 0 });
    expect(result.engine?.check('Please simmer down.', 'en').map((f) => f.text)).toEqual(['simmer down']);
  });

  it('reports failing examples', () => {
    const r = rule('stop-phrase.x', ['simmer down'], {
      examples: { flag: ['Cool it.', 'Please simmer down.'], allow: ['Simmer down now.', 'Fine.'] },
    });
    const result = analyse(bank('b', 'en', [r]), COMPILE);
    expect(result.report).toMatchObject({ passed: 2, failed: 2 });
    expect(result.report?.failures.map((f) => [f.kind, f.sentence])).toEqual([
      ['flag', 'Cool it.'],
      ['allow', 'Simmer down now.'],
    ]);
  });

  it('gives problems with JSON paths and no engine for a broken bank, sorted first', () => {
    const result = analyse(
      bank('b', 'en', [rule('stop-phrase.z', ['simmer (down']), rule('stop-phrase.a', ['ok'])]),
      COMPILE,
    );
    expect(result.engine).toBeNull();
    expect(result.problems.map((p) => p.path)).toContain('/rules/1/patterns/0'); // after sorting: z is second
  });
});
