/** The shape of a help-centre article in the import format, and a helper to write one readably. */
export interface DemoArticle {
  id: string;
  title: string;
  body: string;
  lang: 'nl' | 'en';
  url: string;
  tags: string[];
}

const SITE = 'https://www.herstelbureau-noord.example';

/** Lets article bodies be indented in the source: strips each line's indentation. */
function unindent(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

export function article(
  lang: 'nl' | 'en',
  id: string,
  title: string,
  tags: string[],
  body: string,
): DemoArticle {
  const slug = id.replace(/^kb-(en-)?/, '');
  return {
    id,
    title,
    body: unindent(body),
    lang,
    url: lang === 'nl' ? `${SITE}/help/${slug}` : `${SITE}/en/help/${slug}`,
    tags,
  };
}
