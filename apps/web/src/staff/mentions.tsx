import type { Mention, MentionPage, MentionsSeen } from '@klantstem/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { PagedList, usePaged } from './paged';
import { dateTime, ErrorMessage } from './ui';

// Notes that mention the signed-in person wait for them until seen: a count on "Gesprekken" in the
// menu, said aloud when it grows, a list above the inbox, and marked seen when the conversation opens.

/** Everything about the person's mentions; the live stream refreshes it on their mention events. */
export const MENTIONS_KEY = ['mentions'] as const;

/** How many mentions wait, and the newest of them. */
export function useUnreadMentions() {
  return useQuery({
    queryKey: [...MENTIONS_KEY, 'unread'],
    queryFn: () => api<MentionPage>('GET', '/api/v1/me/mentions?unread=true&limit=1'),
  });
}

/** The count beside "Gesprekken" in the menu, as text: the link reads "Gesprekken 2 keer genoemd". */
export function MentionCount() {
  const { t } = useI18n();
  const unread = useUnreadMentions().data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <>
      {' '}
      <span className="nav-count">
        {unread}
        <span className="visually-hidden"> {t('mentions.navSuffix', { count: unread })}</span>
      </span>
    </>
  );
}

/** Says a new mention aloud (politely, after what the screen reader is saying now). */
export function MentionNews() {
  const { t } = useI18n();
  const data = useUnreadMentions().data;
  const [known, setKnown] = useState<number | undefined>(undefined);
  const [news, setNews] = useState('');
  if (data && data.unread !== known) {
    // Only a count that grows is news; the first count and a shrinking one are not.
    const newest = data.items[0];
    if (known !== undefined && data.unread > known && newest)
      setNews(
        t('mentions.news', {
          name: newest.by?.name ?? t('conversations.someone'),
          subject: newest.conversation.subject,
        }),
      );
    setKnown(data.unread);
  }
  return (
    <p className="visually-hidden" role="status">
      {news}
    </p>
  );
}

/** The notes that wait for the person, newest first; each opens its conversation. */
export function UnreadMentions() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const unread = useUnreadMentions().data?.unread ?? 0;
  const list = usePaged<Mention>([...MENTIONS_KEY, 'list'], '/api/v1/me/mentions', { unread: 'true' });
  const seeAll = useMutation({
    mutationFn: () => api<MentionsSeen>('POST', '/api/v1/me/mentions/seen', { all: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: MENTIONS_KEY }),
  });
  if (unread === 0) return null;
  return (
    <section className="mentions" aria-labelledby="mentions-title">
      <h2 id="mentions-title">{t('mentions.title', { count: unread })}</h2>
      <PagedList list={list} empty={t('mentions.none')}>
        {(items) => (
          <ul className="mention-list">
            {items.map((m) => (
              <li key={m.messageId} className="mention">
                <Link to={`/conversations/${encodeURIComponent(m.conversation.id)}`}>
                  {m.conversation.subject}
                </Link>
                <p className="meta">
                  {t('mentions.by', { name: m.by?.name ?? t('conversations.someone') })} ·{' '}
                  {dateTime(m.at, lang)}
                </p>
                <p className="excerpt">{m.excerpt}</p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
      <button type="button" className="secondary" disabled={seeAll.isPending} onClick={() => seeAll.mutate()}>
        {t('mentions.allSeen')}
      </button>
      {seeAll.isError && <ErrorMessage error={seeAll.error} />}
    </section>
  );
}

/**
 * An open conversation marks the person's mentions in it as seen: when it opens, and again when a new
 * mention arrives while it is open. A tab in the background waits until it is looked at.
 */
export function useSeesMentions(conversationId: string) {
  const client = useQueryClient();
  const unread = useUnreadMentions().data?.unread ?? 0;
  useEffect(() => {
    if (unread === 0) return;
    let done = false;
    const mark = () => {
      if (done || document.visibilityState !== 'visible') return;
      done = true;
      api<MentionsSeen>('POST', '/api/v1/me/mentions/seen', { conversationId })
        .then((result) => {
          if (result.marked > 0) void client.invalidateQueries({ queryKey: MENTIONS_KEY });
        })
        // Not marked now means the count stays; the next opening tries again.
        .catch(() => undefined);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [conversationId, unread, client]);
}
