import type { User } from '@klantstem/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../shared/api';

export const ME_KEY = ['me'] as const;

/** The signed-in person, or null when nobody is (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await api<User>('GET', '/api/v1/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api('POST', '/api/v1/auth/signout').catch(() => undefined);
    // Nobody is signed in now; nothing the last person saw may stay in the cache for the next one.
    client.setQueryData(ME_KEY, null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  };
}
