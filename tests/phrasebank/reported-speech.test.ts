import { describe, expect, it } from 'vitest';
import { REPORTED_SPEECH } from '../../phrasebank/compile/reported-speech-frames';
import { type ReportedSpeech, reportedSpans } from '../../phrasebank/reported-speech';

// a toy language: "said" after "you", "well" or a period opens a frame; "." or "but" ends the clause
const toy: ReportedSpeech = {
  opener: String.raw`(?:\b(?:you|he|well)|[.])\s+$`,
  frame: String.raw`said\s+(?=\p{L})`,
  clauseEnd: String.raw`[.]|\sbut\b`,
};

describe('reportedSpans', () => {
  it('spans the words after each frame up to the end of their clause', () => {
    const text = 'You said the box was wet. He said it twice but we fixed it.';
    expect(reportedSpans(text, toy).map(([a, b]) => text.slice(a, b))).toEqual(['the box was wet', 'it twice']);
  });

  it('takes a frame only after its opener, or at the very start of the text', () => {
    const text = 'said the box was wet. Well said it twice. Then said nothing.';
    expect(reportedSpans(text, toy).map(([a, b]) => text.slice(a, b))).toEqual(['the box was wet', 'it twice']);
  });

  // "В сообщении вы упоминаете, что вам уже трижды отвечали…" was flagged as the agent's own words
  it.each([
    ['en', 'In your email you mention that the courier lost it.', 'the courier lost it'],
    ['en', 'In your last message you said the warehouse messed up.', 'the warehouse messed up'],
    ['pl', 'W swojej wiadomości pisze Pan, że to wina kuriera.', 'to wina kuriera'],
    ['ru', 'В сообщении вы упоминаете, что вам уже трижды отвечали.', 'вам уже трижды отвечали'],
    ['ru', 'В прошлом письме вы писали, что склад всё напутал.', 'склад всё напутал'],
    // questions and stories retold
    ['en', 'You asked whether I could guarantee delivery before Christmas.', 'I could guarantee delivery before Christmas'],
    ['pl', 'Pytał Pan, czy mogę zagwarantować dostawę przed świętami.', 'mogę zagwarantować dostawę przed świętami'],
    ['pl', 'Opisuje Pani, że kurier rzucił paczką.', 'kurier rzucił paczką'],
    ['ru', 'Вы спрашивали, можно ли гарантировать доставку к пятнице.', 'можно ли гарантировать доставку к пятнице'],
    ['ru', 'Вы рассказываете, что мастер не предупредила о стоимости.', 'мастер не предупредила о стоимости'],
  ] as const)('%s: opens a frame after where the customer wrote or asked it: %s', (language, text, retold) => {
    expect(reportedSpans(text, REPORTED_SPEECH[language]).map(([a, b]) => text.slice(a, b))).toEqual([retold]);
  });

  it('does not take "in your email" for the frame of the agent\'s own sentence', () => {
    const text = 'The invoice you mentioned is in your email inbox.';
    expect(reportedSpans(text, REPORTED_SPEECH.en)).toEqual([]);
  });

  it('always moves on, even with a frame that can match nothing', () => {
    const empty: ReportedSpeech = { opener: '', frame: '(?:)', clauseEnd: '[.]' };
    expect(reportedSpans('ab. c', empty).length).toBeGreaterThan(0);
  });

  it('finds nothing with frames that do not compile (a damaged stored bank), and does not throw', () => {
    const broken: ReportedSpeech = { opener: '(', frame: 'said', clauseEnd: '[.]' };
    expect(reportedSpans('You said the box was wet.', broken)).toEqual([]);
  });

  it('finds nothing without frames for the language (a bank compiled before they existed)', () => {
    expect(reportedSpans('You said the box was wet.', undefined)).toEqual([]);
  });

  it('reads at most 400 characters after a frame: a clause longer than that is not one sentence retold', () => {
    const text = `said ${'word '.repeat(200)}`;
    const [[from, to]] = reportedSpans(text, toy);
    expect(to - from).toBe(400);
  });

  it('stays linear in the text with the real frames (a long run of frames and no clause end)', () => {
    const time = (n: number) => {
      const text = 'you said that you said that '.repeat(n);
      const start = performance.now();
      reportedSpans(text, REPORTED_SPEECH.en);
      return performance.now() - start;
    };
    time(2_000);
    const small = Math.min(time(10_000), time(10_000), time(10_000));
    const large = Math.min(time(80_000), time(80_000), time(80_000));
    // 8× the text: well under 8² = 64× the time (quadratic), with room for a noisy machine
    expect(large).toBeLessThan(small * 24 + 5);
  });
});
