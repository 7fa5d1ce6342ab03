/**
 * What customers say about one intent, as templates for `fill`. Customers' lines use `{v:…}` so
 * their own words for official terms come in; staff notes lean on the official terms.
 */
export interface IntentTexts {
  /** First person, Dutch, in customers' words. */
  nl: string[];
  /** Extra lines that only make sense in a period (after the quake, in winter, before a deadline). */
  timed?: { when: (at: number) => boolean; nl: string[] }[];
  /** A call or a visit to the counter as written down by staff, third person. */
  note: string[];
  /** Expats writing in English. */
  en: string[];
  /** E-mail subject lines. */
  subject: string[];
}
