// Plain constants with no schema library behind them, so the chat widget's small bundle can share
// them (as @klantstem/contracts/limits) without pulling in TypeBox.

/** Longest message body; a longer one is refused (never cut), so nobody's words get lost quietly. */
export const MAX_MESSAGE_BODY = 20_000;
