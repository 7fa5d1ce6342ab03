import { ConversationStart, type ConversationDetail } from '@klantstem/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../shared/api';
import { fieldProblems, type FieldProblem } from '../../shared/form';
import { useI18n } from '../../shared/i18n';
import { Field } from '../Field';
import { ErrorMessage } from '../ui';

type Where = 'phone' | 'counter';

/**
 * A phone call or counter visit written down by the staff member who had it: the customer's own
 * words, what was answered, and whether that solved it. Unsolved, it is routed like any question,
 * so the customer does not have to call again to reach the team that can solve it.
 */
export default function RecordContact() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [where, setWhere] = useState<Where>('phone');
  const [customer, setCustomer] = useState('');
  const [message, setMessage] = useState('');
  const [answer, setAnswer] = useState('');
  const [resolved, setResolved] = useState(false);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const input = {
    channel: where,
    message,
    ...(customer.trim() && { customer: customer.trim() }),
    ...(answer.trim() && { answer }),
    ...(resolved && { resolved: true }),
  };
  const record = useMutation({
    mutationFn: () => api<{ conversation: ConversationDetail }>('POST', '/api/v1/conversations', input),
    onSuccess: ({ conversation }) => {
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
      void navigate(`/conversations/${encodeURIComponent(conversation.id)}`);
    },
  });
  return (
    <>
      <p>
        <Link to="/conversations">{t('conversations.back')}</Link>
      </p>
      <h1>{t('record.title')}</h1>
      <p className="hint">{t('record.intro')}</p>
      <form
        className="stack record-contact"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = fieldProblems(ConversationStart, input);
          setProblems(found);
          if (Object.keys(found).length === 0) record.mutate();
        }}
      >
        <fieldset className="inline-choices">
          <legend>{t('record.where')}</legend>
          {(['phone', 'counter'] as const).map((w) => (
            <label key={w} className="inline">
              <input type="radio" name="where" checked={where === w} onChange={() => setWhere(w)} />
              {t(`channels.${w}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('record.customer')} problem={problems.customer}>
          {(props) => (
            <input
              value={customer}
              maxLength={320}
              onChange={(e) => setCustomer(e.target.value)}
              {...props}
            />
          )}
        </Field>
        <Field label={t('record.message')} problem={problems.message}>
          {(props) => (
            <textarea rows={4} value={message} onChange={(e) => setMessage(e.target.value)} {...props} />
          )}
        </Field>
        <Field label={t('record.answer')} problem={problems.answer}>
          {(props) => (
            <textarea rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} {...props} />
          )}
        </Field>
        <label className="inline">
          <input type="checkbox" checked={resolved} onChange={(e) => setResolved(e.target.checked)} />
          {t('record.resolved')}
        </label>
        <p className="hint">{resolved ? t('record.resolvedHint') : t('record.routedHint')}</p>
        <button type="submit" disabled={record.isPending}>
          {t('record.save')}
        </button>
        {record.isError && <ErrorMessage error={record.error} />}
      </form>
    </>
  );
}
