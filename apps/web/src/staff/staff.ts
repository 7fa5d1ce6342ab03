import type { StaffRef } from '@klantstem/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../shared/api';

/** Names of the people who work here, by id (owners, transfers, mentions, contact persons). */
export function useStaff() {
  const staff = useQuery({
    queryKey: ['staff'],
    queryFn: () => api<{ items: StaffRef[] }>('GET', '/api/v1/staff'),
    staleTime: 5 * 60_000,
  });
  const byId = new Map((staff.data?.items ?? []).map((s) => [s.id, s.name]));
  return { list: staff.data?.items ?? [], name: (id: string | null) => (id ? (byId.get(id) ?? id) : null) };
}
