/**
 * Language identification restricted to the two languages Klantstem serves (Dutch, English).
 * It scores frequent function words and a few letter patterns typical of each language; text
 * with too little evidence (very short, only numbers, names) is "unknown" rather than a guess.
 * It is deliberately cheap: it runs on every ingested signal.
 */
export type Lang = 'nl' | 'en';
export type DetectedLang = Lang | 'unknown';

const DUTCH_WORDS = new Set(
  (
    'de het een en van ik je jij u uw is zijn was waren niet wel dat die dit deze er op in aan met voor ' +
    'naar bij om te tot uit ook maar nog al dan als of wat wie waar wanneer hoe waarom mijn mij me ons onze ' +
    'wij we ze zij hun hem haar heb hebt heeft hebben had kan kun kunt kunnen wil wilt willen moet moeten ' +
    'zou zouden gaat gaan komt komen geen meer veel graag alstublieft bedankt dank hallo goedemiddag ' +
    'goedemorgen nu al alleen over onder tussen sinds omdat want dus toch even heel erg iets niets ' +
    'iemand niemand worden wordt werd jullie jouw zo hier daar'
  ).split(' '),
);

const ENGLISH_WORDS = new Set(
  (
    'the a an and of i you your is are was were not that this these those there on in at with for to from ' +
    'by about into also but still if then when what who where why how my me our we they them their him ' +
    'her his it its have has had can could will would should must do does did no yes more much please ' +
    'thanks thank hello hi just only because so very some any nothing someone nobody been being be ' +
    'which here than'
  ).split(' '),
);

// Letter sequences that are frequent in one language and rare in the other.
const DUTCH_PATTERNS = /ij|oe|ui|aa|uu|sch|cht|eid|ng\b|en\b|je\b|tje/g;
const ENGLISH_PATTERNS = /th|wh|sh|ck|ing\b|tion|ght|ou|ea|y\b/g;

const WORD = /[\p{L}]+(?:'[\p{L}]+)?/gu;

/** Minimum evidence (in function-word units) before a language is named. */
const MIN_EVIDENCE = 1.5;

export function detectLanguage(text: string): DetectedLang {
  const lower = text.slice(0, 4000).toLowerCase();
  const words = lower.match(WORD);
  if (words === null || words.length < 2) return 'unknown';
  let nl = 0;
  let en = 0;
  for (const word of words) {
    if (DUTCH_WORDS.has(word)) nl += 1;
    if (ENGLISH_WORDS.has(word)) en += 1;
  }
  // Letter patterns are weak evidence; they settle texts without function words.
  const letters = words.join(' ');
  nl += 0.15 * (letters.match(DUTCH_PATTERNS)?.length ?? 0);
  en += 0.15 * (letters.match(ENGLISH_PATTERNS)?.length ?? 0);
  const best = Math.max(nl, en);
  if (best < MIN_EVIDENCE || Math.abs(nl - en) < 0.5) return 'unknown';
  return nl > en ? 'nl' : 'en';
}
