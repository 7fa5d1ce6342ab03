import { useI18n } from '../shared/i18n';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { ArticlePage } from './ArticlePage';
import { useLocation } from './navigation';
import { SearchPage } from './SearchPage';

export function HelpApp() {
  const { t } = useI18n();
  const url = useLocation();
  const articleId = /^\/help\/articles\/([^/]+)$/.exec(url.pathname)?.[1];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="help-header">
        <a href="/help" className="brand">
          {t('title')}
        </a>
        <LanguageSwitch />
      </header>
      <main id="main" className="help-main">
        {articleId ? (
          <ArticlePage id={decodeURIComponent(articleId)} query={url.searchParams.get('q') ?? ''} />
        ) : (
          <SearchPage initialQuery={url.searchParams.get('q') ?? ''} />
        )}
      </main>
    </>
  );
}
