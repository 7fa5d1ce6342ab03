import type { HelpArticlePage } from '@klantstem/contracts';
import { useEffect, useState } from 'react';
import { useI18n } from '../shared/i18n';
import { api, ApiError } from '../shared/api';
import { ArticleBody } from '../shared/ArticleBody';
import { Feedback } from './Feedback';
import { navigate } from './navigation';

type State =
  { kind: 'loading' } | { kind: 'ready'; article: HelpArticlePage } | { kind: 'missing' | 'failed' };

type Loaded = State & { id: string };

export function ArticlePage({ id, query }: { id: string; query: string }) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // What was loaded belongs to one article; another id is loading until its answer comes.
  const state: State = loaded?.id === id ? loaded : { kind: 'loading' };

  useEffect(() => {
    const controller = new AbortController();
    api<HelpArticlePage>(
      'GET',
      `/api/v1/help/articles/${encodeURIComponent(id)}`,
      undefined,
      controller.signal,
    ).then(
      (article) => setLoaded({ id, kind: 'ready', article }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ id, kind: error instanceof ApiError && error.status === 404 ? 'missing' : 'failed' });
      },
    );
    return () => controller.abort();
  }, [id]);

  const pageTitle = state.kind === 'ready' ? `${state.article.title} – ${t('title')}` : null;
  useEffect(() => {
    if (pageTitle) document.title = pageTitle;
  }, [pageTitle]);

  const backHref = query ? `/help?q=${encodeURIComponent(query)}` : '/help';
  return (
    <>
      <p>
        <a
          href={backHref}
          onClick={(event) => {
            event.preventDefault();
            navigate(backHref);
          }}
        >
          ← {t('back')}
        </a>
      </p>
      {state.kind === 'loading' && <p className="hint">{t('loading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('articleMissing')}</p>}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {t('articleFailed')}
        </p>
      )}
      {state.kind === 'ready' && (
        <article lang={state.article.lang}>
          <h1>{state.article.title}</h1>
          {state.article.alsoKnownAs.length > 0 && (
            <p className="also-known-as">
              <strong>{t('alsoKnownAs')}:</strong> {state.article.alsoKnownAs.join(', ')}
            </p>
          )}
          <ArticleBody text={state.article.body} />
          <Feedback articleId={state.article.id} query={query} />
        </article>
      )}
    </>
  );
}
