import { SetupInput, type User } from '@klantstem/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../shared/api';
import { field, fieldProblems } from '../shared/form';
import { useI18n } from '../shared/i18n';
import { Door } from './Door';
import { ME_KEY } from './session';

/** First start: the one-time link from the server log creates the first administrator, then signs in. */
export function Setup({ token }: { token: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      token,
      name: field(form, 'name'),
      email: field(form, 'email').trim(),
      password: field(form, 'password'),
    };
    const problems = Object.keys(fieldProblems(SetupInput, input));
    if (problems.length > 0) {
      setError(problems.includes('token') ? t('setup.badLink') : t('setup.checkFields'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api<User>('POST', '/api/v1/setup', input);
      const user = await api<User>('POST', '/api/v1/auth/signin', {
        email: input.email,
        password: input.password,
      });
      window.history.replaceState(null, '', '/overview');
      client.setQueryData(ME_KEY, user);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.code === 'setup_done'
          ? t('setup.done')
          : caught instanceof ApiError && caught.code === 'forbidden'
            ? t('setup.badLink')
            : t('errors.generic'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Door
      title={t('setup.title')}
      intro={t('setup.intro')}
      error={error}
      busy={busy}
      submitLabel={t('setup.submit')}
      onSubmit={(event) => void submit(event)}
    >
      <label>
        {t('settings.name')}
        <input name="name" autoComplete="name" required />
      </label>
      <label>
        {t('signIn.email')}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t('settings.password')}
        <input name="password" type="password" autoComplete="new-password" minLength={12} required />
      </label>
    </Door>
  );
}
