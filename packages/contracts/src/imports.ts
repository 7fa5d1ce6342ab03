import { Type, type Static } from '@sinclair/typebox';

export const IMPORT_KINDS = ['customers', 'signals', 'articles', 'searches', 'labels'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ImportSummary = Type.Object({
  imported: Type.Integer({ description: 'New records stored' }),
  updated: Type.Integer({ description: 'Existing records whose content changed (articles, customers)' }),
  skipped: Type.Integer({ description: 'Lines not stored: duplicates plus lines with errors' }),
  duplicates: Type.Integer({ description: 'Lines already stored by an earlier import' }),
  lines: Type.Integer(),
  errors: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
  errorCount: Type.Integer({ description: 'All errors; the errors list stops at the first 1000' }),
});
export type ImportSummary = Static<typeof ImportSummary>;
