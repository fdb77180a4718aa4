import { useEffect, useId, useRef, useState } from "react";
import { niceScale, type MonthPoint } from "./figures";

export const CURRENT_COLOR = "#0b5cab";
/** Grey with 3.6:1 contrast on white, enough for a graphic object (WCAG 1.4.11). */
export const PREVIOUS_COLOR = "#7d8799";

const HEIGHT = 240;
const MARGIN = { top: 12, right: 8, bottom: 26, left: 40 };

/** The width of an element, followed as it changes (the chart is drawn at its real size, so text stays readable). */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return { ref, width };
}

interface MonthChartProps {
  title: string;
  description: string;
  series: MonthPoint[];
  currentLabel: string;
  previousLabel: string;
  monthShort: (month: number) => string;
  monthLong: (month: number) => string;
  formatValue: (value: number | null) => string;
  monthHeader: string;
}

/**
 * Bars by month, this period beside the one compared. The drawing is an image with a title and a
 * description; the figures themselves are in a table for screen readers.
 */
export function MonthChart({
  title,
  description,
  series,
  currentLabel,
  previousLabel,
  monthShort,
  monthLong,
  formatValue,
  monthHeader,
}: MonthChartProps) {
  const id = useId();
  const { ref, width } = useWidth<HTMLDivElement>(640);
  const highest = Math.max(0, ...series.flatMap((p) => [p.current ?? 0, p.previous ?? 0]));
  const scale = niceScale(highest);
  const plotWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, series.length);
  // Below this a month's slot cannot hold "T10" or "Oct": the number alone is shown.
  const narrow = slot < 30;
  const barWidth = Math.max(3, Math.min(18, (slot - 6) / 2));
  const y = (value: number) => MARGIN.top + plotHeight - (value / scale.max) * plotHeight;

  const bar = (value: number | null, x: number, color: string, label: string, month: number) => {
    if (value === null) return null;
    const top = y(value);
    // A zero still shows as a hairline, so "none" is not confused with "not counted yet".
    const height = Math.max(value > 0 ? 1 : 0.75, MARGIN.top + plotHeight - top);
    return (
      <rect x={x} y={MARGIN.top + plotHeight - height} width={barWidth} height={height} fill={color} rx={2}>
        <title>{`${monthLong(month)} · ${label}: ${formatValue(value)}`}</title>
      </rect>
    );
  };

  return (
    <figure className="month-chart" data-testid="month-chart">
      <div ref={ref} className="month-chart-canvas">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          width={plotWidth + MARGIN.left + MARGIN.right}
          height={HEIGHT}
          viewBox={`0 0 ${plotWidth + MARGIN.left + MARGIN.right} ${HEIGHT}`}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {scale.ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={MARGIN.left + plotWidth}
                y1={y(tick)}
                y2={y(tick)}
                stroke={tick === 0 ? "#8c8c8c" : "#e3e7ee"}
              />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="month-chart-tick">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          {series.map((point, index) => {
            const center = MARGIN.left + slot * index + slot / 2;
            return (
              <g key={point.month} data-month={point.month} className="month-chart-month">
                {bar(point.previous, center - barWidth - 1, PREVIOUS_COLOR, previousLabel, point.month)}
                {bar(point.current, center + 1, CURRENT_COLOR, currentLabel, point.month)}
                <text x={center} y={HEIGHT - 8} textAnchor="middle" className="month-chart-tick">
                  {narrow ? point.month : monthShort(point.month)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="chart-legend" aria-hidden>
        <span className="chart-legend-item">
          <span className="chart-swatch" style={{ background: CURRENT_COLOR }} />
          {currentLabel}
        </span>
        <span className="chart-legend-item">
          <span className="chart-swatch" style={{ background: PREVIOUS_COLOR }} />
          {previousLabel}
        </span>
      </figcaption>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{monthHeader}</th>
            <th scope="col">{currentLabel}</th>
            <th scope="col">{previousLabel}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((point) => (
            <tr key={point.month}>
              <th scope="row">{monthLong(point.month)}</th>
              <td>{formatValue(point.current)}</td>
              <td>{formatValue(point.previous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
