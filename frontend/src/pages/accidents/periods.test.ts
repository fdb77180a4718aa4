import { describe, expect, it } from "vitest";
import { defaultPeriod, periodBounds, periodState, periodString, reportYears } from "./periods";

describe("report periods", () => {
  it("writes the period as the report endpoints read it", () => {
    expect(periodString({ year: 2025, part: "year" })).toBe("2025");
    expect(periodString({ year: 2025, part: "H1" })).toBe("2025-H1");
    expect(periodString({ year: 2026, part: "H2" })).toBe("2026-H2");
  });

  it("gives each period's first and last day", () => {
    expect(periodBounds({ year: 2025, part: "year" })).toEqual(["2025-01-01", "2025-12-31"]);
    expect(periodBounds({ year: 2025, part: "H1" })).toEqual(["2025-01-01", "2025-06-30"]);
    expect(periodBounds({ year: 2025, part: "H2" })).toEqual(["2025-07-01", "2025-12-31"]);
  });

  it("defaults to the last half-year that has ended", () => {
    expect(defaultPeriod("2026-11-30")).toEqual({ year: 2026, part: "H1" });
    expect(defaultPeriod("2026-07-05")).toEqual({ year: 2026, part: "H1" });
    expect(defaultPeriod("2026-07-01")).toEqual({ year: 2026, part: "H1" });
    expect(defaultPeriod("2026-12-31")).toEqual({ year: 2026, part: "H1" });
    // The first half is not over until its last day is.
    expect(defaultPeriod("2026-06-30")).toEqual({ year: 2025, part: "H2" });
    expect(defaultPeriod("2026-01-10")).toEqual({ year: 2025, part: "H2" });
    expect(defaultPeriod("2026-01-01")).toEqual({ year: 2025, part: "H2" });
  });

  it("the default period has always ended", () => {
    for (const today of ["2026-01-01", "2026-06-30", "2026-07-01", "2026-12-31", "2028-02-29"]) {
      expect(periodState(defaultPeriod(today), today)).toBe("complete");
    }
  });

  it("tells a period not yet begun, running, or over", () => {
    const today = "2026-11-30";
    expect(periodState({ year: 2026, part: "year" }, today)).toBe("open");
    expect(periodState({ year: 2026, part: "H2" }, today)).toBe("open");
    expect(periodState({ year: 2026, part: "H1" }, today)).toBe("complete");
    expect(periodState({ year: 2025, part: "year" }, today)).toBe("complete");
    expect(periodState({ year: 2026, part: "H2" }, "2026-06-30")).toBe("future");
    expect(periodState({ year: 2026, part: "H2" }, "2026-07-01")).toBe("open");
    expect(periodState({ year: 2026, part: "H1" }, "2026-06-30")).toBe("open");
    expect(periodState({ year: 2027, part: "year" }, today)).toBe("future");
  });

  it("offers this year and the ones before it, newest first", () => {
    expect(reportYears("2026-11-30", 3)).toEqual([2026, 2025, 2024]);
    expect(reportYears("2026-01-01")).toHaveLength(10);
    expect(reportYears("2026-01-01").at(-1)).toBe(2017);
  });
});
