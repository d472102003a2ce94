/**
 * Sentences where we own the problem, per language, as regular-expression sources the compiler
 * puts into each compiled bank (like the reported-speech frames): "It wasn't the courier — we
 * packed it without the ice pack", "To nie magazyn się pomylił – to ja wpisałam zły rozmiar",
 * "Курьер тут ни при чём — ошибку допустили мы", "that's on us". DOMAIN.md and the writers of
 * every labelled set count them clean (negated blame), yet they name a courier or a department,
 * so the sentence model flagged them as blame-shifting: on holdout2–8 a fifth of its
 * blame-shift flags (25 of about 120) were such sentences. No blame-shift flag stands in a
 * sentence that matches (check.ts).
 *
 * Two shapes: a denial of someone else's part ("it wasn't …", "to nie …", "это не …") whose
 * own clause names none of us, followed within a few words, after a clause break, by a word of
 * ours ("we", "I", "our", "ja", "wpisałam", "мы", "наш…"); or a plain admission ("our mistake",
 * "nasz błąd", "по нашей вине"), not negated. Fixed patterns of ours, never a trainer's, and
 * bounded: every repeat has a fixed limit, so a test costs at most a few hundred steps per
 * position of the sentence.
 */
import type { Language } from '../finding';

const START = String.raw`(?<!\p{L})`;
const END = String.raw`(?![\p{L}’'])`;

/** Words of ours: pronouns, possessives and (Polish) verbs in the first person. */
const OURS: Record<Language, string> = {
  en: String.raw`(?:we|i|us|our|ours|my|me|we[’']ve|i[’']ve|we[’']d|i[’']d|i[’']m|we[’']re)`,
  pl: String.raw`(?:ja|my|nas|nam|nasz\p{L}*|m[óo]j|moj\p{L}*|mnie|\p{L}+(?:[aeiyo]łam|[aeiy]łem|[aiy]lam|[ai]lem|[lł]i[śs]my|[lł]y[śs]my))`,
  ru: String.raw`(?:мы|я|нас|нам|наш\p{L}*|мо[йяеёи]\p{L}*|меня|мне)`,
};

/** Denying someone else's part: "it wasn't (the courier)", "to nie (kurier)", "это не (курьер)". */
const DENIAL: Record<Language, string> = {
  en: String.raw`(?:(?:was|is|were|are)(?:n[’']?t|\s+not|\s+never)|not\s+(?:down\s+to|because\s+of|due\s+to)|nothing\s+to\s+do\s+with)`,
  pl: String.raw`(?:to\s+nie|nie\s+(?:by[łl]a?|jest)\s+to|nie\s+z\s+winy|nie\s+przez|nie\s+(?:jest|by[łl]a?)\s+(?:to\s+)?win[aąy])`,
  ru: String.raw`(?:это\s+не|не\s+из-за|ни\s+при\s+ч[её]м|не\s+виноват\p{L}*|не\s+связан\p{L}*|не\s+(?:его|е[её]|их)\s+(?:ошибк|вин)\p{L}*)`,
};

/** Admitting it outright (not after a negation: "not our fault" is no admission). */
const ADMISSION: Record<Language, string> = {
  en: String.raw`(?:(?:that|this|it)(?:[’']s|\s+is|\s+was|\s+one[’']s)?\s+on\s+(?:us|me)|it\s+was\s+(?:us|me)|it[’']?s\s+us|(?<!not\s)(?:our|my)\s+(?:own\s+)?(?:fault|mistake|error|slip|oversight)|(?:fault|mistake|error|bug)\s+(?:in|on|with)\s+our)`,
  pl: String.raw`(?:to\s+(?:ja|my)|(?<!nie\s)(?:nasz\s+b[łl][ąa]d|nasza\s+wina|z\s+naszej\s+winy|moja\s+wina|m[óo]j\s+b[łl][ąa]d|b[łl][ąa]d\p{L}*\s+(?:(?!nie\s)\p{L}+\s+){0,2}(?:u\s+nas|po\s+naszej\s+stronie|w\s+nasz\p{L}*)|z\s+naszej\s+(?:z[łl]\p{L}*|b[łl][ęe]dn\p{L}*)))`,
  ru: String.raw`(?:это\s+(?:мы|я)|(?<!не\s)(?:наш[аи]?\s+(?:ошибк|вин|недосмотр)\p{L}*|(?:ошибк|сбо|проблем|вин)\p{L}*\s+(?:(?!не\s)\p{L}+\s+){0,2}на\s+нашей\s+стороне|по\s+нашей\s+вине|моя\s+ошибка|мой\s+недосмотр|ошибк\p{L}*\s+(?:в\s+)?наш\p{L}*)|(?:допустили|сделали|совершили|отвечаем)\s+мы|мы\s+отвечаем)`,
};

/** The denial's own clause (up to 80 characters) holds no word of ours: "not because of us" is no denial. */
const frame = (language: Language) =>
  `${START}${DENIAL[language]}${END}(?![^—–:,;\\n]{0,80}?${START}${OURS[language]}${END})[^—–:,;\\n]{0,80}[—–:,;][^.!?\\n]{0,60}?${START}${OURS[language]}${END}` +
  `|${START}${ADMISSION[language]}${END}`;

/** Per language: a sentence matching this (flags iu) owns its problem. */
export const OWNERSHIP: Record<Language, string> = { en: frame('en'), pl: frame('pl'), ru: frame('ru') };
