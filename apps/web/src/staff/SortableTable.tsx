import { useState, type ReactNode } from 'react';
import { useI18n } from '../shared/i18n';

export interface Column<T> {
  key: string;
  label: string;
  value: (row: T) => string | number;
  /** What the cell shows, when not the sort value itself (text, a link, a control). */
  show?: (row: T) => ReactNode;
  numeric?: boolean;
}

/** A table whose column headers sort it (a button each, so keyboards can sort too). */
export function SortableTable<T>({
  caption,
  rows,
  columns,
  rowKey,
}: {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
}) {
  const { t } = useI18n();
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        const order =
          typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort!.descending ? -order : order;
      })
    : rows;
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => {
            const active = sort?.key === c.key;
            return (
              <th
                key={c.key}
                scope="col"
                aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                className={c.numeric ? 'numeric' : undefined}
              >
                <button
                  type="button"
                  className="sort"
                  title={t('common.sortBy', { column: c.label })}
                  onClick={() =>
                    setSort({ key: c.key, descending: active ? !sort.descending : Boolean(c.numeric) })
                  }
                >
                  {c.label}
                  <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                {c.show ? c.show(row) : c.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
