import { ArticleInput, type Article } from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { api, ApiError } from '../../shared/api';
import { field, fieldProblems, type FieldProblem } from '../../shared/form';
import { Field } from '../Field';
import { JargonCheckButton, JargonCheckOutcome, useJargonCheck } from '../JargonFindings';
import { useMe } from '../session';
import { SortableTable } from '../SortableTable';
import { ErrorMessage, Loaded } from '../ui';

export default function Knowledge() {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Article | 'new' | null>(null);
  const me = useMe();
  const mayEdit = me.data?.role !== 'analyst';
  const articles = useQuery({
    queryKey: ['articles'],
    queryFn: () => api<{ items: Article[] }>('GET', '/api/v1/articles'),
  });
  const needle = filter.trim().toLowerCase();

  if (editing) {
    return <Editor article={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />;
  }
  return (
    <>
      <h1>{t('knowledge.title')}</h1>
      <div className="toolbar">
        <label>
          {t('knowledge.filter')}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        {mayEdit && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('knowledge.new')}
          </button>
        )}
      </div>
      <Loaded query={articles} isEmpty={(d) => d.items.length === 0} empty={t('knowledge.none')}>
        {(data) => (
          <SortableTable
            caption={t('knowledge.title')}
            rows={data.items.filter(
              (a) => !needle || a.title.toLowerCase().includes(needle) || a.id.includes(needle),
            )}
            rowKey={(a) => a.id}
            columns={[
              {
                key: 'title',
                label: t('knowledge.articleTitle'),
                value: (a) => a.title,
                show: (a) =>
                  mayEdit ? (
                    <button type="button" className="link" onClick={() => setEditing(a)}>
                      {a.title}
                    </button>
                  ) : (
                    a.title
                  ),
              },
              { key: 'lang', label: t('knowledge.lang'), value: (a) => a.lang },
              { key: 'tags', label: t('knowledge.tags'), value: (a) => a.tags.join(', ') },
            ]}
          />
        )}
      </Loaded>
    </>
  );
}

function Editor({ article, onDone }: { article: Article | null; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [body, setBody] = useState(article?.body ?? '');
  const save = useMutation({
    mutationFn: (input: Static<typeof ArticleInput>) => {
      const { id, ...rest } = input;
      return api<Article>('PUT', `/api/v1/articles/${encodeURIComponent(id)}`, rest);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['articles'] });
      onDone();
    },
  });
  const check = useJargonCheck();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const tags = field(form, 'tags')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    const input = {
      id: field(form, 'id').trim(),
      title: field(form, 'title'),
      body,
      lang: field(form, 'lang') as 'nl' | 'en',
      tags,
    };
    const found = fieldProblems(ArticleInput, input);
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate(input);
  }

  const serverProblems =
    save.error instanceof ApiError && Array.isArray(save.error.details)
      ? (save.error.details as { field: string; message: string }[])
      : [];
  return (
    <>
      <h1>{article ? t('knowledge.edit', { title: article.title }) : t('knowledge.new')}</h1>
      <form className="stack editor" onSubmit={submit} noValidate>
        <Field label={t('knowledge.id')} problem={problems.id}>
          {(props) => (
            <input name="id" defaultValue={article?.id ?? ''} readOnly={article !== null} {...props} />
          )}
        </Field>
        <Field label={t('knowledge.articleTitle')} problem={problems.title}>
          {(props) => <input name="title" defaultValue={article?.title ?? ''} {...props} />}
        </Field>
        <Field label={t('knowledge.lang')} problem={problems.lang}>
          {(props) => (
            <select name="lang" defaultValue={article?.lang === 'en' ? 'en' : 'nl'} {...props}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <Field label={t('knowledge.tagsHint')} problem={problems.tags}>
          {(props) => <input name="tags" defaultValue={article?.tags.join(', ') ?? ''} {...props} />}
        </Field>
        <Field label={t('knowledge.body')} problem={problems.body}>
          {(props) => (
            <textarea rows={14} value={body} onChange={(e) => setBody(e.target.value)} {...props} />
          )}
        </Field>
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {t('common.save')}
          </button>
          <JargonCheckButton check={check} text={body} />
          <button type="button" className="secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      {save.isError && <ErrorMessage error={save.error} />}
      {serverProblems.length > 0 && (
        <ul className="error">
          {serverProblems.map((p) => (
            <li key={p.field}>
              {p.field}: {p.message}
            </li>
          ))}
        </ul>
      )}
      <JargonCheckOutcome check={check} />
    </>
  );
}
