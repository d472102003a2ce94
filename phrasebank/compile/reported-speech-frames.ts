/**
 * The frames of reported speech per language (see ../reported-speech.ts), as regular-expression
 * sources that the compiler puts into each compiled bank. Fixed patterns of ours, never a
 * trainer's: each match is a run of words of bounded length, so the scan stays linear.
 */
import type { Language } from '../finding';
import type { ReportedSpeech } from '../reported-speech';

/**
 * What must come just before a frame for it to open a clause: punctuation, or a conjunction or
 * "I understand / I see", or where the customer said it ("In your email you mention that …",
 * "В письме вы пишете, что …"; matched against the few characters before the frame; a frame at
 * the very start of the text opens one too). Not "as you said": agreement is the agent's own voice.
 */
const OPENERS: Record<Language, string> = {
  en: String.raw`(?:[.!?;:,\n(—–"“]\s*|(?<!\p{L})(?:and|but|since|because|when|if|so|also|that|understand|see|know|hear|read|noticed)\s+|(?<!\p{L})in\s+your\s+(?:\p{L}+\s+)?(?:email|e-mail|message|letter|note|chat|review|complaint|ticket|reply|request|form)\s+)$`,
  pl: String.raw`(?:[.!?;:,\n(—–"„«]\s*|(?<!\p{L})(?:i|a|ale|bo|skoro|je[śs]li|gdy|rozumiem|widz[ęe]|wiem|czytam)\s+|(?<!\p{L})w\s+(?:(?:swojej|swoim|pana|pani|pa[ńn]stwa|tej|tym|ostatniej|ostatnim|poprzedniej|poprzednim|wczorajszej|wczorajszym)\s+)?(?:wiadomo[śs]ci|mailu|e-mailu|zg[łl]oszeniu|reklamacji|pi[śs]mie|opinii|li[śs]cie|formularzu|czacie|odpowiedzi)\s+)$`,
  ru: String.raw`(?:[.!?;:,\n(—–"„«]\s*|(?<!\p{L})(?:и|а|но|раз|если|когда|понимаю|вижу|знаю|читаю)\s+|(?<!\p{L})в\s+(?:(?:своём|своем|своей|вашем|вашей|этом|этой|последнем|последней|прошлом|прошлой|предыдущем|предыдущей|вчерашнем|вчерашней)\s+)?(?:сообщении|письме|обращении|заявке|жалобе|отзыве|чате|претензии|ответе|комментарии)\s+)$`,
};

/** The frame, ending where the reported words begin. Case-insensitive; Polish without diacritics too. */
const FRAMES: Record<Language, string> = {
  en:
    // a question retold ("you asked whether …") or words retold ("you wrote that …")
    String.raw`(?:you(?:'ve|\shave)?\s+(?:(?:already|also|just)\s+)?(?:asked|ask|wondered|wonder|enquired|inquired|queried)\s+(?:(?:us|me)\s+)?(?:whether|if)\s+(?=\p{L})|` +
    String.raw`you(?:'ve|\shave)?\s+(?:(?:already|also|just|kindly)\s+)?` +
    String.raw`(?:wrote|written|write|said|say|mentioned|mention|told\s+(?:us|me)|tell\s+(?:us|me)|explained|explain|described|describe|noted|note|pointed\s+out|stated|state|complained|complain|claimed|claim|reported|report|feel|felt|think|thought|believe|believed)` +
    String.raw`(?:\s+(?:to\s+(?:us|me)|in\s+your\s+\p{L}+))?(?:\s+(?:earlier|before|previously|yesterday|today))?` +
    String.raw`(?:\s+that)?\s+(?=\p{L}))`,
  pl:
    String.raw`(?:(?:(?:pan|pani|państwo|panstwo)\s+)?pyta(?:[łl]a?|cie|j[ąa])?(?:\s+(?:pan|pani|państwo|panstwo))?(?:\s+(?:wcze[śs]niej|wczoraj|ju[żz]|nas|mnie))?\s*,?\s*czy\s+(?=\p{L})|` +
    String.raw`(?:(?:pan|pani|państwo|panstwo)\s+)?` +
    String.raw`(?:napisa[łl](?:a|[ey]?[śs]cie)?|napisali|pisze(?:cie)?|pisa[łl]a?|wspomnia[łl]a?|wspomnieli|m[óo]wi(?:[łl]a?)?|twierdzi(?:[łl]a?)?|zg[łl]osi[łl]a?|zaznaczy[łl]a?|uwa[żz]a|podkre[śs]li[łl]a?|poinformowa[łl]a?|skar[żz]y(?:[łl]a?)?\s+si[ęe]|opisa[łl]a?|opisuje(?:cie)?|opowiada(?:[łl]a?)?)` +
    String.raw`(?:\s+(?:pan|pani|państwo|panstwo))?(?:\s+(?:wcze[śs]niej|wczoraj|ju[żz]|nam|mi))?\s*,?\s*(?:[żz]e)\s+(?=\p{L}))`,
  ru:
    String.raw`(?:вы\s+(?:(?:уже|также|тоже|ранее|раньше|вчера)\s+){0,2}(?:спросили|спрашивали|спрашиваете|интересовались|интересуетесь)(?:\s+(?:у\s+)?(?:нас|меня))?\s*,\s*(?=\p{L})|` +
    String.raw`вы\s+(?:(?:уже|также|тоже|ранее|раньше|вчера|нам|мне)\s+){0,2}` +
    '(?:рассказываете|рассказали|рассказывали|описали|описываете|написали|писали|пишете|упомянули|упоминали|упоминаете|сказали|говорили|говорите|сообщили|сообщали|сообщаете|отметили|отмечали|указали|указывали|жалуетесь|жаловались|пожаловались|утверждаете|утверждали|считаете|считали|думаете)' +
    String.raw`(?:\s+(?:нам|мне))?\s*,?\s*что\s+(?=\p{L}))`,
};

/**
 * Where the reported words end: the end of the clause, or a turn back to the agent's own
 * voice ("…, but", "…, and I", and an explanation: "Pisze Pan, że paczka nie dotarła, bo
 * kurier ją zgubił" blames the courier in the agent's words).
 */
const CLAUSE_END: Record<Language, string> = {
  en: String.raw`[.!?;:\n…—–]|,\s*(?:but|however|so|and|because|since)\b|\s(?:and|but)\s+(?:i|we)\b`,
  // (a dash is a copula in Polish and Russian, "aplikacja – porażka", not the clause's end)
  pl: String.raw`[.!?;:\n…]|,\s*(?:[—–]|(?:ale|jednak|wi[ęe]c|a|i|bo|poniewa[żz]|gdy[żz])(?!\p{L}))|\s(?:a|i|ale)\s+(?:ja|my)(?!\p{L})`,
  ru: String.raw`[.!?;:\n…]|,\s*(?:[—–]|(?:но|однако|поэтому|а|и|потому|так\s+как|ведь|ибо)(?!\p{L}))|\s(?:а|и|но)\s+(?:я|мы)(?!\p{L})`,
};

export const REPORTED_SPEECH: Record<Language, ReportedSpeech> = {
  en: { opener: OPENERS.en, frame: FRAMES.en, clauseEnd: CLAUSE_END.en },
  pl: { opener: OPENERS.pl, frame: FRAMES.pl, clauseEnd: CLAUSE_END.pl },
  ru: { opener: OPENERS.ru, frame: FRAMES.ru, clauseEnd: CLAUSE_END.ru },
};
