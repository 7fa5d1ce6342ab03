import { describe, expect, it } from 'vitest';
import { withoutQuotedHistory } from './text.js';

describe('withoutQuotedHistory', () => {
  it('cuts an English attribution and the quote under it', () => {
    const mail =
      'Thursday suits me.\n\nOn Tue, 1 Dec 2026 at 10:00, Support <s@x.nl> wrote:\n> When?\n>\n> Anna';
    expect(withoutQuotedHistory(mail)).toBe('Thursday suits me.');
  });

  it('cuts a Dutch attribution wrapped over two lines', () => {
    const mail =
      'Donderdag past.\r\n\r\nOp di 1 dec 2026 om 10:00 schreef Klantcontact\r\n<k@gemeente.nl>:\r\n\r\n> Wanneer?';
    expect(withoutQuotedHistory(mail)).toBe('Donderdag past.');
  });

  it('drops quoted lines between the customer’s own answers', () => {
    expect(withoutQuotedHistory('> Wanneer kunt u?\nDonderdag.\n> En het adres?\nDorpsstraat 1.')).toBe(
      'Donderdag.\nDorpsstraat 1.',
    );
  });

  it('keeps an attribution-like line that the customer’s own text follows', () => {
    const mail = 'On Monday I wrote:\nthe crack is wider now.';
    expect(withoutQuotedHistory(mail)).toBe(mail);
  });

  it('keeps a mail that is nothing but a quote as it was', () => {
    expect(withoutQuotedHistory('> only a quote\n')).toBe('> only a quote');
  });
});
