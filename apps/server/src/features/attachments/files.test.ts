import { describe, expect, it } from 'vitest';
import { PNG_PIXEL } from '../../test/files.js';
import {
  attachmentsLabel,
  contentDisposition,
  hasSignatureOf,
  MAX_NAME_LENGTH,
  mediaType,
  safeFileName,
  servedType,
} from './files.js';

describe('file names from outside', () => {
  it('keep only the last path part, without control or invisible formatting characters', () => {
    expect(safeFileName('../../etc/passwd', 'text/plain')).toBe('passwd');
    expect(safeFileName('C:\\Users\\els\\foto scheur.jpg', 'image/jpeg')).toBe('foto scheur.jpg');
    expect(safeFileName('foto\u0000\r\n.jpg', 'image/jpeg')).toBe('foto.jpg');
    // A right-to-left override would show "factuur‮gpj.exe" as "factuurexe.jpg".
    expect(safeFileName('factuur\u202egpj.exe', 'application/octet-stream')).toBe('factuurgpj.exe');
    expect(safeFileName('  .verborgen  ', 'text/plain')).toBe('verborgen');
    expect(safeFileName('wat?<is>"dit"|*.txt', 'text/plain')).toBe('wat__is__dit___.txt');
    expect(safeFileName('scheur in de muur – voorkant.jpg', 'image/jpeg')).toBe(
      'scheur in de muur – voorkant.jpg',
    );
  });

  it('get a name for their type when they have none that is usable', () => {
    expect(safeFileName(undefined, 'image/png', 2)).toBe('bijlage-2.png');
    expect(safeFileName('', 'application/pdf')).toBe('bijlage-1.pdf');
    expect(safeFileName('../', 'image/jpeg; name=x')).toBe('bijlage-1.jpg');
    expect(safeFileName('\u0007\u200b', 'application/x-unknown', 3)).toBe('bijlage-3');
  });

  it('are cut to length before the extension, never inside a character', () => {
    const long = safeFileName(`${'🏠'.repeat(300)}.jpeg`, 'image/jpeg');
    expect(Array.from(long)).toHaveLength(MAX_NAME_LENGTH);
    expect(long.endsWith('🏠.jpeg')).toBe(true);
    expect(() => encodeURIComponent(long)).not.toThrow(); // no half of a character left
  });
});

describe('serving a file', () => {
  it('uses the declared type only when it is safe, else plain bytes', () => {
    expect(servedType('image/JPEG; name="a.jpg"')).toBe('image/jpeg');
    expect(servedType('application/pdf')).toBe('application/pdf');
    expect(servedType('text/html')).toBe('application/octet-stream');
    expect(servedType('image/svg+xml')).toBe('application/octet-stream');
    expect(servedType('application/xhtml+xml')).toBe('application/octet-stream');
    expect(mediaType('nonsense')).toBe('application/octet-stream');
  });

  it('names the file for any browser, as a download', () => {
    expect(contentDisposition('attachment', 'foto "scheur" één.jpg')).toBe(
      `attachment; filename="foto _scheur_ __n.jpg"; filename*=UTF-8''foto%20%22scheur%22%20%C3%A9%C3%A9n.jpg`,
    );
    expect(contentDisposition('inline', "it's (1).png")).toBe(
      `inline; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`,
    );
  });

  it('tells photos and PDFs by their first bytes', () => {
    expect(hasSignatureOf('image/png', PNG_PIXEL)).toBe(true);
    expect(hasSignatureOf('image/jpeg', PNG_PIXEL)).toBe(false);
    expect(hasSignatureOf('image/png', Buffer.from('<html><script>alert(1)</script>'))).toBe(false);
    expect(hasSignatureOf('application/pdf', Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(hasSignatureOf('image/webp', Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe(true);
    expect(hasSignatureOf('image/gif', Buffer.from('GIF89a'))).toBe(true);
    expect(hasSignatureOf('image/svg+xml', Buffer.from('<svg/>'))).toBe(false);
  });

  it('says how many files a message of only files has, in both languages', () => {
    expect(attachmentsLabel(1)).toBe('(1 bijlage / 1 attachment)');
    expect(attachmentsLabel(2)).toBe('(2 bijlagen / 2 attachments)');
  });
});
