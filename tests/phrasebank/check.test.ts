import { describe, expect, it } from 'vitest';
import { DraftChecker, Engine } from '../../phrasebank/check';
import { type CompiledBank, compileBank } from '../../phrasebank/compile/compile';
import { defaultForms } from '../../phrasebank/compile/english-forms';
import { bankWith, engineFor, fixtureBank, flagged } from './helpers';

const engine = engineFor(fixtureBank());

describe('Engine.check', () => {
  it('returns the one finding shape with exact offsets', () => {
    const text = 'Hi Anna, please calm down.';
    const [f] = engine.check(text, 'en');
    expect(f).toEqual({
      ruleId: 'stop-phrase.calm-down',
      category: 'stop-phrase',
      start: 9,
      end: 25,
      text: 'please calm down',
      message: '“Calm down” tells the customer their feelings are wrong.',
      suggestions: [{ kind: 'replace', text: 'I understand how frustrating this is' }],
    });
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('matches word forms through compromise ({calm} → calmed, {mess} → messing)', () => {
    expect(flagged(engine, 'He calmed down.')).toEqual(['calmed down']);
    expect(flagged(engine, 'Accounting keeps messing up.')).toEqual(['Accounting keeps messing up']);
  });

  it('matches across a bounded gap but not across a sentence end', () => {
    expect(flagged(engine, 'The warehouse has clearly messed up.')).toEqual(['The warehouse has clearly messed up']);
    expect(flagged(engine, 'The warehouse one two three four messed up.')).toEqual([]);
    expect(flagged(engine, 'The warehouse. It messed up.')).toEqual([]);
  });

  it('ignores quoted text: quotation marks and "> " lines', () => {
    expect(flagged(engine, 'You wrote “calm down” in your email.')).toEqual([]);
    expect(flagged(engine, 'You wrote "calm down" in your email. Please calm down.')).toEqual(['Please calm down']);
    expect(flagged(engine, '> calm down\nThanks for writing.')).toEqual([]);
    expect(flagged(engine, 'Vous avez écrit « calm down ».')).toEqual([]);
  });

  it('ignores the customer’s words retold ("you wrote that …"), not the agent’s own after them', () => {
    expect(flagged(engine, 'You wrote that the warehouse messed up.')).toEqual([]);
    expect(flagged(engine, 'You wrote that the box was wet, but the warehouse messed up.')).toEqual([
      'the warehouse messed up',
    ]);
    expect(flagged(engine, 'As you said, the warehouse messed up.')).toEqual(['the warehouse messed up']);
    // a bank compiled without the frames (an older format) still checks, without them
    const { reported: _, ...older } = compileBank(fixtureBank(), { forms: defaultForms });
    expect(flagged(new Engine([older as CompiledBank]), 'You wrote that the warehouse messed up.')).toEqual([
      'the warehouse messed up',
    ]);
  });

  it('flags the agent’s own words around a quoted name: only a finding that ends in quotes is quoted', () => {
    expect(flagged(engine, 'The warehouse “Central” messed up.')).toEqual(['The warehouse “Central” messed up']);
    expect(flagged(engine, 'You wrote that the warehouse “messed up”.')).toEqual([]);
  });

  it('drops a negated blame-shift but not a negated stop-phrase', () => {
    expect(flagged(engine, "This isn't the courier's fault.")).toEqual([]);
    expect(flagged(engine, "It is the courier's fault.")).toEqual(["It is the courier's fault"]);
  });

  it('drops findings overlapping a rule exception', () => {
    expect(flagged(engine, "I don't know yet, but I'll find out.")).toEqual([]);
    expect(flagged(engine, "I don't know.")).toEqual(["I don't know"]);
  });

  it('keeps one finding per category where rules overlap', () => {
    const e = engineFor(bankWith([{ patterns: ['calm down'] }, { patterns: ['please calm down'] }]));
    expect(engine.check('Please calm down.', 'en')).toHaveLength(1);
    expect(e.check('Please calm down.', 'en').map((f) => f.text)).toEqual(['Please calm down']);
    expect(e.check('Please calm down.', 'en', true)).toHaveLength(2);
  });

  it('matches Polish without diacritics and stems', () => {
    const pl = engineFor(
      bankWith(
        [{ patterns: ['proszę się uspokoić'] }, { category: 'blame-shift', patterns: ['magazyn* ... zepsu*'] }],
        {
          language: 'pl',
        },
      ),
    );
    expect(flagged(pl, 'Prosze sie uspokoic.', 'pl')).toEqual(['Prosze sie uspokoic']);
    expect(flagged(pl, 'Magazyn coś zepsuł. Potem magazynierzy zepsuli resztę.', 'pl')).toEqual([
      'Magazyn coś zepsuł',
      'magazynierzy zepsuli',
    ]);
  });

  it('makes one flag of findings of one category a few words apart in a sentence', () => {
    const en = engineFor(
      bankWith([
        { id: 'guarantee', category: 'overpromise', patterns: ['I guarantee'], replacements: ['I will do my best'] },
        { id: 'sure', category: 'overpromise', patterns: ['for sure'] },
        { id: 'calm', patterns: ['calm down'], replacements: ['I understand', 'I hear you'] },
        { id: 'read', patterns: ['read my message'], replacements: ['let me explain again'] },
        { id: 'panic', patterns: ['no need to panic'], replacements: ['I understand'] },
      ]),
    );
    // one claim over a few words: one flag; no replacement, as "for sure" has none of its own
    const [claim, ...rest] = en.check('I guarantee it is fixed for sure.', 'en');
    expect(rest).toEqual([]);
    expect(claim.text).toBe('I guarantee it is fixed for sure');
    expect(claim.ruleId).toBe('guarantee');
    expect(claim.suggestions.filter((s) => s.kind === 'replace')).toEqual([]);
    // too far apart, or in another sentence: two flags, each whole
    expect(
      flagged(en, 'I guarantee that our new team from the north office will have it fixed for sure.', 'en'),
    ).toEqual(['I guarantee', 'for sure']);
    expect(flagged(en, 'I guarantee it. Fixed for sure.', 'en')).toEqual(['I guarantee', 'for sure']);
    // stop-phrases side by side: one flag, whose replacements are each one's, joined by the words between
    const [calm, ...more] = en.check('Calm down and read my message.', 'en');
    expect(more).toEqual([]);
    expect(calm.text).toBe('Calm down and read my message');
    expect(calm.suggestions).toEqual([{ kind: 'replace', text: 'I understand and let me explain again' }]);
    // the same replacement twice is said once, without the words that joined the two
    const [twice] = en.check('Calm down, there is no need to panic.', 'en');
    expect(twice.text).toBe('Calm down, there is no need to panic');
    expect(twice.suggestions).toEqual([{ kind: 'replace', text: 'I understand' }]);
    // overlapping matches leave no words between to join replacements by: modules only
    const overlap = engineFor(
      bankWith([
        { id: 'please', patterns: ['please calm down'], replacements: ['I understand'] },
        { id: 'now', patterns: ['calm down now'], replacements: ['I hear you'] },
      ]),
    );
    const [both, ...others] = overlap.check('Please calm down now.', 'en');
    expect(others).toEqual([]);
    expect(both.text).toBe('Please calm down now');
    expect(both.suggestions.filter((s) => s.kind === 'replace')).toEqual([]);
    // an incremental check shifts a merged flag and keeps its joined replacement right
    const draft = new DraftChecker(en, 'en');
    for (const text of [
      'Calm down and read my message.',
      'Hello. Calm down and read my message.',
      'Hello. Calm down and please read my message.',
      'Hello. Calm down and please read my message. Thanks.',
    ])
      expect(draft.update(text)).toEqual(en.check(text, 'en'));
    expect(draft.update('Hello. Calm down and please read my message.')[0].suggestions[0]).toEqual({
      kind: 'replace',
      text: 'I understand and please let me explain again',
    });
    // a word typed after the flag excuses its middle part: same place, same words, another fix
    const excusing = engineFor(
      bankWith([
        { id: 'calm', patterns: ['calm down'], replacements: ['I understand'] },
        { id: 'read', patterns: ['read my message'], replacements: ['let me explain'], unlessSentence: ['thanks'] },
        { id: 'relax', patterns: ['relax'], replacements: ['take your time'] },
      ]),
    );
    const typing = new DraftChecker(excusing, 'en');
    expect(typing.update('Calm down and read my message and relax')[0].suggestions[0]).toEqual({
      kind: 'replace',
      text: 'I understand and let me explain and take your time',
    });
    const thanks = 'Calm down and read my message and relax thanks';
    expect(typing.update(thanks)).toEqual(excusing.check(thanks, 'en'));
    expect(typing.update(thanks)[0].suggestions[0]).toEqual({
      kind: 'replace',
      text: 'I understand and read my message and take your time',
    });
  });

  it('matches Russian inflections by stem and ё as е', () => {
    const ru = engineFor(
      bankWith([{ category: 'blame-shift', patterns: ['склад* ... напутал*'] }], { language: 'ru' }),
    );
    expect(flagged(ru, 'Склад напутал. На складе всё напутали.', 'ru')).toEqual([
      'Склад напутал',
      'складе всё напутали',
    ]);
    const yo = engineFor(bankWith([{ patterns: ['ещё раз'] }], { language: 'ru' }));
    expect(flagged(yo, 'Еще раз', 'ru')).toEqual(['Еще раз']);
  });

  it('detects the language when not given', () => {
    const ru = engineFor(bankWith([{ patterns: ['успокойтесь'] }], { language: 'ru' }));
    expect(ru.check('Пожалуйста, успокойтесь.').map((f) => f.text)).toEqual(['успокойтесь']);
  });
});

describe('DraftChecker (incremental)', () => {
  it('gives the same findings as a full check after each edit', () => {
    const draft = new DraftChecker(engine, 'en');
    const steps = [
      'Hello. Please calm down now. The warehouse messed up.',
      'Hello. Please calm down now!! I dont know. The warehouse messed up.',
      'Hello. Please cal down now!! I dont know. The warehouse messed up.',
      'Hello. Please calm down now I dont know The warehouse messed up.',
      'Hello "Please calm down now" I dont know. The warehouse messed up.',
      '',
      'calm down',
    ];
    for (const text of steps) expect(draft.update(text)).toEqual(engine.check(text, 'en'));
  });

  it('hands back the same array while an edit changes no finding, a new one when it does', () => {
    const draft = new DraftChecker(engine, 'en');
    const first = draft.update('Please calm down. The warehouse messed up.');
    expect(draft.update('Please calm down. The warehouse messed up. We will')).toBe(first);
    expect(draft.update('Please calm down. The warehouse messed up. We will fix it.')).toBe(first);
    // the flag's own words changed case: same rule, same offsets, other text
    const recased = draft.update('Please CALM down. The warehouse messed up. We will fix it.');
    expect(recased).not.toBe(first);
    expect(recased[0].text).toBe('Please CALM down');
    // text typed before the flags moves them
    const moved = draft.update('Hi. Please CALM down. The warehouse messed up. We will fix it.');
    expect(moved.map((f) => f.start)).toEqual(recased.map((f) => f.start + 4));
  });
});

describe('negation stays inside its clause', () => {
  const e = engineFor(
    bankWith([
      {
        category: 'overpromise',
        patterns: ['it will definitely arrive'],
        examples: { flag: ['a', 'b'], allow: ['c', 'd'] },
      },
    ]),
  );
  it('a negation in an earlier clause does not cancel the finding', () => {
    expect(flagged(e, "Don't worry, it will definitely arrive.")).toEqual(['it will definitely arrive']);
  });
  it('a negation in the same clause does', () => {
    expect(flagged(e, 'I cannot say it will definitely arrive.')).toEqual([]);
  });
});

describe('rule option "position"', () => {
  const pl = engineFor(
    bankWith(
      [
        { patterns: ['zdarza się', 'jak wyżej'], position: 'whole-sentence' },
        { patterns: ['temat zamknięty', 'jest ok'], position: 'sentence-end' },
        { patterns: ['nie ma opcji'], position: 'sentence-start' },
      ],
      { language: 'pl' },
    ),
  );

  it('whole-sentence: flags the phrase only when it is the whole sentence', () => {
    expect(flagged(pl, 'Dzień dobry. Zdarza się. Jak wyżej!', 'pl')).toEqual(['Zdarza się', 'Jak wyżej']);
    expect(flagged(pl, 'Zdarza się, że paczka się spóźni.', 'pl')).toEqual([]);
    expect(flagged(pl, 'Jak wyżej pisałem, kurier dzwonił.', 'pl')).toEqual([]);
    expect(flagged(pl, 'Dzień dobry\nZdarza się', 'pl')).toEqual(['Zdarza się']);
  });

  it('sentence-end and sentence-start', () => {
    expect(flagged(pl, 'Dla nas temat zamknięty.', 'pl')).toEqual(['temat zamknięty']);
    expect(flagged(pl, 'Temat zamknięty dopiero po zwrocie.', 'pl')).toEqual([]);
    expect(flagged(pl, 'Nie ma opcji, żeby to zwrócić.', 'pl')).toEqual(['Nie ma opcji']);
    expect(flagged(pl, 'Sprawdzę, czy nie ma opcji zwrotu.', 'pl')).toEqual([]);
  });

  it('an abbreviation does not end the sentence the position refers to', () => {
    expect(flagged(pl, 'Jak wyżej, np. zdarza się.', 'pl')).toEqual([]);
    expect(flagged(pl, 'Np. Zdarza się.', 'pl')).toEqual([]);
  });

  it('incremental re-checks follow sentence ends that an edit moves', () => {
    // a capital after "ok." makes its period a sentence end: "Jest ok" then ends a sentence
    const steps = ['Jest ok. dzięki.', 'Jest ok. Dzięki.', 'Jest ok. dzięki.', 'Jest ok.', 'Jest ok. d', 'Jest ok. D'];
    expect(flagged(pl, steps[1], 'pl')).toEqual(['Jest ok']);
    const draft = new DraftChecker(pl, 'pl');
    for (const text of steps) expect(draft.update(text)).toEqual(pl.check(text, 'pl'));
  });
});

describe('rule option "unlessSentence"', () => {
  const pl = engineFor(
    bankWith(
      [
        {
          category: 'runaround',
          patterns: ['to nie (mój | moja) dział*'],
          unlessSentence: ['{zająć} się [tym] (sam | sama | osobiście)'],
        },
      ],
      { language: 'pl', forms: { zająć: ['zajmę', 'zajmie', 'zajęła', 'zajął'] } },
    ),
  );

  it('drops a finding when its sentence matches an unlessSentence pattern anywhere', () => {
    expect(flagged(pl, 'To nie mój dział, ale zajmę się tym osobiście.', 'pl')).toEqual([]);
    // far beyond a gap's 8 words, and before the finding: the whole sentence counts
    expect(flagged(pl, 'Zajmę się sama, choć szczerze mówiąc to jest zupełnie nie mój dział.', 'pl')).toEqual([]);
    expect(
      flagged(
        pl,
        'To nie mój dział, ale po rozmowie z kierownikiem zmiany jutro z samego rana zajmę się tym osobiście.',
        'pl',
      ),
    ).toEqual([]);
  });

  it('keeps the finding when the excusing words are in another sentence', () => {
    expect(flagged(pl, 'To nie mój dział. Zajmę się tym osobiście.', 'pl')).toEqual(['To nie mój dział']);
    expect(flagged(pl, 'To nie mój dział.', 'pl')).toEqual(['To nie mój dział']);
  });

  it('incremental re-checks equal full checks', () => {
    const steps = [
      'To nie mój dział. Zajmę się tym osobiście.',
      'To nie mój dział, zajmę się tym osobiście.',
      'To nie mój dział, zajmę się tym.',
    ];
    const draft = new DraftChecker(pl, 'pl');
    for (const text of steps) expect(draft.update(text)).toEqual(pl.check(text, 'pl'));
  });
});

describe('#word: exact spelling', () => {
  const pl = engineFor(
    bankWith(
      [
        { category: 'overpromise', patterns: ['#gwarantuję ... (zwrot | dostawę)'], negatable: false },
        { category: 'runaround', patterns: ['@who #gwarantuje'] },
      ],
      { language: 'pl', lexicons: { who: ['firma', 'sklep'] } },
    ),
  );

  it('tells gwarantuję (I) from gwarantuje (it): other words still fold', () => {
    expect(flagged(pl, 'Gwarantuję pełny zwrot.', 'pl')).toEqual(['Gwarantuję pełny zwrot']);
    expect(flagged(pl, 'Gwarantuję pelny zwrot.', 'pl')).toEqual(['Gwarantuję pelny zwrot']);
    expect(flagged(pl, 'Regulamin gwarantuje pełny zwrot.', 'pl')).toEqual([]);
    expect(flagged(pl, 'Firma gwarantuje to.', 'pl')).toEqual(['Firma gwarantuje']);
    expect(flagged(pl, 'Firma gwarantuję to.', 'pl')).toEqual([]);
  });

  it('incremental re-checks equal full checks when a diacritic is typed', () => {
    const steps = ['Gwarantuje zwrot.', 'Gwarantuję zwrot.', 'Sklep gwarantuję zwrot.', 'Sklep gwarantuje zwrot.'];
    const draft = new DraftChecker(pl, 'pl');
    for (const text of steps) expect(draft.update(text)).toEqual(pl.check(text, 'pl'));
  });
});

describe('Engine with a sentence model', () => {
  const bank = compileBank(
    bankWith([
      { id: 'calm', patterns: ['calm down'] },
      { id: 'late', category: 'blame-shift', patterns: ['courier is late'] },
    ]),
    { forms: defaultForms },
  );
  // a hand-set model: "courier" pushes towards blame-shift, "sorry" away from it
  const model = {
    threshold: 0.8,
    stemLength: 0,
    categories: ['blame-shift' as const],
    bias: [-2],
    weights: { courier: [4], sorry: [-4] },
    rules: [
      {
        id: 'model.blame-shift',
        category: 'blame-shift' as const,
        message: 'Reads like blame-shifting.',
        negatable: false,
        suggestions: [],
      },
    ],
  };
  const engine = new Engine([{ ...bank, model }]);

  it('flags a whole sentence when it is confident of a category no rule flagged there, under its own rule id and message', () => {
    const text =
      'Thanks for writing. The courier left it outside. Calm down, the courier is here. The courier is late.';
    const findings = engine.check(text, 'en');
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['model.blame-shift', 'The courier left it outside'],
      // a stop-phrase rule flagged this sentence, the model another problem in it
      ['calm', 'Calm down'],
      ['model.blame-shift', 'Calm down, the courier is here'],
      // a rule of the model's category flagged it already
      ['late', 'courier is late'],
    ]);
    expect(findings[0].message).toBe('Reads like blame-shifting.');
  });

  it('stays quiet below its threshold, and in the rules-only view of rule examples', () => {
    expect(engine.check('I am sorry the courier left it outside.', 'en')).toEqual([]);
    expect(engine.check('The courier left it outside.', 'en', true)).toEqual([]);
  });

  it("flags no blame-shift, the model's or a rule's, in a sentence where we own the problem", () => {
    const text =
      "It wasn't the courier, we packed it badly. The courier is late, that's on us. The courier is late, not our fault.";
    expect(engine.check(text, 'en').map((f) => [f.ruleId, f.text])).toEqual([['late', 'courier is late']]);
    // the same sentences through incremental re-checks
    const checker = new DraftChecker(engine, 'en');
    expect(checker.update(text).map((f) => f.text)).toEqual(['courier is late']);
    expect(checker.update(text.replace("that's on us", 'sorry')).map((f) => f.text)).toEqual([
      'courier is late',
      'courier is late',
    ]);
  });

  it('keeps blame-shift flags with banks compiled before ownership frames (no `owned`)', () => {
    const { owned: _, ...old } = bank;
    const oldEngine = new Engine([{ ...old, model }]);
    expect(oldEngine.check("It wasn't the courier, we packed it badly.", 'en').map((f) => f.ruleId)).toEqual([
      'model.blame-shift',
    ]);
  });

  it('keeps its flags through incremental re-checks', () => {
    const checker = new DraftChecker(engine, 'en');
    const text = 'Hello. The courier left it outside.';
    expect(checker.update(text).map((f) => f.text)).toEqual(['The courier left it outside']);
    expect(checker.update(`${text} Bye.`).map((f) => f.text)).toEqual(['The courier left it outside']);
    expect(checker.update(text.replace('courier', 'postman'))).toEqual([]);
  });
});
