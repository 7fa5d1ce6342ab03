import { Article, ArticleInput, ArticleQuery, IdParams } from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/repository.js';
import { AGENTS, STAFF } from '../auth/actor.js';
import { findArticle, listArticles, upsertArticle } from './repository.js';

type Id = Static<typeof IdParams>;
const ArticleBody = Type.Omit(ArticleInput, ['id']);

export function articleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;
  app.get(
    '/api/v1/articles',
    {
      config: { access: STAFF },
      schema: {
        tags: ['knowledge'],
        summary: 'Knowledge articles',
        querystring: ArticleQuery,
        response: { 200: Type.Object({ items: Type.Array(Article) }) },
      },
    },
    async (request) => ({ items: await listArticles(db, request.query as Static<typeof ArticleQuery>) }),
  );

  app.get(
    '/api/v1/articles/:id',
    {
      config: { access: STAFF },
      schema: { tags: ['knowledge'], summary: 'One article', params: IdParams, response: { 200: Article } },
    },
    async (request) => {
      const article = await findArticle(db, (request.params as Id).id);
      if (!article) throw notFound('Article');
      return article;
    },
  );

  app.put(
    '/api/v1/articles/:id',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['knowledge'],
        summary: 'Create or replace an article',
        params: IdParams,
        body: ArticleBody,
        response: { 200: Article, 201: Article },
      },
    },
    async (request, reply) => {
      const id = (request.params as Id).id;
      const now = ctx.clock.now().toISOString();
      const outcome = await db.transaction().execute(async (trx) => {
        const result = await upsertArticle(trx, { id, ...(request.body as Static<typeof ArticleBody>) }, now);
        if (result !== 'unchanged') {
          await recordAudit(trx, request.actor!, now, {
            action: `article.${result}`,
            entityType: 'article',
            entityId: id,
          });
        }
        return result;
      });
      if (outcome !== 'unchanged') ctx.helpIndex.articlesChanged([id]);
      return reply.status(outcome === 'created' ? 201 : 200).send(await findArticle(db, id));
    },
  );

  app.delete(
    '/api/v1/articles/:id',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['knowledge'],
        summary: 'Delete an article',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const id = (request.params as Id).id;
      const now = ctx.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const article = await findArticle(trx, id);
        if (!article) throw notFound('Article');
        await trx.deleteFrom('articles').where('id', '=', id).execute();
        await recordAudit(trx, request.actor!, now, {
          action: 'article.deleted',
          entityType: 'article',
          entityId: id,
          details: { title: article.title, body: article.body },
        });
      });
      ctx.helpIndex.articlesChanged([id]);
      return reply.status(204).send();
    },
  );
}
