import type { TFunction } from "i18next";

/** The law counts Vietnamese calendar days, wherever the browser is. */
const LOCAL_TZ = "Asia/Ho_Chi_Minh";
const OPEN_STATUSES = new Set(["notified", "investigating"]);

/** The local (Vietnam) date of a moment, as YYYY-MM-DD. */
export function vietnamDate(moment: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: LOCAL_TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    moment,
  );
}

/** Calendar days from one YYYY-MM-DD date to another (negative when the second is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type DeadlineState =
  | { kind: "none" }
  | { kind: "open"; deadline: string; days: number }
  | { kind: "lastDay"; deadline: string }
  | { kind: "overdue"; deadline: string; days: number }
  | { kind: "met"; deadline: string; record: string | null }
  | { kind: "late"; deadline: string; record: string; days: number };

/**
 * Where an accident stands against its investigation deadline: days left or days over while the
 * investigation is open (overdue from the day after the last day, as the server counts), on time or
 * late once the investigation record is dated.
 */
export function deadlineState(
  accident: { status: string; investigation_deadline: string | null; investigation_record_date?: string | null },
  today: string,
): DeadlineState {
  const deadline = accident.investigation_deadline;
  if (!deadline) return { kind: "none" };
  if (OPEN_STATUSES.has(accident.status)) {
    const over = daysBetween(deadline, today);
    if (over > 0) return { kind: "overdue", deadline, days: over };
    if (over === 0) return { kind: "lastDay", deadline };
    return { kind: "open", deadline, days: -over };
  }
  const record = accident.investigation_record_date ?? null;
  if (record) {
    const late = daysBetween(deadline, record);
    if (late > 0) return { kind: "late", deadline, record, days: late };
  }
  return { kind: "met", deadline, record };
}

function ddmmyyyy(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

/** The deadline in a sentence: "Hạn điều tra: 10/12/2026 (còn 5 ngày)", "Quá hạn 3 ngày (hạn 10/12/2026)". */
export function deadlineText(state: DeadlineState, t: TFunction): string {
  switch (state.kind) {
    case "none":
      return t("accidents.deadline.none");
    case "open":
      return t("accidents.deadline.open", { date: ddmmyyyy(state.deadline), count: state.days });
    case "lastDay":
      return t("accidents.deadline.lastDay", { date: ddmmyyyy(state.deadline) });
    case "overdue":
      return t("accidents.deadline.overdue", { date: ddmmyyyy(state.deadline), count: state.days });
    case "met":
      return state.record
        ? t("accidents.deadline.met", { date: ddmmyyyy(state.deadline), record: ddmmyyyy(state.record) })
        : t("accidents.deadline.closed", { date: ddmmyyyy(state.deadline) });
    case "late":
      return t("accidents.deadline.late", {
        date: ddmmyyyy(state.deadline),
        record: ddmmyyyy(state.record),
        count: state.days,
      });
  }
}

/** The same, shortened for a list cell: "Còn 5 ngày", "Quá hạn 3 ngày". */
export function deadlineShort(state: DeadlineState, t: TFunction): string {
  switch (state.kind) {
    case "none":
      return t("common.none");
    case "open":
      return t("accidents.deadline.shortOpen", { count: state.days });
    case "lastDay":
      return t("accidents.deadline.shortLastDay");
    case "overdue":
      return t("accidents.deadline.shortOverdue", { count: state.days });
    case "met":
      return t("accidents.deadline.shortMet");
    case "late":
      return t("accidents.deadline.shortLate", { count: state.days });
  }
}
