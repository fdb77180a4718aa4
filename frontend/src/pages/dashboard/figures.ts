/** Pure helpers of the dashboard: periods compared, changes, the month series, chart scales. */

/** The law counts accidents by local (Vietnam) date, whatever the browser's own time zone. */
export const LOCAL_TIME_ZONE = "Asia/Ho_Chi_Minh";

export interface Period {
  /** First day, ISO "YYYY-MM-DD". */
  from: string;
  /** Last day, included. */
  to: string;
}

export interface Comparison {
  current: Period;
  previous: Period;
  /** True when the year is the current one: both periods stop at today's day and month. */
  toDate: boolean;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function parseIso(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) throw new Error(`not an ISO date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date in the given time zone, as "YYYY-MM-DD". */
export function localToday(now: Date = new Date(), timeZone: string = LOCAL_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return isoDate(part("year"), part("month"), part("day"));
}

/**
 * The year asked against the year before, over the same period: the whole years for a past year,
 * 1 January to today against 1 January to the same day a year earlier for the current year
 * (29 February falls back to the 28th).
 */
export function comparisonPeriods(year: number, today: string): Comparison {
  const now = parseIso(today);
  if (year < now.year) {
    return {
      current: { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) },
      previous: { from: isoDate(year - 1, 1, 1), to: isoDate(year - 1, 12, 31) },
      toDate: false,
    };
  }
  const previousDay = Math.min(now.day, daysInMonth(year - 1, now.month));
  return {
    current: { from: isoDate(year, 1, 1), to: isoDate(year, now.month, now.day) },
    previous: { from: isoDate(year - 1, 1, 1), to: isoDate(year - 1, now.month, previousDay) },
    toDate: true,
  };
}

export type Direction = "up" | "down" | "same";

export interface Change {
  /** Change in percent of the previous value; null when there is nothing to compare with. */
  percent: number | null;
  direction: Direction | null;
}

/** (current - previous) / previous in percent; null when the previous value is zero or unknown. */
export function percentChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  if (previous === 0) return current === 0 ? 0 : null;
  return ((current - previous) / previous) * 100;
}

export function change(current: number | null | undefined, previous: number | null | undefined): Change {
  if (current === null || current === undefined || previous === null || previous === undefined) {
    return { percent: null, direction: null };
  }
  const direction: Direction = current > previous ? "up" : current < previous ? "down" : "same";
  return { percent: percentChange(current, previous), direction };
}

/** The month (1-12) of a month group's key: "2026-03", "2026-03-01", "03" or "3"; null otherwise. */
export function monthOfKey(key: string | null | undefined): number | null {
  if (!key) return null;
  const match = /^(?:\d{4}-)?(\d{1,2})(?:-\d{1,2})?$/.exec(key.trim());
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? month : null;
}

export interface MonthPoint {
  month: number;
  /** Null for a month after the end of the period compared (nothing to count yet). */
  current: number | null;
  previous: number | null;
}

interface MonthRow {
  key: string | null;
}

/**
 * Twelve months, January first, with the chosen figure of each period; a month missing from the
 * answer counts zero, a month past `lastMonth` (the period's last month) is null.
 */
export function monthSeries<R extends MonthRow>(
  currentRows: readonly R[],
  previousRows: readonly R[],
  value: (row: R) => number,
  lastMonth = 12,
): MonthPoint[] {
  const byMonth = (rows: readonly R[]) => {
    const totals = new Map<number, number>();
    for (const row of rows) {
      const month = monthOfKey(row.key);
      if (month !== null) totals.set(month, (totals.get(month) ?? 0) + value(row));
    }
    return totals;
  };
  const current = byMonth(currentRows);
  const previous = byMonth(previousRows);
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const counted = month <= lastMonth;
    return {
      month,
      current: counted ? (current.get(month) ?? 0) : null,
      previous: counted ? (previous.get(month) ?? 0) : null,
    };
  });
}

/** The last month of a period, 1-12. */
export function lastMonthOf(period: Period): number {
  return parseIso(period.to).month;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseIso(from);
  const b = parseIso(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Days an investigation is past its deadline (the deadline day itself is still in time). */
export function daysOverdue(deadline: string | null | undefined, today: string): number {
  if (!deadline) return 0;
  return Math.max(0, daysBetween(deadline, today));
}

/** A round top for a chart's axis and its ticks: 0 up to at least `max`, in steps of 1, 2 or 5 × 10^n. */
export function niceScale(max: number, targetTicks = 4): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const rough = max / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const wholeStep = Math.max(1, step);
  const top = Math.ceil(max / wholeStep) * wholeStep;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + wholeStep / 2; tick += wholeStep) ticks.push(tick);
  return { max: top, ticks };
}

interface RankedRow {
  key: string | null;
  label: string;
  accidents: number;
}

/** The groups with the most accidents, most first (ties by label); groups without accidents left out. */
export function topRows<R extends RankedRow>(rows: readonly R[], count = 5): R[] {
  return rows
    .filter((row) => row.accidents > 0)
    .toSorted((a, b) => b.accidents - a.accidents || a.label.localeCompare(b.label, "vi"))
    .slice(0, count);
}

/** The years offered by the year picker: this year and the nine before it, newest first. */
export function pickableYears(today: string, count = 10): number[] {
  const year = parseIso(today).year;
  return Array.from({ length: count }, (_, index) => year - index);
}
