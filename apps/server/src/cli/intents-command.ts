import { MAX_INTENT_TEXT } from '@klantstem/contracts';
import { CLI_ACTOR } from '../features/auth/actor.js';
import {
  evaluateActiveModel,
  predictIntent,
  rollbackModel,
  trainAndActivate,
} from '../features/intents/service.js';
import { COMMON_OPTIONS, parse, UsageError } from './args.js';
import { withContext } from './context.js';
import { readLabelledFile } from './labelled-data.js';

export const INTENTS_USAGE = `  intents train [--data F] [--text-column C --label-column C] [--target-precision P]
                                     train the router (default: the workspace's labelled questions)
  intents eval --data F              score the active model on labelled data (label "oos" = out of scope)
  intents predict "<text>"           where a question goes: intent, team, confidence, top 3
  intents rollback                   route with the model before the active one again`;

/** `klantstem intents …`: prints JSON, as the scripts that call it expect. */
export async function intentsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    ...COMMON_OPTIONS,
    data: { type: 'string' },
    'text-column': { type: 'string', default: 'text' },
    'label-column': { type: 'string', default: 'label' },
    'target-precision': { type: 'string' },
  });
  const [action, ...rest] = positionals;
  const columns = { text: values['text-column'], label: values['label-column'] };
  const data = values.data;
  const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

  switch (action) {
    case 'train': {
      const target = values['target-precision'];
      const targetPrecision = target === undefined ? undefined : Number(target);
      if (targetPrecision !== undefined && !(targetPrecision > 0 && targetPrecision <= 1)) {
        throw new UsageError(`--target-precision must be a number above 0 and at most 1, got "${target}"`);
      }
      const examples = data === undefined ? undefined : readLabelledFile(data, columns);
      print(
        await withContext(values.db, (ctx) =>
          trainAndActivate(ctx, CLI_ACTOR, {
            ...(examples && { examples, source: `file:${data}` }),
            ...(targetPrecision !== undefined && { targetPrecision }),
          }),
        ),
      );
      return 0;
    }
    case 'eval': {
      if (data === undefined) throw new UsageError('Name the labelled data to score with --data <file>.');
      const examples = readLabelledFile(data, columns);
      print(await withContext(values.db, (ctx) => evaluateActiveModel(ctx, examples)));
      return 0;
    }
    case 'predict': {
      const text = rest.join(' ').trim();
      if (!text) throw new UsageError('Give the question to route: klantstem intents predict "<text>"');
      if (text.length > MAX_INTENT_TEXT)
        throw new UsageError(`The text is longer than ${MAX_INTENT_TEXT} characters.`);
      print(await withContext(values.db, (ctx) => predictIntent(ctx, text)));
      return 0;
    }
    case 'rollback':
      print(await withContext(values.db, (ctx) => rollbackModel(ctx, CLI_ACTOR)));
      return 0;
    default:
      throw new UsageError('Use: klantstem intents train|eval|predict|rollback');
  }
}
