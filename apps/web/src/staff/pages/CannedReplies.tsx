import { CannedReplyInput, type CannedReply } from '@klantstem/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../shared/api';
import { field, fieldProblems, type FieldProblem } from '../../shared/form';
import { useI18n } from '../../shared/i18n';
import { Field } from '../Field';
import { JargonCheckButton, JargonCheckOutcome, useJargonCheck } from '../JargonFindings';
import { TeamOptions, useTeams } from '../teams';
import { ErrorMessage, Loaded } from '../ui';

/**
 * A team's canned replies: answers the team gives often, written once in plain words (checked for
 * words customers rarely use) and picked in a conversation instead of typed again.
 */
export default function CannedReplies() {
  const { t } = useI18n();
  const [team, setTeam] = useState('');
  const [editing, setEditing] = useState<CannedReply | 'new' | null>(null);
  const teams = useTeams();
  const replies = useQuery({
    queryKey: ['canned', team || null],
    queryFn: () =>
      api<{ items: CannedReply[] }>(
        'GET',
        `/api/v1/canned-replies${team ? `?team=${encodeURIComponent(team)}` : ''}`,
      ),
  });
  const teamName = (id: string) => teams.data?.items.find((x) => x.id === id)?.name ?? id;

  if (editing)
    return <Editor reply={editing === 'new' ? null : editing} team={team} onDone={() => setEditing(null)} />;
  return (
    <>
      <p>
        <Link to="/conversations">{t('conversations.back')}</Link>
      </p>
      <h1>{t('canned.title')}</h1>
      <p className="hint">{t('canned.intro')}</p>
      <div className="filters">
        <label>
          {t('signals.team')}
          <select value={team} onChange={(e) => setTeam(e.target.value)}>
            <option value="">{t('common.all')}</option>
            <TeamOptions />
          </select>
        </label>
        <button type="button" onClick={() => setEditing('new')}>
          {t('canned.new')}
        </button>
      </div>
      <Loaded query={replies} isEmpty={(d) => d.items.length === 0} empty={t('canned.none')}>
        {(data) => (
          <ul className="canned-list">
            {data.items.map((reply) => (
              <li key={reply.id}>
                <h2>{reply.title}</h2>
                <p className="meta">{teamName(reply.teamId)}</p>
                <p className="body">{reply.body}</p>
                <button type="button" className="secondary" onClick={() => setEditing(reply)}>
                  {t('canned.edit', { title: reply.title })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}

function Editor({ reply, team, onDone }: { reply: CannedReply | null; team: string; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [body, setBody] = useState(reply?.body ?? '');
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [confirming, setConfirming] = useState(false);
  const check = useJargonCheck();
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: ['canned'] });
    onDone();
  };
  const save = useMutation({
    mutationFn: (input: CannedReplyInput) =>
      reply
        ? api<CannedReply>('PUT', `/api/v1/canned-replies/${encodeURIComponent(reply.id)}`, input)
        : api<CannedReply>('POST', '/api/v1/canned-replies', input),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => api<null>('DELETE', `/api/v1/canned-replies/${encodeURIComponent(reply!.id)}`),
    onSuccess: done,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { teamId: field(form, 'teamId'), title: field(form, 'title'), body };
    const found = fieldProblems(CannedReplyInput, input);
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate(input);
  }

  return (
    <>
      <h1>{reply ? t('canned.edit', { title: reply.title }) : t('canned.new')}</h1>
      <form className="stack editor" onSubmit={submit} noValidate>
        <Field label={t('signals.team')} problem={problems.teamId}>
          {(props) => (
            <select name="teamId" defaultValue={reply?.teamId ?? team} {...props}>
              <option value="">{t('canned.pickTeam')}</option>
              <TeamOptions />
            </select>
          )}
        </Field>
        <Field label={t('canned.name')} problem={problems.title}>
          {(props) => <input name="title" defaultValue={reply?.title ?? ''} {...props} />}
        </Field>
        <Field label={t('canned.body')} problem={problems.body}>
          {(props) => <textarea rows={8} value={body} onChange={(e) => setBody(e.target.value)} {...props} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {t('common.save')}
          </button>
          <JargonCheckButton check={check} text={body} />
          <button type="button" className="secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
          {reply && (
            <button
              type="button"
              className="secondary"
              disabled={remove.isPending}
              onClick={() => (confirming ? remove.mutate() : setConfirming(true))}
            >
              {confirming ? t('canned.deleteYes') : t('canned.delete')}
            </button>
          )}
        </div>
        {reply && confirming && <p role="alert">{t('canned.confirmDelete', { title: reply.title })}</p>}
      </form>
      {save.isError && <ErrorMessage error={save.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      <JargonCheckOutcome check={check} />
    </>
  );
}
