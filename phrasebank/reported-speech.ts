/**
 * Reported speech: "You wrote that the courier lost it", "Napisał Pan, że kurier zgubił
 * paczkę", "Вы написали, что курьер потерял посылку" repeat the customer's words without
 * quotation marks, so the agent blames no one. The reported clause (after a frame of the
 * customer saying something, up to the end of the clause) is treated like quoted text. The
 * frame must open a clause: in "the delay you mentioned was our warehouse's fault" the words
 * after it are the agent's own, and so are they after agreement frames ("as you said", "jak
 * Pan napisał", "как вы написали"). Fixed patterns of ours, never a trainer's: each match
 * is a run of words of bounded length, so the scan stays linear in the text.
 */
import type { Span } from './context';

/**
 * A language's frames as regular-expression sources (compile/reported-speech-frames.ts): they
 * travel with the compiled bank, so the content script carries none of the word lists.
 */
export interface ReportedSpeech {
  /** matches what must end the text just before a frame (flags iu; the frame opens a clause) */
  opener: string;
  /** matches a frame, ending where the reported words begin (flags giu) */
  frame: string;
  /** matches where the reported words end (flags iu) */
  clauseEnd: string;
}

interface Compiled {
  opener: RegExp;
  frame: RegExp;
  clauseEnd: RegExp;
}

/** per compiled bank's frames (a bank replaced by a new one lets go of its own); null: unusable */
const compiled = new WeakMap<ReportedSpeech, Compiled | null>();

function compile(speech: ReportedSpeech): Compiled | null {
  try {
    return {
      opener: new RegExp(speech.opener, 'iu'),
      frame: new RegExp(speech.frame, 'giu'),
      clauseEnd: new RegExp(speech.clauseEnd, 'iu'),
    };
  } catch {
    // a damaged stored bank: check without reported speech rather than throw into the page
    return null;
  }
}
/** how far back the opener is looked for (a punctuation mark, one short word, or "in your last email") */
const OPENER_WINDOW = 48;

export function reportedSpans(text: string, speech: ReportedSpeech | undefined): Span[] {
  if (!speech) return [];
  let re = compiled.get(speech);
  if (re === undefined) {
    re = compile(speech);
    compiled.set(speech, re);
  }
  if (!re) return [];
  const { opener, frame, clauseEnd } = re;
  const spans: Span[] = [];
  frame.lastIndex = 0;
  for (let m = frame.exec(text); m; m = frame.exec(text)) {
    // (the opener is tested apart, on the few characters before the frame: as a lookbehind
    // at the frame's start it was tried at every position of the text, most of a check's cost)
    const back = Math.max(0, m.index - OPENER_WINDOW);
    const before = text.slice(back, m.index);
    if (!(m.index === 0 || (back === 0 && before.trim() === '') || opener.test(before))) {
      frame.lastIndex = m.index + 1;
      continue;
    }
    const from = m.index + m[0].length;
    // (searched in a bounded window: a clause longer than that is not one reported sentence)
    const rest = text.slice(from, from + 400);
    const stop = clauseEnd.exec(rest);
    const to = from + (stop ? stop.index : rest.length);
    if (to > from) spans.push([from, to]);
    frame.lastIndex = Math.max(to, m.index + 1); // (always onwards, even after an empty match)
  }
  return spans;
}
