import { HelpSearchInput } from '@klantstem/contracts';
import { searchHelp } from '../features/help/service.js';
import { compileValidator } from '../schema/validate.js';
import { COMMON_OPTIONS, parse, UsageError } from './args.js';
import { withContext } from './context.js';

export const SEARCH_USAGE = `  search "<query>" [--limit N]       search the help centre as a visitor would (the search is logged)`;

const validate = compileValidator(HelpSearchInput);

/** `klantstem search`: the API's search, checked by the same rules, printed as JSON. */
export async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...COMMON_OPTIONS, limit: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('Use: klantstem search "<query>" [--limit N]');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const input = { query: positionals[0], ...(limit !== undefined && { limit }) };
  if (!validate.check(input)) {
    throw new UsageError(
      validate
        .problems(input)
        .map((p) => p.message.replace('field "limit"', '--limit'))
        .join('\n'),
    );
  }
  const result = await withContext(values.db, (ctx) => searchHelp(ctx, input, 'cli'));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
