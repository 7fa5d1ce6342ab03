import { CHANNELS, type Signal } from '@klantstem/contracts';
import { useI18n } from '../../shared/i18n';
import { useSearchParams } from 'react-router';
import { field } from '../../shared/form';
import { PagedList, usePaged } from '../paged';
import { SignalList } from '../SignalList';
import { TeamOptions } from '../teams';

const FILTERS = ['q', 'channel', 'lang', 'intent', 'team', 'customer', 'from', 'to'] as const;

/** Every signal, filtered by what the address bar says, so a filtered view can be shared as a link. */
export default function Signals() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const signals = usePaged<Signal>(['signals', filters], '/api/v1/signals', {
    ...filters,
    from: filters.from ? `${filters.from}T00:00:00Z` : '',
    to: filters.to ? `${filters.to}T23:59:59Z` : '',
  });

  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const f of FILTERS) {
      const value = field(data, f).trim();
      if (value) next.set(f, value);
    }
    setParams(next);
  }

  return (
    <>
      <h1>{t('signals.title')}</h1>
      <form
        className="filters"
        key={params.toString()}
        onSubmit={(event) => {
          event.preventDefault();
          apply(event.currentTarget);
        }}
      >
        <label>
          {t('signals.search')}
          <input name="q" type="search" defaultValue={filters.q} maxLength={200} />
        </label>
        <label>
          {t('signals.channel')}
          <select name="channel" defaultValue={filters.channel}>
            <option value="">{t('common.all')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('signals.lang')}
          <select name="lang" defaultValue={filters.lang}>
            <option value="">{t('common.all')}</option>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
            <option value="unknown">{t('signals.unknownLang')}</option>
          </select>
        </label>
        <label>
          {t('signals.team')}
          <select name="team" defaultValue={filters.team}>
            <option value="">{t('common.all')}</option>
            <TeamOptions />
          </select>
        </label>
        <label>
          {t('signals.intent')}
          <input name="intent" defaultValue={filters.intent} maxLength={200} />
        </label>
        <label>
          {t('signals.customerId')}
          <input name="customer" defaultValue={filters.customer} maxLength={320} />
        </label>
        <label>
          {t('signals.from')}
          <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          {t('signals.to')}
          <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <button type="submit">{t('signals.apply')}</button>
      </form>
      <PagedList list={signals} empty={t('signals.none')}>
        {(items) => <SignalList signals={items} />}
      </PagedList>
    </>
  );
}
