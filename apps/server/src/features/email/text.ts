/** "On Tue, 1 Dec 2026, Anna <a@b.nl> wrote:" and "Op di 1 dec 2026 schreef Anna <a@b.nl>:". */
const ATTRIBUTION = [/^On\b.*\bwrote:$/i, /^Op\b.*\bschreef\b.*:$/i];

const quoted = (line: string) => line.trimStart().startsWith('>');

function isAttribution(lines: string[], i: number): number {
  const line = lines[i]!.trim();
  if (ATTRIBUTION.some((re) => re.test(line))) return 1;
  // Mail clients wrap a long attribution over two lines.
  const joined = `${line} ${(lines[i + 1] ?? '').trim()}`;
  return /^(On|Op)\b/i.test(line) && ATTRIBUTION.some((re) => re.test(joined)) ? 2 : 0;
}

/**
 * The customer's new words in a reply: quoted lines (">") go, and so does an attribution line when
 * only quoted lines follow it. An attribution followed by the customer's own text stays, since it
 * is then not clearly a quote. A mail that is nothing but quotes keeps its text as it was.
 */
export function withoutQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const span = isAttribution(lines, i);
    if (span > 0 && lines.slice(i + span).every((l) => quoted(l) || l.trim() === '')) break;
    if (!quoted(lines[i]!)) kept.push(lines[i]!);
  }
  return kept.join('\n').trim() || text.trim();
}
