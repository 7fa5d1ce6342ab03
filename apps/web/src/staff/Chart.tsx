import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: number[];
}

// Colour-blind-safe (Okabe–Ito), each at AA contrast against white.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'];

/**
 * Bars or lines over named categories (weeks, intents, terms), drawn with uPlot. The figure is
 * labelled for screen readers; each screen also shows the same figures in a table.
 */
export function Chart({
  title,
  categories,
  series,
  kind,
  height = 260,
}: {
  title: string;
  categories: string[];
  series: ChartSeries[];
  kind: 'bars' | 'lines';
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || categories.length === 0) return;
    const bars = uPlot.paths.bars!({ size: [0.8 / Math.max(1, series.length), 60], align: 0 });
    const plot = new uPlot(
      {
        width: Math.max(320, element.clientWidth),
        height,
        scales: { x: { time: false } },
        // The legend names the series; the figures themselves are in the table beside each chart.
        legend: { live: false },
        axes: [
          {
            values: (_u, ticks) => ticks.map((tick) => categories[tick] ?? ''),
            gap: 6,
            rotate: categories.length > 8 ? -35 : 0,
            size: categories.length > 8 ? 90 : 40,
          },
          {},
        ],
        series: [
          { label: '' },
          ...series.map((s, index) => {
            const colour = COLOURS[index % COLOURS.length]!;
            return kind === 'bars'
              ? { label: s.label, stroke: colour, fill: colour + 'cc', paths: bars, points: { show: false } }
              : { label: s.label, stroke: colour, width: 2 };
          }),
        ],
      },
      [categories.map((_, i) => i), ...series.map((s) => s.values)],
      element,
    );
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(320, element.clientWidth), height }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [categories, series, kind, height]);

  return <figure className="chart" role="img" aria-label={title} ref={box} />;
}
