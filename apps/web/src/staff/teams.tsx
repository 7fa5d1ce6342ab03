import type { Team } from '@klantstem/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../shared/api';

export function useTeams() {
  return useQuery({ queryKey: ['teams'], queryFn: () => api<{ items: Team[] }>('GET', '/api/v1/teams') });
}

/** The teams as <option>s, for every select that picks one. */
export function TeamOptions() {
  const teams = useTeams();
  return (
    <>
      {teams.data?.items.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
}
