// Plain constants with no schema library behind them, so the chat widget's small bundle can share
// them (as @klantstem/contracts/limits) without pulling in TypeBox.

/** Longest message body; a longer one is refused (never cut), so nobody's words get lost quietly. */
export const MAX_MESSAGE_BODY = 20_000;

/**
 * What a chat visitor may add to a conversation: photos and PDFs. Other files (a web page, an SVG,
 * a program) are refused with 415, so nothing that runs in a browser arrives by the widget.
 */
export const VISITOR_ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
] as const;

/**
 * The header that carries an uploaded file's name, percent-encoded UTF-8 (encodeURIComponent), as
 * headers cannot carry every character a name may have.
 */
export const FILE_NAME_HEADER = 'x-file-name';
