import { useId, useState } from 'react';
import { useI18n } from '../shared/i18n';
import { api } from '../shared/api';
import { visitSession } from './navigation';

type Status = 'idle' | 'sending' | 'sent' | 'failed';

/** "Did this help?": a yes is sent at once; a no first asks what was missing, in the visitor's words. */
export function Feedback({ articleId, query }: { articleId: string; query: string }) {
  const { t, lang } = useI18n();
  const [answeredNo, setAnsweredNo] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const [comment, setComment] = useState('');
  const commentId = useId();

  function send(helpful: boolean) {
    setStatus('sending');
    api('POST', '/api/v1/help/feedback', {
      articleId,
      helpful,
      ...(!helpful && comment.trim() ? { comment: comment.trim() } : {}),
      ...(query ? { query } : {}),
      session: visitSession(),
      lang: lang,
    }).then(
      () => setStatus('sent'),
      () => setStatus('failed'),
    );
  }

  if (status === 'sent') {
    return (
      <p className="feedback" role="status">
        {t('thanks')}
      </p>
    );
  }
  return (
    <section className="feedback" aria-label={t('helpedQuestion')}>
      {answeredNo ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send(false);
          }}
        >
          <label htmlFor={commentId}>{t('whatMissing')}</label>
          <textarea
            id={commentId}
            value={comment}
            maxLength={2000}
            rows={3}
            onChange={(event) => setComment(event.target.value)}
          />
          <button type="submit" disabled={status === 'sending'}>
            {t('send')}
          </button>
        </form>
      ) : (
        <fieldset disabled={status === 'sending'}>
          <legend>{t('helpedQuestion')}</legend>
          <button type="button" onClick={() => send(true)}>
            {t('yes')}
          </button>
          <button type="button" onClick={() => setAnsweredNo(true)}>
            {t('no')}
          </button>
        </fieldset>
      )}
      {status === 'failed' && (
        <p className="error" role="alert">
          {t('feedbackFailed')}
        </p>
      )}
    </section>
  );
}
