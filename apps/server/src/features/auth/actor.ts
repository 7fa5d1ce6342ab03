import type { Role } from '@klantstem/contracts';

/** Who is acting: a signed-in person, an API token, the CLI on the server's machine, or the system. */
export interface Actor {
  type: 'user' | 'token' | 'cli' | 'system';
  id: string | null;
  role: Role;
}

export const CLI_ACTOR: Actor = { type: 'cli', id: null, role: 'admin' };
export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, role: 'admin' };

/** Who may call a route: anyone, or the listed roles (admin may always). */
export type Access = 'public' | readonly Role[];

export const STAFF: readonly Role[] = ['admin', 'agent', 'analyst'];
export const AGENTS: readonly Role[] = ['admin', 'agent'];
export const ANALYSTS: readonly Role[] = ['admin', 'analyst'];
export const ADMINS: readonly Role[] = ['admin'];
