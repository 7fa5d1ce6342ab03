import type {
  AttachmentInfo,
  CannedReply,
  ConversationDetail,
  ConversationEffort,
  ConversationStatus,
  Handoff,
  MailDelivery,
  Message,
} from '@klantstem/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, query } from '../../shared/api';
import { useI18n } from '../../shared/i18n';
import { useLiveConversations } from '../live';
import { useSeesMentions } from '../mentions';
import { useMe } from '../session';
import { useStaff } from '../staff';
import { StatusOptions } from '../statuses';
import { TeamOptions } from '../teams';
import { dateTime, ErrorMessage, fileSize, Loaded } from '../ui';

const key = (id: string) => ['conversations', 'one', id] as const;

/** One conversation with its whole story: what the customer said, handoffs, promises, effort. */
export default function Conversation() {
  const { t } = useI18n();
  const id = useParams().id!;
  useLiveConversations();
  useSeesMentions(id);
  const conversation = useQuery({
    queryKey: key(id),
    queryFn: () => api<ConversationDetail>('GET', `/api/v1/conversations/${encodeURIComponent(id)}`),
  });
  return (
    <Loaded query={conversation}>
      {(c) => (
        <>
          <p>
            <Link to="/conversations">← {t('conversations.back')}</Link>
          </p>
          <h1>{c.subject}</h1>
          <Facts conversation={c} />
          {c.handoff && <HandoffNote handoff={c.handoff} />}
          <div className="conversation-layout">
            <div>
              <Messages conversationId={c.id} messages={c.messages} />
              <Compose conversation={c} />
            </div>
            <aside aria-label={t('conversations.side')}>
              <StatusControl conversation={c} />
              <Promises conversation={c} />
              <TransferForm conversation={c} />
              <Effort id={c.id} />
            </aside>
          </div>
        </>
      )}
    </Loaded>
  );
}

function useUpdate(id: string) {
  const client = useQueryClient();
  return (detail: ConversationDetail) => {
    client.setQueryData(key(id), detail);
    void client.invalidateQueries({ queryKey: ['conversations', 'inbox'] });
    void client.invalidateQueries({ queryKey: ['conversations', 'effort'] });
  };
}

function Facts({ conversation: c }: { conversation: ConversationDetail }) {
  const { t, lang } = useI18n();
  const staff = useStaff();
  return (
    <dl className="facts">
      <dt>{t('conversations.customer')}</dt>
      <dd>
        {c.customerId ? (
          <Link to={`/customers/${encodeURIComponent(c.customerId)}`}>{c.customerId}</Link>
        ) : (
          t('conversations.anonymous')
        )}
      </dd>
      <dt>{t('conversations.contactPerson')}</dt>
      <dd>{c.contactPerson?.name ?? t('customer.noContactPerson')}</dd>
      <dt>{t('conversations.status')}</dt>
      <dd>{t(`conversations.statuses.${c.status}`)}</dd>
      <dt>{t('signals.team')}</dt>
      <dd>{c.route.triage ? t('conversations.inTriage') : (c.teamId ?? '–')}</dd>
      <dt>{t('conversations.owner')}</dt>
      <dd>{staff.name(c.ownerId) ?? '–'}</dd>
      <dt>{t('signals.intent')}</dt>
      <dd>{c.route.intent ?? '–'}</dd>
      <dt>{t('conversations.started')}</dt>
      <dd>
        {dateTime(c.createdAt, lang)} · {t(`channels.${c.channel}`, { defaultValue: c.channel })}
      </dd>
      {c.replyEmail && (
        <>
          <dt>{t('conversations.email')}</dt>
          <dd>{t('conversations.replyEmail', { address: c.replyEmail })}</dd>
        </>
      )}
    </dl>
  );
}

/** What the receiver of a transfer reads first, so the customer never has to tell it again. */
function HandoffNote({ handoff }: { handoff: Handoff }) {
  const { t, lang } = useI18n();
  const staff = useStaff();
  return (
    <section className="handoff" aria-labelledby="handoff-title">
      <h2 id="handoff-title">{t('conversations.handoff')}</h2>
      <p>
        <strong>{staff.name(handoff.transfer.by) ?? t('conversations.someone')}</strong> ·{' '}
        {dateTime(handoff.transfer.at, lang)}
      </p>
      <blockquote className="handoff-note">{handoff.transfer.note}</blockquote>
      <h3>{t('conversations.customerSaid', { count: handoff.customerMessages })}</h3>
      <ul>
        {handoff.customerSaid.map((m) => (
          <li key={m.id} className="customer-words">
            {m.body}
          </li>
        ))}
      </ul>
      {handoff.openPromises.length > 0 && (
        <>
          <h3>{t('conversations.openPromises')}</h3>
          <ul>
            {handoff.openPromises.map((p) => (
              <li key={p.id}>
                {p.text} ({t('conversations.due', { at: dateTime(p.dueAt, lang) })})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Messages({ conversationId, messages }: { conversationId: string; messages: Message[] }) {
  const { t, lang } = useI18n();
  const staff = useStaff();
  const me = useMe().data;
  return (
    <ol className="messages" aria-label={t('conversations.messages')}>
      {messages.map((m) => (
        <li key={m.id} className={`message message-${m.authorKind}${m.internal ? ' message-internal' : ''}`}>
          <p className="meta">
            {m.authorKind === 'system'
              ? t('conversations.system')
              : m.internal
                ? t('conversations.note', { name: staff.name(m.authorId) ?? '' })
                : m.authorKind === 'customer'
                  ? t('conversations.fromCustomer')
                  : (staff.name(m.authorId) ?? t('conversations.someone'))}{' '}
            · {dateTime(m.createdAt, lang)}
          </p>
          <p className="body">{m.body}</p>
          {m.attachments.length > 0 && (
            <Attachments conversationId={conversationId} attachments={m.attachments} />
          )}
          {m.mentions.length > 0 && (
            <p className="meta">
              {t('conversations.mentions', { names: m.mentions.map((u) => staff.name(u)).join(', ') })}
              {me && m.mentions.includes(me.id) && (
                <>
                  {' '}
                  <strong className="badge">{t('conversations.mentionsYou')}</strong>
                </>
              )}
            </p>
          )}
          {m.delivery && <Delivery delivery={m.delivery} />}
        </li>
      ))}
    </ol>
  );
}

/** Photos the server will show in the page (never SVG); any other file is only a download. */
const THUMBNAILS = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * The files that came with a message, each a download link named by the file and its size, a photo
 * with a small preview. The server sends every file as a download (never run in this page).
 */
function Attachments({
  conversationId,
  attachments,
}: {
  conversationId: string;
  attachments: AttachmentInfo[];
}) {
  const { t, lang } = useI18n();
  return (
    <ul className="attachments" aria-label={t('conversations.attachments', { count: attachments.length })}>
      {attachments.map((a) => {
        const url = `/api/v1/conversations/${encodeURIComponent(conversationId)}/attachments/${encodeURIComponent(a.id)}`;
        return (
          <li key={a.id}>
            <a href={url} download={a.name}>
              {THUMBNAILS.has(a.contentType) && <img src={`${url}?inline=true`} alt="" loading="lazy" />}
              <span>
                {a.name} ({fileSize(a.size, lang)})
              </span>
              <span className="visually-hidden"> {t('conversations.download')}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** How a reply's mail is getting on: on its way, sent, tried again later, or not sent. */
function Delivery({ delivery: d }: { delivery: MailDelivery }) {
  const { t, lang } = useI18n();
  const to = d.to ?? '–';
  const text =
    d.state === 'sent'
      ? t('conversations.delivery.sent', { to })
      : d.state === 'failed'
        ? t('conversations.delivery.failed', { to })
        : d.attempts > 0 && d.nextAttemptAt
          ? t('conversations.delivery.retrying', { at: dateTime(d.nextAttemptAt, lang) })
          : t('conversations.delivery.queued', { to });
  return (
    <p className={`delivery delivery-${d.state}`}>
      {text}
      {d.state !== 'sent' && d.lastError && (
        <span className="hint"> {t('conversations.delivery.reason', { reason: d.lastError })}</span>
      )}
    </p>
  );
}

function Compose({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useI18n();
  const update = useUpdate(c.id);
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<'reply' | 'note'>('reply');
  const [mentions, setMentions] = useState<string[]>([]);
  const staff = useStaff();
  const canned = useQuery({
    queryKey: ['canned', c.teamId],
    enabled: c.teamId !== null,
    queryFn: () => api<{ items: CannedReply[] }>('GET', `/api/v1/canned-replies${query({ team: c.teamId })}`),
  });
  const send = useMutation({
    mutationFn: () =>
      api<ConversationDetail>('POST', `/api/v1/conversations/${encodeURIComponent(c.id)}/messages`, {
        kind,
        body,
        ...(kind === 'note' && mentions.length > 0 && { mentions }),
      }),
    onSuccess: (detail) => {
      update(detail);
      setBody('');
      setMentions([]);
    },
  });
  return (
    <form
      className="stack compose"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) send.mutate();
      }}
    >
      <fieldset className="inline-choices">
        <legend className="visually-hidden">{t('conversations.kind')}</legend>
        <label className="inline">
          <input type="radio" name="kind" checked={kind === 'reply'} onChange={() => setKind('reply')} />
          {t('conversations.reply')}
        </label>
        <label className="inline">
          <input type="radio" name="kind" checked={kind === 'note'} onChange={() => setKind('note')} />
          {t('conversations.internalNote')}
        </label>
      </fieldset>
      {canned.data && canned.data.items.length > 0 && (
        <label>
          {t('conversations.canned')}
          <select
            value=""
            onChange={(e) => setBody(canned.data.items.find((r) => r.id === e.target.value)?.body ?? body)}
          >
            <option value="">{t('conversations.pickCanned')}</option>
            {canned.data.items.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {kind === 'reply' ? t('conversations.replyLabel') : t('conversations.noteLabel')}
        <textarea value={body} rows={4} maxLength={20000} onChange={(e) => setBody(e.target.value)} />
      </label>
      {kind === 'note' && (
        <>
          <label>
            {t('conversations.mentionLabel')}
            <select
              value=""
              onChange={(e) => {
                const picked = e.target.value;
                if (picked && !mentions.includes(picked)) setMentions([...mentions, picked]);
              }}
            >
              <option value="">{t('conversations.pickColleague')}</option>
              {staff.list
                .filter((s) => !mentions.includes(s.id))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
          </label>
          {mentions.length > 0 && (
            <ul className="chips" aria-label={t('conversations.mentioning')}>
              {mentions.map((u) => (
                <li key={u}>
                  {staff.name(u)}{' '}
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('conversations.unmention', { name: staff.name(u) ?? u })}
                    onClick={() => setMentions(mentions.filter((m) => m !== u))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <button type="submit" disabled={send.isPending || !body.trim()}>
        {kind === 'reply' ? t('conversations.sendReply') : t('conversations.saveNote')}
      </button>
      {send.isError && <ErrorMessage error={send.error} />}
    </form>
  );
}

function StatusControl({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useI18n();
  const update = useUpdate(c.id);
  const change = useMutation({
    mutationFn: (status: ConversationStatus) =>
      api<ConversationDetail>('POST', `/api/v1/conversations/${encodeURIComponent(c.id)}/status`, { status }),
    onSuccess: update,
  });
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{t('conversations.status')}</h2>
      <label>
        <span className="visually-hidden">{t('conversations.status')}</span>
        <select
          value={c.status}
          disabled={change.isPending}
          onChange={(e) => change.mutate(e.target.value as ConversationStatus)}
        >
          <StatusOptions />
        </select>
      </label>
      {change.isError && <ErrorMessage error={change.error} />}
    </section>
  );
}

function Promises({ conversation: c }: { conversation: ConversationDetail }) {
  const { t, lang } = useI18n();
  const update = useUpdate(c.id);
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api<ConversationDetail>('POST', `/api/v1/conversations/${encodeURIComponent(c.id)}/promises`, {
        text,
        dueAt: new Date(due).toISOString(),
      }),
    onSuccess: (detail) => {
      update(detail);
      setText('');
      setDue('');
    },
  });
  const settle = useMutation({
    mutationFn: ({ promiseId, status }: { promiseId: string; status: 'kept' | 'broken' }) =>
      api<ConversationDetail>(
        'POST',
        `/api/v1/conversations/${encodeURIComponent(c.id)}/promises/${encodeURIComponent(promiseId)}`,
        { status },
      ),
    onSuccess: update,
  });
  return (
    <section aria-labelledby="promises-title">
      <h2 id="promises-title">{t('conversations.promisesTitle')}</h2>
      {c.promises.length === 0 && <p className="empty">{t('conversations.noPromises')}</p>}
      <ul className="promises">
        {c.promises.map((p) => (
          <li key={p.id} className={`promise promise-${p.status}`}>
            {p.text}{' '}
            <span className="hint">
              ({t('conversations.due', { at: dateTime(p.dueAt, lang) })} ·{' '}
              {t(`conversations.promise.${p.status}`)})
            </span>
            {p.status === 'open' && (
              <span className="actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => settle.mutate({ promiseId: p.id, status: 'kept' })}
                >
                  {t('conversations.kept')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => settle.mutate({ promiseId: p.id, status: 'broken' })}
                >
                  {t('conversations.broken')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() && due) add.mutate();
        }}
      >
        <label>
          {t('conversations.promiseText')}
          <input value={text} maxLength={1000} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('conversations.promiseDue')}
          <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={add.isPending || !text.trim() || !due}>
          {t('conversations.addPromise')}
        </button>
      </form>
      {(add.isError || settle.isError) && <ErrorMessage error={add.error ?? settle.error} />}
    </section>
  );
}

function TransferForm({ conversation: c }: { conversation: ConversationDetail }) {
  const { t } = useI18n();
  const update = useUpdate(c.id);
  const client = useQueryClient();
  const staff = useStaff();
  const [toTeam, setToTeam] = useState('');
  const [toUser, setToUser] = useState('');
  const [note, setNote] = useState('');
  const transfer = useMutation({
    mutationFn: () =>
      api<Handoff>('POST', `/api/v1/conversations/${encodeURIComponent(c.id)}/transfer`, {
        ...(toTeam && { toTeam }),
        ...(toUser && { toUser }),
        note,
      }),
    onSuccess: async () => {
      setNote('');
      update(
        await client.fetchQuery({
          queryKey: key(c.id),
          queryFn: () => api<ConversationDetail>('GET', `/api/v1/conversations/${encodeURIComponent(c.id)}`),
        }),
      );
    },
  });
  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('conversations.transfer')}</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          transfer.mutate();
        }}
      >
        <label>
          {t('conversations.toTeam')}
          <select value={toTeam} onChange={(e) => setToTeam(e.target.value)}>
            <option value="">–</option>
            <TeamOptions />
          </select>
        </label>
        <label>
          {t('conversations.toPerson')}
          <select value={toUser} onChange={(e) => setToUser(e.target.value)}>
            <option value="">–</option>
            {staff.list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('conversations.handoffNote')}
          <textarea
            value={note}
            rows={3}
            maxLength={2000}
            required
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button type="submit" disabled={transfer.isPending || !note.trim() || (!toTeam && !toUser)}>
          {t('conversations.transferButton')}
        </button>
      </form>
      {transfer.isError && <ErrorMessage error={transfer.error} />}
      {transfer.isSuccess && (
        <p className="success" role="status">
          {t('conversations.transferred')}
        </p>
      )}
    </section>
  );
}

function Effort({ id }: { id: string }) {
  const { t } = useI18n();
  const effort = useQuery({
    queryKey: ['conversations', 'one', id, 'effort'],
    queryFn: () => api<ConversationEffort>('GET', `/api/v1/conversations/${encodeURIComponent(id)}/effort`),
  });
  return (
    <section aria-labelledby="conv-effort-title">
      <h2 id="conv-effort-title">{t('conversations.customerEffort')}</h2>
      <Loaded query={effort}>
        {(e) => (
          <ul>
            <li>{t('conversations.contactNumber', { count: e.contactNumber })}</li>
            <li>{t('conversations.transfersCount', { count: e.transfers })}</li>
            <li>{t('conversations.reopeningsCount', { count: e.reopenings })}</li>
            <li>{e.firstContactResolution ? t('conversations.fcrYes') : t('conversations.fcrNo')}</li>
          </ul>
        )}
      </Loaded>
    </section>
  );
}
