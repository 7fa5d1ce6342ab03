import type { FormEvent, ReactNode } from 'react';
import { LanguageSwitch } from '../shared/LanguageSwitch';

/** The page around the sign-in and setup forms: language first, then one form with its error. */
export function Door({
  title,
  intro,
  error,
  busy,
  submitLabel,
  onSubmit,
  children,
}: {
  title: string;
  intro?: string;
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <main className="sign-in" id="main">
      <div className="sign-in-top">
        <LanguageSwitch />
      </div>
      <h1>{title}</h1>
      {intro && <p>{intro}</p>}
      <form onSubmit={onSubmit} className="stack" noValidate>
        {children}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </form>
    </main>
  );
}
