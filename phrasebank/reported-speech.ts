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
  /** matches a frame, ending where the reported words begin (flags giu) */
  frame: string;
  /** matches where the reported words end (flags iu) */
  clauseEnd: string;
}

const compiled = new Map<ReportedSpeech, { frame: RegExp; clauseEnd: RegExp }>();

export function reportedSpans(text: string, speech: ReportedSpeech | undefined): Span[] {
  if (!speech) return [];
  let re = compiled.get(speech);
  if (!re) {
    re = { frame: new RegExp(speech.frame, 'giu'), clauseEnd: new RegExp(speech.clauseEnd, 'iu') };
    compiled.set(speech, re);
  }
  const { frame, clauseEnd } = re;
  const spans: Span[] = [];
  frame.lastIndex = 0;
  for (let m = frame.exec(text); m; m = frame.exec(text)) {
    const from = m.index + m[0].length;
    // (searched in a bounded window: a clause longer than that is not one reported sentence)
    const rest = text.slice(from, from + 400);
    const stop = clauseEnd.exec(rest);
    const to = from + (stop ? stop.index : rest.length);
    if (to > from) spans.push([from, to]);
    frame.lastIndex = to;
  }
  return spans;
}
