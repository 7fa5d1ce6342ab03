import type { HelpFeedbackInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/errors.js';
import { findArticle } from '../articles/repository.js';

// A bare yes or no still is the visitor's answer; stored in their language like any other words of theirs.
const ANSWER = {
  nl: { yes: 'Ja, dit heeft geholpen.', no: 'Nee, dit heeft niet geholpen.' },
  en: { yes: 'Yes, this helped.', no: 'No, this did not help.' },
} as const;

/**
 * "Did this help?" under an article becomes a survey signal in the one store of customers' words,
 * with the article, the search that led there and the visit's session in its meta.
 */
export async function recordFeedback(
  ctx: AppContext,
  input: HelpFeedbackInput,
): Promise<{ signalId: string }> {
  const article = await findArticle(ctx.database.db, input.articleId);
  if (!article) throw notFound('Article');
  const lang = input.lang ?? (article.lang === 'en' ? 'en' : 'nl');
  const answer = ANSWER[lang][input.helpful ? 'yes' : 'no'];
  const result = await ctx.signals.write([
    {
      channel: 'survey',
      text: input.comment ? `${answer} ${input.comment}` : answer,
      at: ctx.clock.now().toISOString(),
      lang,
      meta: {
        kind: 'article_feedback',
        articleId: article.id,
        helpful: input.helpful,
        ...(input.query !== undefined && { query: input.query }),
        ...(input.session !== undefined && { session: input.session }),
      },
    },
  ]);
  return { signalId: result.ids[0]! };
}
