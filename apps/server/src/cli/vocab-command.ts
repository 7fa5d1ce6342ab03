import { CLI_ACTOR } from '../features/auth/actor.js';
import { decidePair } from '../features/glossary/service.js';
import { jargonCheck, vocabGaps, vocabSuggestions } from '../features/vocab/service.js';
import { COMMON_OPTIONS, parse, UsageError } from './args.js';
import { withContext } from './context.js';

export const VOCAB_USAGE = `  vocab suggest [--limit N]          customers' words for official terms, found in the data
  vocab gaps [--limit N]             terms that find nothing, and official terms nobody uses
  vocab approve "<customer term>" "<official term>" [--kind synonym|spelling] [--lang nl|en]
  vocab reject "<customer term>" "<official term>"
  vocab check "<draft text>"         the words of a draft customers rarely use`;

/** `klantstem vocab …`: JSON on standard output, in the shapes of the API. */
export async function vocabCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    ...COMMON_OPTIONS,
    limit: { type: 'string', default: '50' },
    kind: { type: 'string', default: 'synonym' },
    lang: { type: 'string', default: 'nl' },
  });
  const [action, ...rest] = positionals;
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a whole number above 0, got "${values.limit}"`);
  const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

  switch (action) {
    case 'suggest':
      print(await withContext(values.db, (ctx) => vocabSuggestions(ctx, limit)));
      return 0;
    case 'gaps':
      print(await withContext(values.db, (ctx) => vocabGaps(ctx, limit)));
      return 0;
    case 'check': {
      const draft = rest.join(' ');
      if (!draft.trim()) throw new UsageError('Give the draft to check: klantstem vocab check "<text>"');
      print(await withContext(values.db, (ctx) => jargonCheck(ctx, draft)));
      return 0;
    }
    case 'approve':
    case 'reject': {
      const [customerTerm, officialTerm] = rest;
      if (!customerTerm?.trim() || !officialTerm?.trim() || rest.length !== 2) {
        throw new UsageError(`Use: klantstem vocab ${action} "<customer term>" "<official term>"`);
      }
      if (values.kind !== 'synonym' && values.kind !== 'spelling')
        throw new UsageError('--kind must be synonym or spelling');
      if (values.lang !== 'nl' && values.lang !== 'en') throw new UsageError('--lang must be nl or en');
      const status = action === 'approve' ? 'approved' : 'rejected';
      print(
        await withContext(values.db, (ctx) =>
          decidePair(ctx, CLI_ACTOR, {
            customerTerm,
            officialTerm,
            status,
            kind: values.kind,
            lang: values.lang,
          }),
        ),
      );
      return 0;
    }
    default:
      throw new UsageError('Use: klantstem vocab suggest|gaps|approve|reject|check');
  }
}
