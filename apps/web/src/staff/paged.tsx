import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, query } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { Loaded } from './ui';

interface PageOf<T> {
  items: T[];
  nextCursor?: string;
}

/** A list the API pages with a cursor (`{items, nextCursor}`), fifty at a time. */
export function usePaged<T>(
  key: readonly unknown[],
  path: string,
  params: Record<string, string | number | undefined | null> = {},
) {
  return useInfiniteQuery({
    queryKey: key,
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      api<PageOf<T>>('GET', `${path}${query({ ...params, limit: 50, cursor: pageParam })}`),
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** A paged list's loading, empty and error states, its items so far, and a button for the next page. */
export function PagedList<T>({
  list,
  empty,
  children,
}: {
  list: UseInfiniteQueryResult<InfiniteData<PageOf<T>>>;
  empty: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Loaded query={list} isEmpty={(d) => d.pages[0]?.items.length === 0} empty={empty}>
      {(data) => (
        <>
          {children(data.pages.flatMap((p) => p.items))}
          {list.hasNextPage && (
            <button
              type="button"
              className="secondary"
              disabled={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('signals.more')}
            </button>
          )}
        </>
      )}
    </Loaded>
  );
}
