/** The periods of the accident reports (Decree 39/2016): a whole year, or its first or second half. */
export const PERIOD_PARTS = ["year", "H1", "H2"] as const;
export type PeriodPart = (typeof PERIOD_PARTS)[number];

export interface ReportPeriodValue {
  year: number;
  part: PeriodPart;
}

/** Whether the period has not begun, is running, or has ended, as of a day. */
export type PeriodState = "future" | "open" | "complete";

/** The period as the report endpoints take it: `2025` for the year, `2025-H1` for January to June. */
export function periodString({ year, part }: ReportPeriodValue): string {
  return part === "year" ? String(year) : `${year}-${part}`;
}

/** First and last day of the period (YYYY-MM-DD, both included). */
export function periodBounds({ year, part }: ReportPeriodValue): [string, string] {
  const first = part === "H2" ? "07-01" : "01-01";
  const last = part === "H1" ? "06-30" : "12-31";
  return [`${year}-${first}`, `${year}-${last}`];
}

/**
 * The last half-year that has ended by `today` (a YYYY-MM-DD date in Vietnam): the first half of this year
 * from 1 July, otherwise the second half of last year. A half ends with its last day, so on 30 June it is
 * still last year's second half.
 */
export function defaultPeriod(today: string): ReportPeriodValue {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month >= 7 ? { year, part: "H1" } : { year: year - 1, part: "H2" };
}

export function periodState(period: ReportPeriodValue, today: string): PeriodState {
  const [first, last] = periodBounds(period);
  // ISO dates compare as strings.
  if (today < first) return "future";
  return today > last ? "complete" : "open";
}

/** The years offered for a report: this year and the `count - 1` before it, newest first. */
export function reportYears(today: string, count = 10): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}
