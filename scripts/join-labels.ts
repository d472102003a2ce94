/**
 * One problem, one span in the dev corpus (tests/corpus/{en,pl,ru}.json): labels of one
 * category at most MERGE_GAP_WORDS words apart in one sentence (or overlapping) become one
 * label from the first's start to the last's end — the engine's own rule for one flag
 * (phrasebank/check.ts, mergeByCategory), and how writers who label drafts apart from the
 * banks mark such a stretch. Never run on the holdout sets: their writers' labels stand as
 * written. `npx tsx scripts/join-labels.ts` rewrites the files and prints what it joined.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MERGE_GAP_WORDS } from '../phrasebank/check';
import { type LabelledDraft, spanOf } from '../phrasebank/evaluate';
import { LANGUAGES, type Language } from '../phrasebank/finding';
import { tokenize } from '../phrasebank/tokenize';

/** The draft's labels with those of one stretch joined; how many joins that took. */
export function joinLabels(draft: LabelledDraft, language: Language): { expect: LabelledDraft['expect']; joins: number } {
  const tokens = tokenize(draft.text, language);
  const spans = draft.expect.map((label, index) => {
    const [start, end] = spanOf(draft, label);
    const first = tokens.findIndex((t) => t.end > start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
    return { label, index, start, end, first, last };
  });
  const order = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const open = new Map<string, (typeof spans)[number]>();
  const dropped = new Set<number>();
  let joins = 0;
  for (const s of order) {
    const prev = open.get(s.label.category);
    if (
      prev &&
      s.first - prev.last <= MERGE_GAP_WORDS + 1 &&
      tokens[s.first]?.sentence === tokens[prev.last]?.sentence
    ) {
      prev.end = Math.max(prev.end, s.end);
      prev.last = Math.max(prev.last, s.last);
      dropped.add(s.index);
      joins++;
      continue;
    }
    open.set(s.label.category, s);
  }
  const expect = spans
    .filter((s) => !dropped.has(s.index))
    .map((s) => {
      const text = draft.text.slice(s.start, s.end);
      let occurrence = 1;
      for (let at = draft.text.indexOf(text); at >= 0 && at < s.start; at = draft.text.indexOf(text, at + 1)) occurrence++;
      return occurrence > 1 ? { category: s.label.category, text, occurrence } : { category: s.label.category, text };
    });
  return { expect, joins };
}

if (process.argv[1] === import.meta.filename) {
  for (const language of LANGUAGES) {
    const path = resolve(import.meta.dirname, `../tests/corpus/${language}.json`);
    const corpus = JSON.parse(readFileSync(path, 'utf8')) as LabelledDraft[];
    let joins = 0;
    for (const draft of corpus) {
      const joined = joinLabels(draft, language);
      if (joined.joins === 0) continue;
      joins += joined.joins;
      draft.expect = joined.expect;
    }
    writeFileSync(path, `${JSON.stringify(corpus, null, 2)}\n`);
    console.log(`${language}: ${joins} labels joined into their neighbours`);
  }
}
