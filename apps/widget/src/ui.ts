import { VISITOR_ATTACHMENT_TYPES } from '@klantstem/contracts/limits';
import type { ChatMessage } from './merge.js';
import { CSS } from './styles.js';
import { fileSize, type Texts } from './messages.js';

type Attributes = Record<string, string>;

/** A small element factory; text always goes in as text, never as markup. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export interface UiHandlers {
  submit(text: string): void;
  /** The visitor asks for replies by email too; `valid` is the browser's own check of the address. */
  email(address: string, valid: boolean): void;
  /** The visitor picked a photo or PDF to add. */
  attach(file: File): void;
}

/** The email offer: not offered, a small form, or the confirmation that replies go by mail too. */
export type EmailOffer = 'none' | 'form' | 'done';

/**
 * The widget's DOM in an open shadow root (open, so accessibility tools can look inside): a launcher
 * button and a non-modal dialog with the conversation, a message box and three notes — an alert for
 * errors, a polite status for the connection and one that says replies also go by email — and,
 * once the conversation has started, an optional email form. Returns the operations the
 * controller needs.
 */
export function renderUi(host: HTMLElement, t: Texts, lang: string, handlers: UiHandlers) {
  const shadow = host.attachShadow({ mode: 'open' });
  // A constructed sheet is not inline markup, so a host page's CSP against inline styles allows it.
  // (Browsers from before 2023 lack constructed sheets and get a style element.)
  if (typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.append(h('style', {}, CSS));
  }

  const launcher = h(
    'button',
    {
      type: 'button',
      class: 'launcher',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      'aria-controls': 'ks-panel',
    },
    t.launcher,
  );
  const contact = h('p', { hidden: '' });
  const close = h('button', { type: 'button', class: 'close', 'aria-label': t.close }, '×');
  const list = h('ol');
  const log = h(
    'div',
    { class: 'log', role: 'log', 'aria-label': t.conversation, tabindex: '0' },
    h('p', { class: 'intro' }, t.intro),
    list,
  );
  const error = h('p', { class: 'note error', role: 'alert' });
  const status = h('p', { class: 'note status', role: 'status' });
  const label = h('label', { for: 'ks-input' }, t.firstLabel);
  const input = h('textarea', { id: 'ks-input', 'aria-describedby': 'ks-hint', rows: '3' });
  const send = h('button', { type: 'submit', class: 'send' }, t.send);
  // A plain button opens the browser's own file picker; the input itself stays out of sight.
  const file = h('input', {
    type: 'file',
    accept: VISITOR_ATTACHMENT_TYPES.join(','),
    hidden: '',
    tabindex: '-1',
  });
  const attach = h('button', { type: 'button', class: 'attach', hidden: '' }, t.attach);
  const form = h(
    'form',
    {},
    label,
    input,
    h('p', { class: 'hint', id: 'ks-hint' }, t.hint),
    h('div', { class: 'actions' }, attach, file, send),
  );
  // Optional and out of the way: a disclosure that opens a one-field form. novalidate: the widget
  // says what is wrong in its own words (in the page's language), as for the message.
  const emailInput = h('input', {
    id: 'ks-email',
    type: 'email',
    autocomplete: 'email',
    spellcheck: 'false',
    maxlength: '254',
  });
  const emailSend = h('button', { type: 'submit', class: 'send' }, t.emailSend);
  const emailForm = h(
    'form',
    { novalidate: '' },
    h('label', { for: 'ks-email' }, t.emailLabel),
    h('div', { class: 'row' }, emailInput, emailSend),
  );
  const emailOffer = h('details', { class: 'email', hidden: '' }, h('summary', {}, t.emailAsk), emailForm);
  // A live region that is there from the start, so the confirmation is read out when it appears.
  const emailDone = h('p', { class: 'note done', role: 'status' });
  const panel = h(
    'div',
    { id: 'ks-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'ks-title', hidden: '' },
    h('header', {}, h('div', {}, h('h2', { id: 'ks-title' }, t.title), contact), close),
    log,
    error,
    status,
    emailDone,
    emailOffer,
    form,
  );
  shadow.append(h('div', { class: 'root', lang }, launcher, panel));

  const nodes = new Map<string, HTMLLIElement>();
  const isOpen = () => !panel.hidden;
  const setUnread = (value: boolean) => {
    launcher.classList.toggle('unread', value);
    launcher.textContent = value ? t.launcherUnread : t.launcher;
  };

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    setUnread(false);
    log.scrollTop = log.scrollHeight;
    input.focus();
  }
  function hide() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', () => (isOpen() ? hide() : open()));
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    handlers.submit(input.value);
  });
  attach.addEventListener('click', () => {
    if (attach.getAttribute('aria-disabled') !== 'true') file.click();
  });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    // Emptied at once, so picking the same file again is a change too.
    file.value = '';
    if (picked) handlers.attach(picked);
  });
  emailForm.addEventListener('submit', (event) => {
    event.preventDefault();
    handlers.email(emailInput.value, emailInput.checkValidity());
  });

  // "Wij" for every reply: a colleague may answer too, and the header names the contact person.
  function item(message: ChatMessage): HTMLLIElement {
    const time = new Date(message.createdAt).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    const when = h('time', { datetime: message.createdAt }, time);
    const who = h('span', { class: 'who' }, message.from === 'you' ? t.you : t.us, ' · ', when);
    const body = h('p', { class: 'body' });
    body.textContent = message.body;
    const files = message.attachments.map((a) =>
      h('p', { class: 'file' }, `${t.attachment}${a.name} (${fileSize(a.size, lang)})`),
    );
    return h('li', { class: message.from }, who, body, ...files);
  }

  /** Once the conversation has started: the email form, or the word that replies go by mail too. */
  function showEmailOffer(offer: EmailOffer) {
    const hadFocus = emailOffer.contains(shadow.activeElement);
    emailOffer.hidden = offer !== 'form';
    // Only a change is written, so the live region speaks once, not at every reload.
    const done = offer === 'done' ? t.emailDone : '';
    if (emailDone.textContent !== done) emailDone.textContent = done;
    // The form the focus was in is gone: carry on where the visitor writes.
    if (hadFocus && offer !== 'form') input.focus();
  }

  return {
    /**
     * Adds the messages not shown yet in their place; the ones shown stay as they are. A reply that
     * arrives while the panel is closed marks the launcher, unless it is being `restored` (page reload).
     */
    /** `who`: the line under the title that names the person the visitor deals with. */
    showMessages(messages: readonly ChatMessage[], who: string | null, restored: boolean) {
      contact.hidden = who === null;
      contact.textContent = who ?? '';
      let next: HTMLLIElement | null = null;
      let added = false;
      for (let i = messages.length - 1; i >= 0; i -= 1) {
        const message = messages[i]!;
        let node = nodes.get(message.id);
        if (!node) {
          node = item(message);
          nodes.set(message.id, node);
          list.insertBefore(node, next);
          added = true;
          if (message.from === 'us' && !restored && !isOpen()) setUnread(true);
        }
        next = node;
      }
      if (added) log.scrollTop = log.scrollHeight;
      label.textContent = messages.length > 0 ? t.replyLabel : t.firstLabel;
      // A file goes with a conversation, so the button shows once there is one.
      attach.hidden = messages.length === 0;
    },
    /** Forgets every message shown (the conversation is gone) and asks for a new question. */
    reset() {
      nodes.clear();
      list.replaceChildren();
      contact.hidden = true;
      label.textContent = t.firstLabel;
      attach.hidden = true;
      showEmailOffer('none');
    },
    showEmailOffer,
    setEmailBusy(busy: boolean) {
      emailSend.setAttribute('aria-disabled', String(busy));
    },
    setError(text: string | null) {
      error.textContent = text ?? '';
    },
    setStatus(text: string | null) {
      status.textContent = text ?? '';
    },
    /** aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */
    setBusy(busy: boolean) {
      send.setAttribute('aria-disabled', String(busy));
      attach.setAttribute('aria-disabled', String(busy));
    },
    clearInput() {
      input.value = '';
    },
  };
}

export type WidgetUi = ReturnType<typeof renderUi>;
