import { LANGUAGES, useI18n, type Language } from './i18n';

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/** Each language is named in itself, so a visitor who reads only one can still find it. */
export function LanguageSwitch() {
  const { lang, setLanguage } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label="Taal / Language">
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          onClick={() => setLanguage(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
