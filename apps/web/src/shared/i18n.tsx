import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * Translation for both pages. i18next with react-i18next would take a quarter of the help centre's
 * 80 kB budget for what this needs: two languages, {{name}} placeholders and one/other plurals.
 */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
const STORAGE_KEY = 'klantstem.lang';

type Messages = { readonly [key: string]: string | Messages };
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params & { count?: number; defaultValue?: string }) => string;

interface I18n {
  lang: Language;
  t: Translate;
  has: (key: string) => boolean;
  setLanguage: (lang: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Dutch first: English only when the person chose it, or their browser asks for it and not for Dutch. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  const preferred = navigator.languages.find((l) => /^(nl|en)\b/i.test(l));
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function I18nProvider({
  catalogues,
  children,
}: {
  catalogues: Record<Language, Messages>;
  children: ReactNode;
}) {
  const [lang, setLang] = useState<Language>(() => {
    const initial = initialLanguage();
    document.documentElement.lang = initial;
    return initial;
  });
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLang(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const plural = new Intl.PluralRules(lang);
    const find = (key: string) => lookup(catalogues[lang], key) ?? lookup(catalogues.nl, key);
    const t: Translate = (key, params = {}) => {
      const text =
        (params.count !== undefined ? find(`${key}_${plural.select(params.count)}`) : undefined) ??
        find(key) ??
        params.defaultValue ??
        key;
      return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
        params[name] === undefined ? whole : String(params[name]),
      );
    };
    return { lang, t, has: (key) => find(key) !== undefined, setLanguage };
  }, [lang, catalogues, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
