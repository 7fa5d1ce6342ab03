import { MAX_MESSAGE_BODY } from '@klantstem/contracts/limits';
import type { Problem } from './api.js';

const limit = (lang: string) => MAX_MESSAGE_BODY.toLocaleString(lang);

/** A file size as people read it: "1,2 MB" or "350 kB" (1 kB = 1024 bytes). */
export function fileSize(bytes: number, lang: string): string {
  const mb = bytes / 1048576;
  return mb >= 1
    ? `${mb.toLocaleString(lang, { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(lang)} kB`;
}

// Plain Dutch (B1) first; English says the same. Problems are keyed by their code in api.ts.
const nl = {
  launcher: 'Stel een vraag',
  launcherUnread: 'Stel een vraag (nieuw antwoord)',
  title: 'Chat met ons',
  close: 'Sluiten',
  intro: 'Schrijf wat u wilt weten. Een medewerker leest uw vraag en antwoordt hier.',
  firstLabel: 'Stel uw vraag in uw eigen woorden',
  replyLabel: 'Uw bericht',
  send: 'Versturen',
  you: 'U',
  us: 'Wij',
  contact: 'Uw contactpersoon: ',
  handledBy: 'U wordt geholpen door ',
  conversation: 'Gesprek',
  hint: 'Enter verstuurt, Shift+Enter maakt een nieuwe regel.',
  reconnecting: 'De verbinding is even weg. We proberen het opnieuw.',
  empty: 'Typ eerst uw vraag.',
  network: 'Er is geen verbinding. Kijk of uw internet werkt en probeer het opnieuw.',
  rate_limited: 'U stuurt veel berichten kort na elkaar. Wacht een minuut en probeer het dan opnieuw.',
  too_long: `Uw bericht is te lang. Gebruik niet meer dan ${limit('nl')} tekens.`,
  invalid: 'We kunnen dit bericht niet versturen. Pas het aan en probeer het opnieuw.',
  not_found: 'Uw eerdere gesprek is niet meer te vinden. U kunt een nieuwe vraag stellen.',
  server: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.',
  emailAsk: 'Wilt u het antwoord ook per e-mail?',
  emailLabel: 'Uw e-mailadres',
  emailSend: 'Ook per e-mail',
  emailDone: 'We sturen ons antwoord ook naar uw e-mail.',
  emailEmpty: 'Vul eerst uw e-mailadres in.',
  emailWrong: 'Dit e-mailadres klopt niet. Kijk of u het goed hebt getypt, zoals naam@voorbeeld.nl.',
  attach: 'Foto of pdf toevoegen',
  attachment: 'Bijlage: ',
  uploading: 'Uw bestand wordt verstuurd…',
  file_type: 'Dit soort bestand kunt u niet sturen. Kies een foto (JPG, PNG, WebP of GIF) of een pdf.',
  file_too_big: 'Dit bestand is te groot. Kies een kleinere foto of pdf.',
  maxSize: 'Een bestand mag niet groter zijn dan {max}.',
} satisfies Record<Problem, string> & Record<string, string>;

export type Texts = { readonly [K in keyof typeof nl]: string };

const en: Texts = {
  launcher: 'Ask a question',
  launcherUnread: 'Ask a question (new reply)',
  title: 'Chat with us',
  close: 'Close',
  intro: 'Write what you want to know. Someone from our team reads your question and answers here.',
  firstLabel: 'Ask your question in your own words',
  replyLabel: 'Your message',
  send: 'Send',
  you: 'You',
  us: 'Us',
  contact: 'Your contact person: ',
  handledBy: 'You are helped by ',
  conversation: 'Conversation',
  hint: 'Enter sends, Shift+Enter starts a new line.',
  reconnecting: 'The connection is gone for a moment. We are trying again.',
  empty: 'Type your question first.',
  network: 'There is no connection. Check that your internet works and try again.',
  rate_limited: 'You are sending many messages in a short time. Wait a minute, then try again.',
  too_long: `Your message is too long. Use no more than ${limit('en')} characters.`,
  invalid: 'We cannot send this message. Change it and try again.',
  not_found: 'Your earlier conversation can no longer be found. You can ask a new question.',
  server: 'Something went wrong on our side. Try again in a few minutes.',
  emailAsk: 'Want the reply by email too?',
  emailLabel: 'Your email address',
  emailSend: 'By email too',
  emailDone: 'We will also send our reply to your email.',
  emailEmpty: 'Fill in your email address first.',
  emailWrong: 'This email address is not right. Check how you typed it, like name@example.com.',
  attach: 'Add a photo or PDF',
  attachment: 'Attachment: ',
  uploading: 'Sending your file…',
  file_type: 'You cannot send this kind of file. Choose a photo (JPG, PNG, WebP or GIF) or a PDF.',
  file_too_big: 'This file is too big. Choose a smaller photo or PDF.',
  maxSize: 'A file can be no bigger than {max}.',
};

export type Lang = 'nl' | 'en';

/** English when the host page says it is in English, Dutch otherwise. */
export function pageLanguage(doc: Document): Lang {
  return doc.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export const TEXTS: Record<Lang, Texts> = { nl, en };
