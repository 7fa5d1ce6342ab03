import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../config.js';

describe('email settings', () => {
  it('are off unless configured', () => {
    expect(parseConfig({})).toMatchObject({
      smtpInboundPort: null,
      smtpInboundMaxBytes: 10240 * 1024,
      smtpOutboundUrl: null,
      mailFrom: 'Klantstem <klantstem@localhost>',
    });
  });

  it('are read from the environment', () => {
    const config = parseConfig({
      SMTP_INBOUND_PORT: '2525',
      SMTP_INBOUND_HOST: '0.0.0.0',
      SMTP_INBOUND_MAX_KB: '512',
      SMTP_OUTBOUND_URL: 'smtp://127.0.0.1:2526',
      MAIL_FROM: 'Klantcontact <klantcontact@gemeente.nl>',
    });
    expect(config).toMatchObject({
      smtpInboundPort: 2525,
      smtpInboundHost: '0.0.0.0',
      smtpInboundMaxBytes: 512 * 1024,
      smtpOutboundUrl: 'smtp://127.0.0.1:2526',
      mailFrom: 'Klantcontact <klantcontact@gemeente.nl>',
    });
  });

  it('list every wrong value at once', () => {
    const wrong = { SMTP_INBOUND_PORT: 'mail', SMTP_OUTBOUND_URL: 'http://relay', SMTP_INBOUND_MAX_KB: '0' };
    const problems = (() => {
      try {
        parseConfig(wrong);
      } catch (error) {
        return error instanceof ConfigError ? error.problems : [];
      }
      return [];
    })();
    expect(problems).toHaveLength(3);
  });
});
