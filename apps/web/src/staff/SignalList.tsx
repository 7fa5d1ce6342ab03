import type { Signal } from '@klantstem/contracts';
import { useI18n } from '../shared/i18n';
import { Link } from 'react-router';
import { dateTime } from './ui';

/** Signals in customers' own words, newest first, each with where it came from and where it went. */
export function SignalList({ signals }: { signals: Signal[] }) {
  return (
    <ol className="signal-list">
      {signals.map((signal) => (
        <SignalItem key={signal.id} signal={signal} />
      ))}
    </ol>
  );
}

export function SignalItem({ signal, showCustomer = true }: { signal: Signal; showCustomer?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <li className="signal">
      <p className="customer-words" lang={signal.lang === 'unknown' ? undefined : signal.lang}>
        {signal.text.length > 600 ? `${signal.text.slice(0, 600)}…` : signal.text}
      </p>
      <p className="meta">
        <span className="badge">{t(`channels.${signal.channel}`, { defaultValue: signal.channel })}</span>{' '}
        {dateTime(signal.at, lang)}
        {signal.route?.intent && (
          <>
            {' · '}
            {t('signals.routedTo', {
              intent: signal.route.intent,
              team: signal.route.team ?? t('signals.triage'),
            })}
          </>
        )}
        {showCustomer && signal.customerId && (
          <>
            {' · '}
            <Link to={`/customers/${encodeURIComponent(signal.customerId)}`}>{t('signals.customer')}</Link>
          </>
        )}
      </p>
    </li>
  );
}
