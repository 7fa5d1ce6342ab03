import type { User } from '@klantstem/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../shared/i18n';
import { api, ApiError } from '../shared/api';
import { field } from '../shared/form';
import { Door } from './Door';
import { ME_KEY } from './session';

export function SignIn() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!field(form, 'email').trim() || !field(form, 'password')) {
      setError(t('signIn.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await api<User>('POST', '/api/v1/auth/signin', {
        email: field(form, 'email'),
        password: field(form, 'password'),
      });
      client.setQueryData(ME_KEY, user);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? t('signIn.wrong')
          : caught instanceof ApiError && caught.status === 429
            ? t('signIn.tooMany')
            : t('errors.generic'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Door
      title={t('signIn.title')}
      error={error}
      busy={busy}
      submitLabel={t('signIn.submit')}
      onSubmit={(event) => void submit(event)}
    >
      <label>
        {t('signIn.email')}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t('signIn.password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
    </Door>
  );
}
