import type { CustomerConversationView } from '@klantstem/contracts';
import { FILE_NAME_HEADER } from '@klantstem/contracts/limits';

export type ConversationView = CustomerConversationView;

/** What went wrong, in the terms the visitor is told about (see messages.ts). */
export type Problem =
  'network' | 'rate_limited' | 'too_long' | 'invalid' | 'not_found' | 'server' | 'file_type' | 'file_too_big';

export class WidgetError extends Error {
  constructor(
    readonly problem: Problem,
    /** For file_too_big: the largest file the server takes, when it said so. */
    readonly maxBytes?: number,
  ) {
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

  async function call<T>(path: string, init: RequestInit, upload = false): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url(path), { ...init, credentials: 'omit', cache: 'no-store' });
    } catch {
      throw new WidgetError('network');
    }
    if (upload && response.status === 415) throw new WidgetError('file_type');
    if (upload && response.status === 413) {
      const body = (await response.json().catch(() => null)) as {
        error?: { details?: { maxBytes?: unknown } };
      } | null;
      const max = body?.error?.details?.maxBytes;
      throw new WidgetError('file_too_big', typeof max === 'number' ? max : undefined);
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
    /** Adds a photo or PDF as the visitor's message: the file is the body, its name a header. */
    upload: (session: Session, file: File) =>
      call<ConversationView>(
        `${conversation(session)}/attachments`,
        {
          method: 'POST',
          headers: {
            'content-type': file.type,
            [FILE_NAME_HEADER]: encodeURIComponent(file.name),
            ...tokenHeader(session),
          },
          body: file,
        },
        true,
      ),
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
