import type { SignalInput } from '@klantstem/contracts';
import { detectLanguage } from '@klantstem/core';
import type { SignalsTable } from '../../db/tables.js';
import { sha256 } from '../../platform/secrets.js';
import { toStoredTime } from '../../schema/formats.js';

export type SignalRow = SignalsTable & { customer_ref: string | null };

/**
 * Turns a validated input into a row: times in UTC, language detected when not given, and a
 * stable id derived from the content when the sender gave none, so sending twice stores once.
 */
export function prepareSignal(input: SignalInput, now: string): SignalRow {
  const at = toStoredTime(input.at);
  const customer = input.customer?.trim() ?? null;
  return {
    id: input.id ?? `h_${sha256(JSON.stringify([customer, input.channel, at, input.text])).slice(0, 24)}`,
    customer_ref: customer,
    customer_id: null,
    channel: input.channel,
    text: input.text,
    lang: input.lang ?? detectLanguage(input.text),
    at,
    meta: JSON.stringify(input.meta ?? {}),
    created_at: now,
  };
}
