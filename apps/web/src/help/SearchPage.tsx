import type { HelpSearchResult } from '@klantstem/contracts';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../shared/i18n';
import { api } from '../shared/api';
import { navigate, visitSession } from './navigation';

// Short enough to feel instant, long enough not to log every keystroke of a fast typist.
const TYPING_PAUSE_MS = 120;

type Answer = { query: string; result: HelpSearchResult } | { query: string; result: null };

export function SearchPage({ initialQuery }: { initialQuery: string }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(initialQuery);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const inputId = useId();
  const query = text.trim();
  // The last answer stays on screen while the next one is on its way, so the list does not flicker.
  const shown = query ? answer : null;

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<HelpSearchResult>(
        'POST',
        '/api/v1/help/search',
        { query, limit: 10, session: visitSession(), lang: lang },
        controller.signal,
      ).then(
        (result) => {
          setAnswer({ query, result });
          navigate(`/help?q=${encodeURIComponent(query)}`, { replace: true });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setAnswer({ query, result: null });
          return error;
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, lang]);

  function open(articleId: string, result: HelpSearchResult, searched: string) {
    void api('POST', '/api/v1/help/click', {
      articleId,
      searchId: result.searchId,
      session: visitSession(),
    }).catch(() => undefined); // a lost click costs the visitor nothing; the article opens anyway
    navigate(`/help/articles/${encodeURIComponent(articleId)}?q=${encodeURIComponent(searched)}`);
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId} className="search-label">
          {t('searchLabel')}
        </label>
        <input
          id={inputId}
          type="search"
          className="search-input"
          value={text}
          maxLength={500}
          autoComplete="off"
          placeholder={t('searchPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
      <section aria-live="polite" className="search-results">
        {!query && <p className="hint">{t('startTyping')}</p>}
        {query && !shown && <p className="hint">{t('searching')}</p>}
        {shown?.result === null && (
          <p className="error" role="alert">
            {t('searchFailed')}
          </p>
        )}
        {shown?.result &&
          (shown.result.results.length === 0 ? (
            <p>{t('noResults', { query: shown.query })}</p>
          ) : (
            <>
              <p className="hint">{t('resultsCount', { count: shown.result.total })}</p>
              <ol className="result-list">
                {shown.result.results.map((hit) => (
                  <li key={hit.id} lang={hit.lang}>
                    <a
                      href={`/help/articles/${encodeURIComponent(hit.id)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        open(hit.id, shown.result, shown.query);
                      }}
                    >
                      {hit.title}
                    </a>
                  </li>
                ))}
              </ol>
            </>
          ))}
      </section>
    </>
  );
}
