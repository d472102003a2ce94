import { describe, expect, it } from 'vitest';
import { HunspellForms } from '../../../phrasebank/compile/hunspell';

describe('HunspellForms on the bundled dictionaries', () => {
  // First in the file: load() caches per process, so this measures the real load.
  it('loads both dictionaries and answers 20 lookups in about 2 s', () => {
    const start = performance.now();
    const pl = HunspellForms.load('pl');
    const ru = HunspellForms.load('ru');
    const lemmas = {
      pl: ['zepsuć', 'pomylić', 'magazyn', 'kurier', 'wina', 'dział', 'obiecać', 'gwarantować', 'spokój', 'uspokoić'],
      ru: ['напутать', 'ошибаться', 'склад', 'курьер', 'вина', 'отдел', 'обещать', 'гарантировать', 'успокоиться', 'виноватый'],
    };
    for (const l of lemmas.pl) expect(pl.forms(l), l).not.toBeNull();
    for (const l of lemmas.ru) expect(ru.forms(l), l).not.toBeNull();
    // ~0.2 s locally; the target is about 2 s.
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('derives Polish verb and noun forms', () => {
    const pl = HunspellForms.load('pl');
    expect(pl.forms('zepsuć')).toEqual(expect.arrayContaining(['zepsuć', 'zepsuł', 'zepsuła', 'zepsuli', 'zepsuło', 'zepsuję']));
    expect(pl.forms('pomylić')).toEqual(expect.arrayContaining(['pomylił', 'pomyliła', 'pomylili', 'pomyliłem']));
    expect(pl.forms('magazyn')).toEqual(expect.arrayContaining(['magazynu', 'magazynie', 'magazyny', 'magazynów']));
  });

  it('applies the Polish nie- prefix across suffixed forms (cross product)', () => {
    // dobry/XYbx: PFX b (nie) and SFX x/X/Y are all cross-product classes.
    const forms = HunspellForms.load('pl').forms('dobry');
    expect(forms).toEqual(expect.arrayContaining(['dobry', 'dobrego', 'niedobry', 'niedobrego', 'niedobrymi']));
  });

  it('derives Russian verb and noun forms', () => {
    const ru = HunspellForms.load('ru');
    expect(ru.forms('напутать')).toEqual(expect.arrayContaining(['напутал', 'напутала', 'напутали', 'напутает']));
    expect(ru.forms('склад')).toEqual(expect.arrayContaining(['склада', 'складе', 'складов']));
    // ошибиться/BR lists its irregular past as a separate entry (ошибся/L), so its own
    // forms stop at the imperative and gerund; ошибаться/BLMP derives the past tense.
    expect(ru.forms('ошибаться')).toEqual(expect.arrayContaining(['ошибался', 'ошибалась', 'ошибались']));
    expect(ru.forms('ошибиться')).toEqual(expect.arrayContaining(['ошибись', 'ошибившись']));
    expect(ru.forms('ошибиться')).not.toContain('ошибся');
    expect(ru.forms('ошибся')).toEqual(expect.arrayContaining(['ошиблась', 'ошиблись']));
  });

  it('ignores case, falls back to folded diacritics, returns null for unknown words', () => {
    const pl = HunspellForms.load('pl');
    expect(pl.forms('Magazyn')).toEqual(pl.forms('magazyn'));
    expect(pl.forms('zepsuc')).toEqual(pl.forms('zepsuć'));
    expect(pl.forms('qwertyuiop')).toBeNull();
    expect(HunspellForms.load('ru').forms('qwertyuiop')).toBeNull();
  });

  it('returns sorted, unique, lower-case forms', () => {
    const forms = HunspellForms.load('pl').forms('pomylić') ?? [];
    expect(forms).toEqual([...new Set(forms)].sort());
    expect(forms.every((f) => f === f.toLowerCase())).toBe(true);
  });
});

describe('HunspellForms on a small affix file', () => {
  const aff = [
    'SET UTF-8',
    '',
    'NEEDAFFIX !',
    '',
    'PFX U Y 1',
    'PFX U   0     un    .',
    '',
    'PFX R N 1',
    'PFX R   0     re    .',
    '',
    'SFX S Y 3',
    'SFX S   y     ies   [^aeiou]y',
    'SFX S   0     s     [aeiou]y',
    'SFX S   0     es    [^y]s',
    '',
    'SFX D Y 2',
    'SFX D   0     ed    [^e]',
    'SFX D   0     d     e',
    '',
    'SFX N N 1',
    'SFX N   y     iness/S  y',
    '',
    'SFX L N 1',
    'SFX L   0     ly/!  .',
  ].join('\n');
  const dic = ['6', 'fly/S', 'play/SDUR', 'bake/D', 'happy/UN', 'kind\tpo:adj', 'sole/L!'].join('\n');
  const h = HunspellForms.fromText(aff, dic);

  it('checks conditions and strips', () => {
    expect(h.forms('fly')).toEqual(['flies', 'fly']);
    expect(h.forms('bake')).toEqual(['bake', 'baked']);
  });

  it('crosses prefixes with suffixes only when both classes allow it', () => {
    // U is cross-product, R is not: "unplayed" yes, "replayed" no.
    expect(h.forms('play')).toEqual(['play', 'played', 'plays', 'replay', 'unplay', 'unplayed', 'unplays']);
  });

  it('applies one level of continuation classes', () => {
    expect(h.forms('happy')).toEqual(['happiness', 'happinesses', 'happy', 'unhappy']);
  });

  it('honours NEEDAFFIX and ignores morphological fields', () => {
    expect(h.forms('kind')).toEqual(['kind']);
    // sole carries NEEDAFFIX itself; "solely" carries it as a continuation flag.
    expect(h.forms('sole')).toBeNull();
  });

  it('reads FLAG long, FLAG num and AF aliases', () => {
    const long = HunspellForms.fromText('FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\nSFX Bb Y 1\nSFX Bb 0 ed .', '1\nwalk/AaBb');
    expect(long.forms('walk')).toEqual(['walk', 'walked', 'walks']);
    const num = HunspellForms.fromText('FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\nSFX 7 Y 1\nSFX 7 0 ing .', '1\njump/101,7');
    expect(num.forms('jump')).toEqual(['jump', 'jumping', 'jumps']);
    const alias = HunspellForms.fromText('AF 2\nAF A\nAF AB\nSFX A Y 1\nSFX A 0 s .\nSFX B Y 1\nSFX B 0 er .', '2\nrun/1\nwalk/2');
    expect(alias.forms('run')).toEqual(['run', 'runs']);
    expect(alias.forms('walk')).toEqual(['walk', 'walker', 'walks']);
  });
});
