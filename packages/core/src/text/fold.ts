/**
 * Case and diacritics folding, so "Café", "cafe" and "CAFÉ" are one term, and so are "ë" and "e".
 * NFKD also splits ligatures and compatibility forms ("ﬁ" -> "fi", "ĳ" -> "ij"); format characters
 * (soft hyphen, zero-width joiners, direction marks) are dropped because they are invisible in
 * the text a customer reads and would otherwise make two spellings of one word differ.
 */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const MARKS_AND_FORMAT = /[\p{M}\p{Cf}]/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;

export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  // Marks are stripped before lower-casing so "İ" (I + dot above) becomes a plain "i".
  return text.normalize('NFKD').replace(MARKS_AND_FORMAT, '').toLowerCase().replace(APOSTROPHES, "'");
}
