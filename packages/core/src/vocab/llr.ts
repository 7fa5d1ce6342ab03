function xLogX(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/**
 * Dunning's log-likelihood ratio (G²) of a 2×2 table: how surprising it is that A and B occur
 * together k11 times, given k12 times A without B, k21 times B without A and k22 times neither.
 * Unlike a plain ratio it stays small for rare events, so a pair seen twice is not "certain".
 * Above 10.83 the association is significant at p < 0.001.
 */
export function logLikelihoodRatio(k11: number, k12: number, k21: number, k22: number): number {
  const total = k11 + k12 + k21 + k22;
  const cells = xLogX(k11) + xLogX(k12) + xLogX(k21) + xLogX(k22);
  const rows = xLogX(k11 + k12) + xLogX(k21 + k22);
  const cols = xLogX(k11 + k21) + xLogX(k12 + k22);
  return Math.max(0, 2 * (cells - rows - cols + xLogX(total)));
}

export const LLR_SIGNIFICANT = 10.83;
