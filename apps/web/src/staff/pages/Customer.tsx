import type { Customer as CustomerData, TimelineItem, User } from '@klantstem/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../shared/i18n';
import { Link, useParams } from 'react-router';
import { api } from '../../shared/api';
import { useMe } from '../session';
import { PagedList, usePaged } from '../paged';
import { SignalItem } from '../SignalList';
import { dateTime, ErrorMessage, Loaded } from '../ui';

export default function Customer() {
  const { t } = useI18n();
  const id = useParams().id!;
  const customer = useQuery({
    queryKey: ['customer', id],
    queryFn: () => api<CustomerData>('GET', `/api/v1/customers/${encodeURIComponent(id)}`),
  });
  return (
    <Loaded query={customer}>
      {(data) => (
        <>
          <h1>{data.name ?? t('customer.unnamed', { id: data.id })}</h1>
          <dl className="facts">
            <dt>{t('customer.id')}</dt>
            <dd>{data.id}</dd>
            {data.identities.map((identity) => (
              <div key={`${identity.kind}:${identity.value}`}>
                <dt>{t(`customer.identity.${identity.kind}`)}</dt>
                <dd>{identity.value}</dd>
              </div>
            ))}
            {data.mergedIds.length > 0 && (
              <>
                <dt>{t('customer.merged')}</dt>
                <dd>{data.mergedIds.join(', ')}</dd>
              </>
            )}
          </dl>
          <ContactPerson customer={data} />
          <Timeline customerId={data.id} />
          <Merge customer={data} />
        </>
      )}
    </Loaded>
  );
}

function ContactPerson({ customer }: { customer: CustomerData }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const me = useMe();
  const isAdmin = me.data?.role === 'admin';
  const users = useQuery({
    queryKey: ['users'],
    enabled: isAdmin,
    queryFn: () => api<{ items: User[] }>('GET', '/api/v1/users'),
  });
  const save = useMutation({
    mutationFn: (contactPersonId: string | null) =>
      api<CustomerData>('PATCH', `/api/v1/customers/${encodeURIComponent(customer.id)}`, { contactPersonId }),
    onSuccess: (updated) => client.setQueryData(['customer', customer.id], updated),
  });
  const current = users.data?.items.find((u) => u.id === customer.contactPersonId);
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t('customer.contactPerson')}</h2>
      {isAdmin && users.data ? (
        <label>
          <span className="visually-hidden">{t('customer.contactPerson')}</span>
          <select
            value={customer.contactPersonId ?? ''}
            disabled={save.isPending}
            onChange={(e) => save.mutate(e.target.value || null)}
          >
            <option value="">{t('customer.noContactPerson')}</option>
            {users.data.items
              .filter((u) => !u.disabled)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </label>
      ) : (
        <p>{current?.name ?? customer.contactPersonId ?? t('customer.noContactPerson')}</p>
      )}
      {save.isError && <ErrorMessage error={save.error} />}
    </section>
  );
}

/** Everything this customer said and every conversation they had, newest first, merged records included. */
function Timeline({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n();
  const timeline = usePaged<TimelineItem>(
    ['conversations', 'timeline', customerId],
    `/api/v1/customers/${encodeURIComponent(customerId)}/timeline`,
  );
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('customer.timeline')}</h2>
      <PagedList list={timeline} empty={t('customer.noSignals')}>
        {(items) => (
          <ol className="signal-list">
            {items.map((item) =>
              item.kind === 'signal' ? (
                <SignalItem key={`s:${item.signal.id}`} signal={item.signal} showCustomer={false} />
              ) : (
                <li key={`c:${item.conversation.id}`} className="signal timeline-conversation">
                  <Link to={`/conversations/${encodeURIComponent(item.conversation.id)}`}>
                    {item.conversation.subject}
                  </Link>
                  <p className="meta">
                    <span className="badge">{t(`conversations.statuses.${item.conversation.status}`)}</span>{' '}
                    {t('customer.conversation')} · {dateTime(item.at, lang)}
                  </p>
                </li>
              ),
            )}
          </ol>
        )}
      </PagedList>
    </section>
  );
}

/** Two records of one person become one: the other's identities and signals move here. */
function Merge({ customer }: { customer: CustomerData }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const me = useMe();
  const [from, setFrom] = useState('');
  const [confirming, setConfirming] = useState(false);
  const merge = useMutation({
    mutationFn: () =>
      api<CustomerData>('POST', `/api/v1/customers/${encodeURIComponent(customer.id)}/merge`, {
        from: from.trim(),
      }),
    onSuccess: (updated) => {
      client.setQueryData(['customer', customer.id], updated);
      void client.invalidateQueries({ queryKey: ['conversations', 'timeline'] });
      setFrom('');
      setConfirming(false);
    },
  });
  if (me.data?.role === 'analyst') return null;
  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">{t('customer.mergeTitle')}</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (confirming) merge.mutate();
          else setConfirming(true);
        }}
      >
        <label>
          {t('customer.mergeFrom')}
          <input
            value={from}
            required
            maxLength={200}
            onChange={(e) => {
              setFrom(e.target.value);
              setConfirming(false);
            }}
          />
        </label>
        {confirming && (
          <p role="alert">
            {t('customer.mergeConfirm', { from: from.trim(), into: customer.name ?? customer.id })}
          </p>
        )}
        <button type="submit" disabled={merge.isPending || !from.trim()}>
          {confirming ? t('customer.mergeYes') : t('customer.merge')}
        </button>
      </form>
      {merge.isError && <ErrorMessage error={merge.error} />}
      {merge.isSuccess && (
        <p className="success" role="status">
          {t('customer.mergeDone')}
        </p>
      )}
    </section>
  );
}
