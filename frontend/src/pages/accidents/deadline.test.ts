import { describe, expect, it } from "vitest";
import i18n from "../../i18n";
import { daysBetween, deadlineShort, deadlineState, deadlineText, vietnamDate } from "./deadline";

const vi = i18n.getFixedT("vi");
const en = i18n.getFixedT("en");

describe("investigation deadline", () => {
  it("counts calendar days across months and years", () => {
    expect(daysBetween("2026-12-05", "2026-12-10")).toBe(5);
    expect(daysBetween("2026-12-10", "2026-12-05")).toBe(-5);
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });

  it("takes today's date in Vietnam, not in the browser's time zone", () => {
    // 18:30 UTC on 30 November is already 1 December in Hanoi (UTC+7).
    expect(vietnamDate(new Date("2026-11-30T18:30:00Z"))).toBe("2026-12-01");
    expect(vietnamDate(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11-30");
  });

  it("tells the days left, the last day and the days over while the investigation is open", () => {
    const open = { status: "investigating", investigation_deadline: "2026-12-10" };
    expect(deadlineState(open, "2026-12-05")).toEqual({ kind: "open", deadline: "2026-12-10", days: 5 });
    expect(deadlineState(open, "2026-12-10")).toEqual({ kind: "lastDay", deadline: "2026-12-10" });
    expect(deadlineState({ ...open, status: "notified" }, "2026-12-13")).toEqual({
      kind: "overdue",
      deadline: "2026-12-10",
      days: 3,
    });
  });

  it("judges a concluded investigation by its record date, never as overdue", () => {
    const concluded = { status: "concluded", investigation_deadline: "2026-12-10" };
    expect(deadlineState({ ...concluded, investigation_record_date: "2026-12-10" }, "2027-01-20").kind).toBe("met");
    expect(deadlineState({ ...concluded, investigation_record_date: "2026-12-12" }, "2027-01-20")).toEqual({
      kind: "late",
      deadline: "2026-12-10",
      record: "2026-12-12",
      days: 2,
    });
    expect(deadlineState({ ...concluded, status: "closed", investigation_record_date: null }, "2027-01-20")).toEqual({
      kind: "met",
      deadline: "2026-12-10",
      record: null,
    });
  });

  it("has no deadline when nobody was hurt", () => {
    expect(deadlineState({ status: "notified", investigation_deadline: null }, "2026-12-05")).toEqual({ kind: "none" });
  });

  it("says it plainly in Vietnamese and in English", () => {
    const open = { status: "investigating", investigation_deadline: "2026-12-10" };
    expect(deadlineText(deadlineState(open, "2026-12-05"), vi)).toBe("Hạn điều tra: 10/12/2026 (còn 5 ngày)");
    expect(deadlineText(deadlineState(open, "2026-12-13"), vi)).toBe("Quá hạn 3 ngày (hạn điều tra 10/12/2026)");
    expect(deadlineText(deadlineState(open, "2026-12-10"), vi)).toBe("Hạn điều tra: 10/12/2026 (hôm nay là ngày cuối)");
    expect(deadlineShort(deadlineState(open, "2026-12-13"), vi)).toBe("Quá hạn 3 ngày");
    expect(deadlineText(deadlineState(open, "2026-12-09"), en)).toBe("Investigation due 10/12/2026 (1 day left)");
    expect(deadlineText(deadlineState(open, "2026-12-05"), en)).toBe("Investigation due 10/12/2026 (5 days left)");
    expect(deadlineShort(deadlineState(open, "2026-12-11"), en)).toBe("1 day overdue");
    const late = { status: "concluded", investigation_deadline: "2026-12-10", investigation_record_date: "2026-12-12" };
    expect(deadlineText(deadlineState(late, "2027-01-01"), vi)).toBe(
      "Biên bản điều tra ngày 12/12/2026, trễ 2 ngày so với hạn 10/12/2026",
    );
  });
});
