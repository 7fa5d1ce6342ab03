import { fill, tidy, type FillContext } from './fill.js';
import {
  CHAT_GREETINGS_NL,
  CONTEXT_NL,
  EMAIL_CLOSINGS_EN,
  EMAIL_CLOSINGS_NL,
  EMAIL_GREETINGS_EN,
  EMAIL_GREETINGS_NL,
  EMOTIONS_EN,
  EMOTIONS_NL,
  NOTE_OUTCOMES,
  POLITE_NL,
  PROMISES_EN,
  PROMISES_NL,
} from './frames.js';
import { roughen } from './roughen.js';

/**
 * Builds a whole message around one or two core sentences, in the shape of its channel: a chat is
 * short and messy, an e-mail has a greeting, a story and a sign-off, a call is a staff note.
 */
export type WrittenChannel = 'chat' | 'email' | 'form';

export interface Core {
  /** The main sentence (a template). */
  line: string;
  /** Another sentence on the same subject, for longer messages. */
  extra?: string;
}

export interface ComposeOptions {
  /** The customer contacted us about this before: earlier promises come up more often. */
  repeat: boolean;
}

const join = (parts: (string | undefined)[]): string => parts.filter((p) => p && p.trim()).join(' ');

export function composeDutch(
  channel: WrittenChannel,
  core: Core,
  ctx: FillContext,
  options: ComposeOptions,
): string {
  const { rng } = ctx;
  const f = (t: string) => fill(t, ctx);
  const promise = rng.chance(options.repeat ? 0.45 : 0.1) ? f(rng.pick(PROMISES_NL)) : undefined;
  const emotion = rng.chance(options.repeat ? 0.3 : 0.1) ? f(rng.pick(EMOTIONS_NL)) : undefined;
  if (channel === 'chat') {
    const greeting = rng.chance(0.45) ? f(rng.pick(CHAT_GREETINGS_NL)) : '';
    const body = join([f(core.line), promise, rng.chance(0.5) ? emotion : undefined]);
    return roughen(greeting ? `${greeting}${rng.pick([', ', ' ', '\n'])}${body}` : body, rng, 0.7);
  }
  if (channel === 'form') {
    const body = join([
      rng.chance(0.3) ? f(rng.pick(CONTEXT_NL)) : undefined,
      f(core.line),
      core.extra && rng.chance(0.25) ? f(core.extra) : undefined,
      promise,
      rng.chance(0.35) ? f(rng.pick(POLITE_NL)) : undefined,
    ]);
    return roughen(body, rng, 0.3);
  }
  const body = join([
    rng.chance(0.45) ? f(rng.pick(CONTEXT_NL)) : undefined,
    f(core.line),
    core.extra && rng.chance(0.35) ? f(core.extra) : undefined,
    promise,
    emotion,
    rng.chance(0.5) ? f(rng.pick(POLITE_NL)) : undefined,
  ]);
  const greeting = f(rng.pick(EMAIL_GREETINGS_NL));
  const closing = f(rng.pick(EMAIL_CLOSINGS_NL));
  return [greeting, roughen(body, rng, 0.25), closing].filter((p) => p.trim()).join('\n\n');
}

export function composeEnglish(
  channel: WrittenChannel,
  core: Core,
  ctx: FillContext,
  options: ComposeOptions,
): string {
  const { rng } = ctx;
  const f = (t: string) => fill(t, ctx);
  const promise = rng.chance(options.repeat ? 0.4 : 0.08) ? f(rng.pick(PROMISES_EN)) : undefined;
  const emotion = rng.chance(options.repeat ? 0.25 : 0.08) ? f(rng.pick(EMOTIONS_EN)) : undefined;
  const body = join([
    f(core.line),
    core.extra && rng.chance(0.25) ? f(core.extra) : undefined,
    promise,
    emotion,
  ]);
  if (channel !== 'email') return roughen(body, rng, channel === 'chat' ? 0.35 : 0.15);
  return [f(rng.pick(EMAIL_GREETINGS_EN)), body, f(rng.pick(EMAIL_CLOSINGS_EN))]
    .filter((p) => p.trim())
    .join('\n\n');
}

/** A call or counter visit as staff write it down; English calls are noted in Dutch too. */
export function composeNote(
  where: 'phone' | 'counter',
  note: string,
  ctx: FillContext,
  options: ComposeOptions & { english: boolean },
): string {
  const { rng } = ctx;
  let text = fill(note, ctx);
  if (where === 'counter') {
    text = `${fill('[Informatiepunt|Balie] {town}:', ctx)} ${text.replace(/\bbelt\b/g, 'komt langs')}`;
  }
  const extra = [
    options.repeat && rng.chance(0.6)
      ? fill('Klant neemt voor de [tweede|derde|vierde] keer contact op hierover.', ctx)
      : '',
    options.english ? 'Gesprek in het Engels gevoerd.' : '',
    fill(rng.pick(NOTE_OUTCOMES), ctx),
  ];
  return roughen(tidy(join([text, ...extra])), rng, 0.05);
}
