import type { CustomerConversationView } from '@klantstem/contracts';

export type ConversationView = CustomerConversationView;

/** What went wrong, in the terms the visitor is told about (see messages.ts). */
export type Problem = 'network' | 'rate_limited' | 'too_long' | 'invalid' | 'not_found' | 'server';

export class WidgetError extends Error {
  constructor(readonly problem: Problem) {
    super(problem);
  }
}

/** A visitor's hold on their conversation; the token opens this one conversation only. */
export interface Session {
  id: string;
  token: string;
}

function problemOf(status: number): Problem {
  if (status === 429) return 'rate_limited';
  if (status === 413) return 'too_long';
  if (status === 400) return 'invalid';
  // A wrong token and an unknown conversation get the same answer from the server.
  if (status === 401 || status === 404) return 'not_found';
  return 'server';
}

/**
 * The customer API of the Klantstem server at `base`. The token travels in a header, never in an
 * address, so it stays out of access logs and browser history.
 */
export function customerApi(base: URL) {
  const url = (path: string) => new URL(`api/v1/customer/conversations${path}`, base);
  const tokenHeader = (session: Session) => ({ 'x-conversation-token': session.token });
  const jsonHeader = { 'content-type': 'application/json' };

  async function call<T>(path: string, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url(path), { ...init, credentials: 'omit', cache: 'no-store' });
    } catch {
      throw new WidgetError('network');
    }
    if (!response.ok) throw new WidgetError(problemOf(response.status));
    return (await response.json()) as T;
  }
  const conversation = (session: Session) => `/${encodeURIComponent(session.id)}`;

  return {
    start: (message: string) =>
      call<{ conversation: ConversationView; customerToken: string }>('', {
        method: 'POST',
        headers: jsonHeader,
        body: JSON.stringify({ message }),
      }),
    read: (session: Session) =>
      call<ConversationView>(conversation(session), { headers: tokenHeader(session) }),
    send: (session: Session, body: string) =>
      call<ConversationView>(`${conversation(session)}/messages`, {
        method: 'POST',
        headers: { ...jsonHeader, ...tokenHeader(session) },
        body: JSON.stringify({ body }),
      }),
    /** Asks for our replies by mail too; the answer says so, without the address. */
    replyByEmail: (session: Session, email: string) =>
      call<ConversationView>(`${conversation(session)}/email`, {
        method: 'POST',
        headers: { ...jsonHeader, ...tokenHeader(session) },
        body: JSON.stringify({ email }),
      }),
    /** The live stream as a plain response: EventSource cannot send the token header. */
    events: (session: Session, signal: AbortSignal) =>
      fetch(url(`${conversation(session)}/events`), {
        headers: { ...tokenHeader(session), accept: 'text/event-stream' },
        credentials: 'omit',
        cache: 'no-store',
        signal,
      }),
  };
}

export type CustomerApi = ReturnType<typeof customerApi>;
