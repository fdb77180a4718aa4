import { describe, expect, it } from "vitest";
import {
  change,
  comparisonPeriods,
  daysBetween,
  daysOverdue,
  lastMonthOf,
  localToday,
  monthOfKey,
  monthSeries,
  niceScale,
  percentChange,
  pickableYears,
  topRows,
} from "./figures";

describe("same period compared", () => {
  it("compares 1 January to today with the same days of last year for the current year", () => {
    expect(comparisonPeriods(2026, "2026-11-30")).toEqual({
      current: { from: "2026-01-01", to: "2026-11-30" },
      previous: { from: "2025-01-01", to: "2025-11-30" },
      toDate: true,
    });
  });
  it("compares whole years for a past year", () => {
    expect(comparisonPeriods(2024, "2026-03-05")).toEqual({
      current: { from: "2024-01-01", to: "2024-12-31" },
      previous: { from: "2023-01-01", to: "2023-12-31" },
      toDate: false,
    });
  });
  it("falls back to 28 February when last year had no 29th", () => {
    const { current, previous } = comparisonPeriods(2028, "2028-02-29");
    expect(current.to).toBe("2028-02-29");
    expect(previous.to).toBe("2027-02-28");
  });
  it("keeps 29 February when the year before is the leap year", () => {
    expect(comparisonPeriods(2025, "2025-02-28").previous.to).toBe("2024-02-28");
  });
  it("reads today in Vietnam, not in the browser's zone", () => {
    // 18:30 UTC on 31 December is already 1 January in Hanoi (UTC+7).
    const lateEvening = new Date(Date.UTC(2025, 11, 31, 18, 30));
    expect(localToday(lateEvening)).toBe("2026-01-01");
    expect(localToday(lateEvening, "UTC")).toBe("2025-12-31");
  });
  it("offers this year and the nine before it", () => {
    const years = pickableYears("2026-06-01");
    expect(years).toHaveLength(10);
    expect(years[0]).toBe(2026);
    expect(years[9]).toBe(2017);
  });
});

describe("percent change", () => {
  it("is the change relative to the previous value", () => {
    expect(percentChange(15, 10)).toBe(50);
    expect(percentChange(5, 10)).toBe(-50);
    expect(percentChange(7, 7)).toBe(0);
    expect(percentChange(1, 3)).toBeCloseTo(-66.667, 2);
  });
  it("has no percentage without a previous value", () => {
    expect(percentChange(4, 0)).toBeNull();
    expect(percentChange(0, 0)).toBe(0);
    expect(percentChange(null, 3)).toBeNull();
    expect(percentChange(3, undefined)).toBeNull();
  });
  it("gives the direction even when there is no percentage", () => {
    expect(change(4, 0)).toEqual({ percent: null, direction: "up" });
    expect(change(2, 8)).toEqual({ percent: -75, direction: "down" });
    expect(change(3, 3)).toEqual({ percent: 0, direction: "same" });
    expect(change(1.25, null)).toEqual({ percent: null, direction: null });
  });
});

describe("month series", () => {
  const row = (key: string | null, accidents: number) => ({ key, label: key ?? "", accidents });

  it("reads the month of the usual key shapes", () => {
    expect(monthOfKey("2026-03")).toBe(3);
    expect(monthOfKey("2026-11-01")).toBe(11);
    expect(monthOfKey("07")).toBe(7);
    expect(monthOfKey("12")).toBe(12);
    expect(monthOfKey("13")).toBeNull();
    expect(monthOfKey("2026-00")).toBeNull();
    expect(monthOfKey(null)).toBeNull();
    expect(monthOfKey("abc")).toBeNull();
  });
  it("gives twelve months, zero where the answer has none", () => {
    const series = monthSeries([row("2026-01", 2), row("2026-03", 5)], [row("2025-03", 1), row("2025-12", 4)], (r) => r.accidents);
    expect(series).toHaveLength(12);
    expect(series.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(series[0]).toEqual({ month: 1, current: 2, previous: 0 });
    expect(series[1]).toEqual({ month: 2, current: 0, previous: 0 });
    expect(series[2]).toEqual({ month: 3, current: 5, previous: 1 });
    expect(series[11]).toEqual({ month: 12, current: 0, previous: 4 });
  });
  it("leaves the months after the period empty", () => {
    const series = monthSeries([row("2026-02", 3)], [row("2025-02", 1), row("2025-05", 9)], (r) => r.accidents, 3);
    expect(series[1]).toEqual({ month: 2, current: 3, previous: 1 });
    expect(series[2]).toEqual({ month: 3, current: 0, previous: 0 });
    expect(series[4]).toEqual({ month: 5, current: null, previous: null });
    expect(series[11]?.current).toBeNull();
  });
  it("ignores rows that are not months", () => {
    const series = monthSeries([row(null, 3), row("2026-04", 1)], [], (r) => r.accidents);
    expect(series.reduce((sum, p) => sum + (p.current ?? 0), 0)).toBe(1);
  });
  it("knows the last month of a period", () => {
    expect(lastMonthOf({ from: "2026-01-01", to: "2026-08-15" })).toBe(8);
  });
});

describe("days overdue", () => {
  it("counts days past the deadline", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
    expect(daysOverdue("2026-11-20", "2026-11-30")).toBe(10);
    expect(daysOverdue("2026-11-30", "2026-11-30")).toBe(0);
    expect(daysOverdue("2026-12-05", "2026-11-30")).toBe(0);
    expect(daysOverdue(null, "2026-11-30")).toBe(0);
  });
});

describe("chart scale", () => {
  it("rounds the top up to a round step", () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(100)).toEqual({ max: 100, ticks: [0, 50, 100] });
    expect(niceScale(23)).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
  });
  it("uses whole steps for small counts and a unit scale for nothing", () => {
    expect(niceScale(1)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe("top groups", () => {
  it("keeps the five with most accidents, most first", () => {
    const rows = [
      { key: "1", label: "Nguyên nhân 1", accidents: 2 },
      { key: "2", label: "Nguyên nhân 2", accidents: 9 },
      { key: "3", label: "Nguyên nhân 3", accidents: 0 },
      { key: "4", label: "Nguyên nhân 4", accidents: 4 },
      { key: "5", label: "B", accidents: 4 },
      { key: null, label: "Chưa xác định", accidents: 1 },
      { key: "6", label: "Nguyên nhân 6", accidents: 3 },
      { key: "7", label: "Nguyên nhân 7", accidents: 1 },
    ];
    expect(topRows(rows).map((r) => r.key)).toEqual(["2", "5", "4", "6", "1"]);
    expect(topRows(rows, 10).some((r) => r.accidents === 0)).toBe(false);
  });
});
