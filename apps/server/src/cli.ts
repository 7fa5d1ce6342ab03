import { readFileSync } from 'node:fs';
import { ROLES, type Role } from '@klantstem/contracts';
import { COMMON_OPTIONS, parse, UsageError } from './cli/args.js';
import { withContext } from './cli/context.js';
import { importFile, parseKind } from './cli/import-command.js';
import { INTENTS_USAGE, intentsCommand } from './cli/intents-command.js';
import { SEARCH_USAGE, searchCommand } from './cli/search-command.js';
import { VOCAB_USAGE, vocabCommand } from './cli/vocab-command.js';
import { ConfigError, parseConfig } from './config.js';
import { AppError } from './http/errors.js';
import { CLI_ACTOR } from './features/auth/actor.js';
import { createToken } from './features/tokens/service.js';
import { createUser } from './features/users/service.js';
import { randomSecret } from './platform/secrets.js';
import { closeOnSignals, startServer } from './server.js';

const USAGE = `Usage: klantstem <command> [options]

Commands:
  serve [--port N] [--host H]        serve the API on http://localhost:3000
  demo [--seed N]                    load the demo workspace (safe to run again)
  import <kind> <file|->             import customers, signals, articles, searches or labels
                                     from .jsonl or .csv (--format jsonl|csv for standard input)
  user create --email E --name N [--admin | --role admin|agent|analyst] [--password-stdin]
  token create --name N --role R     create an API token for an integration
  migrate                            bring the database schema up to date
${SEARCH_USAGE}
${INTENTS_USAGE}
${VOCAB_USAGE}

Every command takes --db <url> (default sqlite:./data/klantstem.db, or postgres://…) and --json.`;

type Handler = (args: string[]) => Promise<number>;

function print(json: boolean, value: unknown, human: string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${human}\n`);
}

const commands: Record<string, Handler> = {
  intents: intentsCommand,
  search: searchCommand,
  vocab: vocabCommand,

  async serve(args) {
    const { values } = parse(args, { ...COMMON_OPTIONS, port: { type: 'string' }, host: { type: 'string' } });
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
      throw new UsageError(`--port must be a number from 0 to 65535, got "${values.port}"`);
    }
    const config = parseConfig(process.env, {
      ...(port !== undefined && { port }),
      ...(values.host !== undefined && { host: values.host }),
      ...(values.db !== undefined && { databaseUrl: values.db }),
    });
    closeOnSignals(await startServer(config));
    return new Promise<number>(() => undefined); // runs until a signal stops it
  },

  async migrate(args) {
    const { values } = parse(args, COMMON_OPTIONS);
    await withContext(values.db, () => Promise.resolve());
    print(values.json, { migrated: true }, 'The database schema is up to date.');
    return 0;
  },

  async import(args) {
    const { values, positionals } = parse(args, { ...COMMON_OPTIONS, format: { type: 'string' } });
    const kind = parseKind(positionals[0]);
    const file = positionals[1];
    if (!file) throw new UsageError('Name the file to import, or - for standard input.');
    if (values.format !== undefined && values.format !== 'jsonl' && values.format !== 'csv') {
      throw new UsageError('--format must be jsonl or csv');
    }
    const summary = await withContext(values.db, (ctx) =>
      importFile(ctx, kind, file, values.format as 'jsonl' | 'csv' | undefined),
    );
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.errorCount > 0 ? 3 : 0;
  },

  async user(args) {
    const { values, positionals } = parse(args, {
      ...COMMON_OPTIONS,
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'password-stdin': { type: 'boolean', default: false },
    });
    if (positionals[0] !== 'create')
      throw new UsageError('Use: klantstem user create --email E --name N [--admin]');
    const role = (values.admin ? 'admin' : (values.role ?? 'agent')) as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    if (!values.email || !values.name) throw new UsageError('--email and --name are required');
    const generated = !values['password-stdin'];
    const password = generated ? randomSecret(15) : readFileSync(0, 'utf8').replace(/\r?\n$/, '');
    const user = await withContext(values.db, (ctx) =>
      createUser(ctx, CLI_ACTOR, { email: values.email!, name: values.name!, role, password }),
    );
    const shown = generated ? { ...user, password } : user;
    print(
      values.json,
      shown,
      `Created ${role} ${user.email}.` +
        (generated ? `\nPassword (shown once, change it after signing in): ${password}` : ''),
    );
    return 0;
  },

  async token(args) {
    const { values, positionals } = parse(args, {
      ...COMMON_OPTIONS,
      name: { type: 'string' },
      role: { type: 'string' },
    });
    if (positionals[0] !== 'create') throw new UsageError('Use: klantstem token create --name N --role R');
    const role = (values.role ?? 'agent') as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    if (!values.name) throw new UsageError('--name is required');
    const created = await withContext(values.db, (ctx) =>
      createToken(ctx, CLI_ACTOR, { name: values.name!, role }),
    );
    print(values.json, created, `Token "${created.token.name}" (${role}); shown once:\n${created.secret}`);
    return 0;
  },

  async demo(args) {
    const { values } = parse(args, { ...COMMON_OPTIONS, seed: { type: 'string' } });
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
    // Loaded on demand: the generator and its texts are only needed by this command.
    const { loadDemo } = await import('./features/demo/load.js');
    const report = await withContext(values.db, (ctx) =>
      loadDemo(ctx, seed, process.stderr.isTTY ? process.stderr : undefined),
    );
    print(
      values.json,
      report,
      `Demo workspace "${report.organisation}" loaded: ${JSON.stringify(report.counts)}\n` +
        `Sign in as ${report.signIn.email} with password ${report.signIn.password}`,
    );
    return 0;
  },
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const handler = commands[command];
  if (!handler) throw new UsageError(`Unknown command "${command}".`);
  return handler(args);
}

/** The message, and for refused input each field's problem, as a person at a terminal needs them. */
function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const details = err instanceof AppError && Array.isArray(err.details) ? err.details : [];
  return [err.message, ...details.map((d) => `  ${d.field || 'input'}: ${d.message}`)].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) process.stderr.write(`${err.message}\n\n${USAGE}\n`);
    else if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`klantstem: ${describeError(err)}\n`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
