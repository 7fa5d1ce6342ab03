import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../config.js';

describe('email settings', () => {
  it('are off unless configured', () => {
    expect(parseConfig({})).toMatchObject({
      smtpInboundPort: null,
      smtpInboundMaxBytes: 10240 * 1024,
      smtpOutboundUrl: null,
      mailFrom: 'Klantstem <klantstem@localhost>',
      attachmentMaxBytes: 10240 * 1024,
      attachmentMaxCount: 10,
    });
  });

  it('are read from the environment', () => {
    const config = parseConfig({
      SMTP_INBOUND_PORT: '2525',
      SMTP_INBOUND_HOST: '0.0.0.0',
      SMTP_INBOUND_MAX_KB: '512',
      SMTP_OUTBOUND_URL: 'smtp://127.0.0.1:2526',
      MAIL_FROM: 'Klantcontact <klantcontact@gemeente.nl>',
      ATTACHMENT_MAX_KB: '2048',
      ATTACHMENT_MAX_COUNT: '5',
    });
    expect(config).toMatchObject({
      attachmentMaxBytes: 2048 * 1024,
      attachmentMaxCount: 5,
      smtpInboundPort: 2525,
      smtpInboundHost: '0.0.0.0',
      smtpInboundMaxBytes: 512 * 1024,
      smtpOutboundUrl: 'smtp://127.0.0.1:2526',
      mailFrom: 'Klantcontact <klantcontact@gemeente.nl>',
    });
  });

  it('list every wrong value at once', () => {
    const wrong = {
      SMTP_INBOUND_PORT: 'mail',
      SMTP_OUTBOUND_URL: 'http://relay',
      SMTP_INBOUND_MAX_KB: '0',
      ATTACHMENT_MAX_KB: '-1',
      ATTACHMENT_MAX_COUNT: 'tien',
    };
    const problems = (() => {
      try {
        parseConfig(wrong);
      } catch (error) {
        return error instanceof ConfigError ? error.problems : [];
      }
      return [];
    })();
    expect(problems).toHaveLength(5);
  });
});
