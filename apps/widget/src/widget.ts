import { MAX_MESSAGE_BODY, VISITOR_ATTACHMENT_TYPES } from '@klantstem/contracts/limits';
import { customerApi, WidgetError, type ConversationView, type Session } from './api.js';
import { keepLive } from './live.js';
import { mergeMessages, type ChatMessage } from './merge.js';
import { fileSize, TEXTS, type Lang } from './messages.js';
import { sessionStorageFor } from './storage.js';
import { renderUi } from './ui.js';

/**
 * The chat widget on a host page, talking to the Klantstem server at `base`. Every event on the
 * live stream, and every (re)opening of it, reloads the conversation and merges it by message id:
 * the stream only says that something changed, so a missed event costs nothing.
 */
export function mountWidget(host: HTMLElement, base: URL, lang: Lang): void {
  const t = TEXTS[lang];
  const api = customerApi(base);
  const store = sessionStorageFor(`klantstem-chat:${base.href}`);
  let session = store.load();
  let messages: ChatMessage[] = [];
  let stopLive = () => {};
  let busy = false;
  // The first load after a page reload restores what the visitor saw; it is no news to them.
  let restored = session !== null;

  const ui = renderUi(host, t, lang, {
    submit: (text) => void submit(text),
    email: (address, valid) => void replyByEmail(address, valid),
    attach: (file) => void attachFile(file),
  });

  // The largest file the server takes, as it last said: a bigger one is refused before sending.
  let maxBytes = Infinity;
  const show = (view: ConversationView) => {
    maxBytes = view.attachmentMaxBytes;
    messages = mergeMessages(messages, view.messages);
    // Their own contact person when they have one, else whoever has the conversation now.
    const who = view.contactPerson
      ? t.contact + view.contactPerson.name
      : view.handledBy && t.handledBy + view.handledBy.name;
    ui.showMessages(messages, who, restored);
    ui.showEmailOffer(view.replyByEmail ? 'done' : view.replyByEmailOffered ? 'form' : 'none');
    restored = false;
  };

  /** The conversation cannot be opened any more: start afresh rather than fail forever. */
  function forget() {
    stopLive();
    store.clear();
    session = null;
    messages = [];
    ui.reset();
    ui.setStatus(null);
  }

  function report(error: unknown) {
    const problem = error instanceof WidgetError ? error.problem : 'server';
    if (problem === 'not_found') forget();
    const max = error instanceof WidgetError ? error.maxBytes : undefined;
    ui.setError(max ? `${t[problem]} ${t.maxSize.replace('{max}', fileSize(max, lang))}` : t[problem]);
  }

  // One reload at a time; events that arrive meanwhile ask for exactly one more.
  let reloading = false;
  let again = false;
  async function reload() {
    if (reloading) {
      again = true;
      return;
    }
    reloading = true;
    try {
      do {
        again = false;
        if (session) show(await api.read(session));
      } while (again);
      ui.setStatus(null);
    } catch (error) {
      // Only a lost conversation needs the visitor's attention; anything else the next event or
      // reconnect repairs, so it is a quiet status rather than an alert.
      if (error instanceof WidgetError && error.problem !== 'not_found') ui.setStatus(t[error.problem]);
      else report(error);
    } finally {
      reloading = false;
    }
  }

  function goLive(current: Session) {
    stopLive = keepLive({
      open: (signal) => api.events(current, signal),
      onOpen: () => {
        ui.setStatus(null);
        void reload();
      },
      onEvent: () => void reload(),
      onDown: () => ui.setStatus(t.reconnecting),
    });
  }

  /** One request of the message box at a time: busy meanwhile; a problem is told, success clears it. */
  async function whileBusy(work: () => Promise<void>) {
    busy = true;
    ui.setBusy(true);
    try {
      await work();
      ui.setError(null);
    } catch (error) {
      // Typed words stay in the box, so nothing is lost when the visitor tries again.
      report(error);
    } finally {
      busy = false;
      ui.setBusy(false);
    }
  }

  async function submit(text: string) {
    if (busy) return;
    if (text.trim() === '') return ui.setError(t.empty);
    if (text.length > MAX_MESSAGE_BODY) return ui.setError(t.too_long);
    await whileBusy(async () => {
      if (session) {
        show(await api.send(session, text));
      } else {
        const started = await api.start(text);
        session = { id: started.conversation.id, token: started.customerToken };
        store.save(session);
        show(started.conversation);
        goLive(session);
      }
      ui.clearInput();
    });
  }

  /** A photo or PDF becomes the visitor's message; another kind of file is refused before sending. */
  async function attachFile(file: File) {
    const current = session;
    if (!current || busy) return;
    if (!(VISITOR_ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return ui.setError(t.file_type);
    if (file.size > maxBytes) return report(new WidgetError('file_too_big', maxBytes));
    ui.setStatus(t.uploading);
    await whileBusy(async () => show(await api.upload(current, file)));
    ui.setStatus(null);
  }

  let emailBusy = false;
  /** Replies by email too, once the conversation has started (the offer shows only then). */
  async function replyByEmail(address: string, valid: boolean) {
    const email = address.trim();
    if (!session || emailBusy) return;
    if (email === '') return ui.setError(t.emailEmpty);
    if (!valid) return ui.setError(t.emailWrong);
    emailBusy = true;
    ui.setEmailBusy(true);
    try {
      show(await api.replyByEmail(session, email));
      ui.setError(null);
    } catch (error) {
      if (error instanceof WidgetError && error.problem === 'invalid') ui.setError(t.emailWrong);
      else report(error);
    } finally {
      emailBusy = false;
      ui.setEmailBusy(false);
    }
  }

  if (session) {
    void reload();
    goLive(session);
  }
}
