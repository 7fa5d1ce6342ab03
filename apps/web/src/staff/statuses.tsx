import { CONVERSATION_STATUSES } from '@klantstem/contracts';
import { useI18n } from '../shared/i18n';

/** The conversation statuses as <option>s, in the reader's language, for every select that picks one. */
export function StatusOptions() {
  const { t } = useI18n();
  return (
    <>
      {CONVERSATION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`conversations.statuses.${s}`)}
        </option>
      ))}
    </>
  );
}
