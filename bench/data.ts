import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A small seeded generator, so every bench run imports the same file. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENINGS = ['Hallo,', 'Goedemiddag,', 'Beste meneer/mevrouw,', '', 'Hoi,', 'Geachte heer,'];
const SUBJECTS = [
  'de opname',
  'mijn schademelding',
  'de wisselwoning',
  'het versterkingsadvies',
  'de scheuren in de muur',
  'de vergoeding',
  'de schoorsteen',
  'de funderingsherstel planning',
];
const QUESTIONS = [
  'Wanneer komt er iemand kijken naar',
  'Ik heb nog steeds niets gehoord over',
  'Kunt u mij vertellen hoe het zit met',
  'Waarom duurt het zo lang met',
  'Ik wil graag een klacht indienen over',
  'Wat is de status van',
];
const CLOSINGS = [
  'Alvast bedankt.',
  'Groet, Jan',
  'Jullie zouden donderdag terugbellen.',
  'Dit is al de derde keer dat ik bel.',
  '',
  'Met vriendelijke groet',
];
const CHANNELS = ['chat', 'email', 'phone', 'form', 'survey', 'counter'];

export interface BenchSignal {
  id: string;
  customer: string;
  channel: string;
  text: string;
  at: string;
}

export function benchSignal(i: number, random: () => number): BenchSignal {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const customer = Math.floor(random() * 20_000);
  const at = new Date(Date.UTC(2025, 10, 1) + Math.floor(random() * 365 * 24 * 3600) * 1000).toISOString();
  return {
    id: `b-${i}`,
    customer: customer % 3 === 0 ? `klant${customer}@example.nl` : `HH-${customer}`,
    channel: pick(CHANNELS),
    text: `${pick(OPENINGS)} ${pick(QUESTIONS)} ${pick(SUBJECTS)}? ${pick(CLOSINGS)}`.trim(),
    at,
  };
}

export async function writeSignalsFile(path: string, count: number): Promise<void> {
  const random = prng(42);
  const out = createWriteStream(path);
  let buffer = '';
  for (let i = 0; i < count; i += 1) {
    buffer += `${JSON.stringify(benchSignal(i, random))}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
