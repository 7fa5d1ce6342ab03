import type { DemoArticle } from './article-kit.js';
import { EN_ARTICLES } from './articles-en.js';
import { SCHADE_ARTICLES } from './articles-schade.js';
import { SERVICE_ARTICLES } from './articles-service.js';
import { VERGOEDINGEN_ARTICLES } from './articles-vergoedingen.js';
import { VERSTERKING_ARTICLES } from './articles-versterking.js';
import { WONEN_ARTICLES } from './articles-wonen.js';

export type { DemoArticle } from './article-kit.js';

/** The whole help centre: Dutch first, then the English articles. Fixed text, not seeded. */
export const ARTICLES: readonly DemoArticle[] = [
  ...SCHADE_ARTICLES,
  ...VERSTERKING_ARTICLES,
  ...WONEN_ARTICLES,
  ...VERGOEDINGEN_ARTICLES,
  ...SERVICE_ARTICLES,
  ...EN_ARTICLES,
];

export const ARTICLE_IDS: ReadonlySet<string> = new Set(ARTICLES.map((a) => a.id));
