// The Snowball stemmers of nlp.js are generated JavaScript without type declarations. Klantstem
// uses only the three methods of the Snowball runtime that stem one word.
interface SnowballStemmer {
  setCurrent(word: string): void;
  innerStem(): boolean;
  getCurrent(): string;
}

declare module '@nlpjs/lang-nl/src/stemmer-nl.js' {
  const StemmerNl: new () => SnowballStemmer;
  export default StemmerNl;
}

declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
  const StemmerEn: new () => SnowballStemmer;
  export default StemmerEn;
}

// nlp.js also ships the Snowball project's stop-word lists, as a word -> true dictionary.
interface SnowballStopwords {
  dictionary: Record<string, boolean>;
}

declare module '@nlpjs/lang-nl/src/stopwords-nl.js' {
  const StopwordsNl: new () => SnowballStopwords;
  export default StopwordsNl;
}

declare module '@nlpjs/lang-en-min/src/stopwords-en.js' {
  const StopwordsEn: new () => SnowballStopwords;
  export default StopwordsEn;
}
