import {
  ApiTokenInput,
  ROLES,
  TeamInput,
  UserInput,
  type ApiToken,
  type Role,
  type Team,
  type User,
} from '@klantstem/contracts';
import type { Static, TSchema } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n';
import { api } from '../../shared/api';
import { field, fieldProblems } from '../../shared/form';
import { SortableTable } from '../SortableTable';
import { dateTime, ErrorMessage, Loaded } from '../ui';

export default function Settings() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <Teams />
      <Users />
      <Tokens />
    </>
  );
}

/** Submits a form's fields as the schema's body after checking them against that schema. */
function useSchemaForm<S extends TSchema, R>(
  schema: S,
  send: (body: Static<S>) => Promise<R>,
  invalidate: string,
) {
  const client = useQueryClient();
  const [problems, setProblems] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: [invalidate] }),
  });
  function submit(event: FormEvent<HTMLFormElement>, body: unknown) {
    event.preventDefault();
    const element = event.currentTarget;
    const found = Object.keys(fieldProblems(schema, body));
    setProblems(found);
    if (found.length === 0) mutation.mutate(body, { onSuccess: () => element.reset() });
  }
  return { mutation, problems, submit };
}

function FormProblems({ fields }: { fields: string[] }) {
  const { t } = useI18n();
  if (fields.length === 0) return null;
  return (
    <p className="error" role="alert">
      {t('form.checkFields', { fields: fields.join(', ') })}
    </p>
  );
}

/** A comma-separated form field as a list. */
const list = (form: FormData, name: string) =>
  field(form, name)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function Teams() {
  const { t } = useI18n();
  const teams = useQuery({
    queryKey: ['teams'],
    queryFn: () => api<{ items: Team[] }>('GET', '/api/v1/teams'),
  });
  const form = useSchemaForm(TeamInput, (body) => api<Team>('POST', '/api/v1/teams', body), 'teams');
  return (
    <section aria-labelledby="teams-title">
      <h2 id="teams-title">{t('settings.teams')}</h2>
      <Loaded query={teams} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <SortableTable
            caption={t('settings.teams')}
            rows={data.items}
            rowKey={(team) => team.id}
            columns={[
              {
                key: 'name',
                label: t('settings.name'),
                value: (team) => team.name,
                show: (team) => (
                  <>
                    {team.name} <span className="hint">({team.id})</span>
                  </>
                ),
              },
              { key: 'intents', label: t('settings.intents'), value: (team) => team.intents.join(', ') },
              {
                key: 'authority',
                label: t('settings.authority'),
                value: (team) => team.authority.join(', '),
              },
              {
                key: 'members',
                label: t('settings.members'),
                value: (team) => team.members.length,
                numeric: true,
              },
            ]}
          />
        )}
      </Loaded>
      <details>
        <summary>{t('settings.teamForm')}</summary>
        <form
          className="stack"
          onSubmit={(event) => {
            const data = new FormData(event.currentTarget);
            form.submit(event, {
              id: field(data, 'id').trim(),
              name: field(data, 'name'),
              intents: list(data, 'intents'),
              authority: list(data, 'authority'),
            });
          }}
        >
          <label>
            {t('settings.teamId')}
            <input name="id" required pattern="[a-z0-9][a-z0-9_\-]*" />
          </label>
          <label>
            {t('settings.name')}
            <input name="name" required />
          </label>
          <label>
            {t('settings.intentsHint')}
            <input name="intents" />
          </label>
          <label>
            {t('settings.authorityHint')}
            <input name="authority" />
          </label>
          <FormProblems fields={form.problems} />
          <button type="submit" disabled={form.mutation.isPending}>
            {t('common.save')}
          </button>
          {form.mutation.isError && <ErrorMessage error={form.mutation.error} />}
        </form>
      </details>
    </section>
  );
}

function Users() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => api<{ items: User[] }>('GET', '/api/v1/users'),
  });
  const form = useSchemaForm(UserInput, (body) => api<User>('POST', '/api/v1/users', body), 'users');
  const change = useMutation({
    mutationFn: ({ user, patch }: { user: User; patch: { disabled: boolean } | { role: Role } }) =>
      api<User>('PATCH', `/api/v1/users/${encodeURIComponent(user.id)}`, patch),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('settings.users')}</h2>
      {change.isError && <ErrorMessage error={change.error} />}
      <Loaded query={users} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <SortableTable
            caption={t('settings.users')}
            rows={data.items}
            rowKey={(user) => user.id}
            columns={[
              { key: 'name', label: t('settings.name'), value: (user) => user.name },
              { key: 'email', label: t('settings.email'), value: (user) => user.email },
              {
                key: 'role',
                label: t('settings.role'),
                value: (user) => user.role,
                show: (user) => (
                  <label>
                    <span className="visually-hidden">{t('settings.roleOf', { name: user.name })}</span>
                    <select
                      value={user.role}
                      onChange={(e) => change.mutate({ user, patch: { role: e.target.value as Role } })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                ),
              },
              {
                key: 'since',
                label: t('settings.since'),
                value: (user) => user.createdAt,
                show: (user) => dateTime(user.createdAt, lang),
              },
              {
                key: 'access',
                label: t('settings.access'),
                value: (user) => String(user.disabled),
                show: (user) => (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => change.mutate({ user, patch: { disabled: !user.disabled } })}
                  >
                    {user.disabled ? t('settings.enable') : t('settings.disable')}
                  </button>
                ),
              },
            ]}
          />
        )}
      </Loaded>
      <details>
        <summary>{t('settings.userForm')}</summary>
        <form
          className="stack"
          onSubmit={(event) => {
            const data = new FormData(event.currentTarget);
            form.submit(event, {
              email: field(data, 'email').trim(),
              name: field(data, 'name'),
              role: field(data, 'role') as Role,
              password: field(data, 'password'),
            });
          }}
        >
          <label>
            {t('settings.name')}
            <input name="name" required />
          </label>
          <label>
            {t('settings.email')}
            <input name="email" type="email" required />
          </label>
          <RoleSelect />
          <label>
            {t('settings.password')}
            <input name="password" type="password" autoComplete="new-password" minLength={12} required />
          </label>
          <FormProblems fields={form.problems} />
          <button type="submit" disabled={form.mutation.isPending}>
            {t('settings.addUser')}
          </button>
          {form.mutation.isError && <ErrorMessage error={form.mutation.error} />}
        </form>
      </details>
    </section>
  );
}

function RoleSelect() {
  const { t } = useI18n();
  return (
    <label>
      {t('settings.role')}
      <select name="role" defaultValue="agent">
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Tokens() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: () => api<{ items: ApiToken[] }>('GET', '/api/v1/tokens'),
  });
  const form = useSchemaForm(
    ApiTokenInput,
    (body) => api<{ token: ApiToken; secret: string }>('POST', '/api/v1/tokens', body),
    'tokens',
  );
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/v1/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('settings.tokens')}</h2>
      {revoke.isError && <ErrorMessage error={revoke.error} />}
      <Loaded query={tokens} isEmpty={(d) => d.items.length === 0} empty={t('settings.noTokens')}>
        {(data) => (
          <SortableTable
            caption={t('settings.tokens')}
            rows={data.items}
            rowKey={(token) => token.id}
            columns={[
              { key: 'name', label: t('settings.name'), value: (token) => token.name },
              { key: 'role', label: t('settings.role'), value: (token) => t(`roles.${token.role}`) },
              {
                key: 'used',
                label: t('settings.lastUsed'),
                value: (token) => token.lastUsedAt ?? '',
                show: (token) => (token.lastUsedAt ? dateTime(token.lastUsedAt, lang) : '–'),
              },
              {
                key: 'access',
                label: t('settings.access'),
                value: (token) => token.revokedAt ?? '',
                show: (token) =>
                  token.revokedAt ? (
                    t('settings.revoked')
                  ) : (
                    <button type="button" className="secondary" onClick={() => revoke.mutate(token.id)}>
                      {t('settings.revoke')}
                    </button>
                  ),
              },
            ]}
          />
        )}
      </Loaded>
      <details>
        <summary>{t('settings.tokenForm')}</summary>
        <form
          className="stack"
          onSubmit={(event) => {
            const data = new FormData(event.currentTarget);
            form.submit(event, {
              name: field(data, 'name'),
              role: field(data, 'role') as Role,
            });
          }}
        >
          <label>
            {t('settings.name')}
            <input name="name" required />
          </label>
          <RoleSelect />
          <FormProblems fields={form.problems} />
          <button type="submit" disabled={form.mutation.isPending}>
            {t('settings.createToken')}
          </button>
          {form.mutation.isError && <ErrorMessage error={form.mutation.error} />}
        </form>
        {form.mutation.data && (
          <div className="secret" role="status">
            <p>{t('settings.secretOnce')}</p>
            <code>{form.mutation.data.secret}</code>
          </div>
        )}
      </details>
    </section>
  );
}
