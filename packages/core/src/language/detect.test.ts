import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect.js';

describe('detectLanguage', () => {
  it.each([
    ['Ik heb scheuren in mijn muur, wanneer komt er iemand kijken?', 'nl'],
    ['Jullie zouden donderdag terugbellen maar ik heb niets gehoord', 'nl'],
    ['Waar vind ik de status van mijn schademelding', 'nl'],
    ['hoe lang duurt de opname nog', 'nl'],
    ['There are cracks in my wall, when will someone come to look at it?', 'en'],
    ['I have not heard anything about my claim since May', 'en'],
    ['how do I apply for temporary housing', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each(['', 'ok', '12345', '?!', 'Jansen', 'PQR-2031'])(
    'says unknown for too little evidence: %j',
    (text) => {
      expect(detectLanguage(text)).toBe('unknown');
    },
  );
});
