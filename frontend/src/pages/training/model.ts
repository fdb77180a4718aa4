import type { Schemas } from "../../api/client";
import type { StateOf, StateSpec } from "../../lib/urlState";

export type Provider = Schemas["ProviderOut"];
export type ProviderCreate = Schemas["ProviderCreate"];
export type ProviderUpdate = Schemas["ProviderUpdate"];
export type Course = Schemas["CourseOut"];
export type CourseCreate = Schemas["CourseCreate"];
export type CourseUpdate = Schemas["CourseUpdate"];
export type TrainingRecord = Schemas["RecordOut"];
export type RecordCreate = Schemas["RecordCreate"];
export type RecordUpdate = Schemas["RecordUpdate"];
export type AttendanceReport = Schemas["ImportReport"];

export const GROUPS = [1, 2, 3, 4, 5, 6] as const;
export const ORG_CLASSES = ["A", "B", "C"] as const;
export const PROVIDER_KINDS = ["organisation", "self_training_employer"] as const;
export const TRAINING_KINDS = ["first", "refresher", "retraining"] as const;
export const RESULTS = ["pass", "fail"] as const;
export const RECORD_STATES = ["valid", "expiring", "expired", "failed"] as const;
export const AUDIENCES = [
  "employers",
  "osh_officers",
  "workers",
  "health_workers",
  "farmers",
  "commune_officials",
  "zone_board_staff",
] as const;
export type RecordState = (typeof RECORD_STATES)[number];

/** Days before the end of validity from which a record counts as expiring (as on the server). */
export const EXPIRING_WITHIN_DAYS = 60;

export const PAGE_SIZES = ["20", "50", "100", "200"] as const;
export const DEFAULT_PAGE_SIZE = 50;

// Reference rules (Decree 44/2016), as published by /reference/training_groups and training_org_classes.

export interface GroupRule {
  group: number;
  vi: string;
  en: string;
  document: "certificate" | "safety_card" | "log_book_entry";
  firstTrainingMinHours: number;
  validityMonths: number | null;
  refresherIntervalMonths: number | null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The group rules of the reference list, by group; malformed items are left out. */
export function parseGroupRules(data: unknown): Map<number, GroupRule> {
  const rules = new Map<number, GroupRule>();
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return rules;
  for (const raw of items) {
    const item = raw as Record<string, unknown>;
    const group = Number(item.group);
    const min = numberOrNull(item.first_training_min_hours);
    const document = item.document;
    if (!Number.isInteger(group) || min === null) continue;
    if (document !== "certificate" && document !== "safety_card" && document !== "log_book_entry") continue;
    rules.set(group, {
      group,
      vi: String(item.vi ?? ""),
      en: String(item.en ?? ""),
      document,
      firstTrainingMinHours: min,
      validityMonths: numberOrNull(item.validity_months),
      refresherIntervalMonths: numberOrNull(item.refresher_interval_months),
    });
  }
  return rules;
}

/** Class -> the trainee groups it may train, from the reference list. */
export function parseClassGroups(data: unknown): Map<string, number[]> {
  const classes = new Map<string, number[]>();
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return classes;
  for (const raw of items) {
    const item = raw as Record<string, unknown>;
    if (typeof item.class !== "string" || !Array.isArray(item.trains_groups)) continue;
    const groups = item.trains_groups.map(Number).filter((g) => Number.isInteger(g));
    classes.set(item.class, [...new Set(groups)].sort((a, b) => a - b));
  }
  return classes;
}

/** A first training shorter than the group's minimum (refresher and retraining have other minimums). */
export function hoursBelowMinimum(
  rules: Map<number, GroupRule>,
  group: number | null | undefined,
  kind: string | null | undefined,
  hours: number | null | undefined,
): boolean {
  if (group === null || group === undefined || hours === null || hours === undefined) return false;
  const rule = rules.get(group);
  return kind === "first" && rule !== undefined && hours < rule.firstTrainingMinHours;
}

/** The licence covers a day given as YYYY-MM-DD (both ends included). */
export function licenceInForce(provider: Pick<Provider, "license_issued_on" | "license_expires_on">, day: string): boolean {
  return provider.license_issued_on <= day && day <= provider.license_expires_on;
}

/** The groups a course of this provider may have: those of its class. Unknown provider: none. */
export function courseGroups(provider: Pick<Provider, "trains_groups"> | undefined): number[] {
  return provider ? [...provider.trains_groups].sort((a, b) => a - b) : [];
}

export const STATE_COLORS: Record<RecordState, string> = {
  valid: "green",
  expiring: "orange",
  expired: "red",
  failed: "default",
};

// Certificate check

export type VerifyStatus = Schemas["VerifyStatus"];
export type VerifyAnswer = Schemas["VerifyOut"];

/** How an answer is shown: green for a valid document, amber when it runs out soon, red otherwise. */
export function verifyTone(status: VerifyStatus): "good" | "warn" | "bad" {
  if (status === "valid") return "good";
  if (status === "expiring") return "warn";
  return "bad";
}

/** Leading and trailing blanks dropped, inner runs of blanks made one, as typed from a card. */
export function normaliseNumber(number: string): string {
  return number.trim().replace(/\s+/g, " ");
}

// List filters held in the URL

const ID = /^[1-9]\d{0,9}$/;

export const PROVIDER_FILTERS = {
  q: { kind: "text", max: 200 },
  org_class: { kind: "choice", allowed: ORG_CLASSES },
  licence_valid: { kind: "bool" },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;
export type ProviderListState = StateOf<typeof PROVIDER_FILTERS>;

export const COURSE_FILTERS = {
  provider_id: { kind: "list", pattern: ID, max: 1 },
  trainee_group: { kind: "choice", allowed: GROUPS.map(String) },
  year: { kind: "list", pattern: /^(20\d\d|2100)$/, max: 1 },
  funded_by_program: { kind: "bool" },
  audience: { kind: "choice", allowed: AUDIENCES },
  limit: { kind: "choice", allowed: PAGE_SIZES },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;
export type CourseListState = StateOf<typeof COURSE_FILTERS>;

export const RECORD_SORTS = ["issued_on", "-issued_on", "worker_name", "-worker_name"] as const;

export const RECORD_FILTERS = {
  q: { kind: "text", max: 200 },
  trainee_group: { kind: "list", allowed: GROUPS.map(String) },
  state: { kind: "list", allowed: RECORD_STATES },
  enterprise_id: { kind: "list", pattern: ID, max: 1 },
  provider_id: { kind: "list", pattern: ID, max: 1 },
  sort: { kind: "choice", allowed: RECORD_SORTS },
  limit: { kind: "choice", allowed: PAGE_SIZES },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;
export type RecordListState = StateOf<typeof RECORD_FILTERS>;

/** Course list filters as API query parameters. */
export function courseQuery(state: CourseListState) {
  return {
    ...(state.provider_id[0] ? { provider_id: Number(state.provider_id[0]) } : {}),
    ...(state.trainee_group ? { trainee_group: Number(state.trainee_group) } : {}),
    ...(state.year[0] ? { year: Number(state.year[0]) } : {}),
    ...(state.funded_by_program !== null ? { funded_by_program: state.funded_by_program } : {}),
    ...(state.audience ? { audience: state.audience as (typeof AUDIENCES)[number] } : {}),
    limit: Number(state.limit ?? DEFAULT_PAGE_SIZE),
    ...(state.cursor ? { cursor: state.cursor } : {}),
  };
}

/**
 * Record list filters as API query parameters. `fixedState` forces the state filter: the expiring view
 * lists the oldest documents first, which are those that run out first.
 */
export function recordQuery(state: RecordListState, fixedState?: RecordState[]) {
  const states = fixedState ?? (state.state as RecordState[]);
  const q = state.q.trim();
  const sort = state.sort ?? (fixedState ? "issued_on" : null);
  return {
    ...(q ? { q } : {}),
    ...(state.trainee_group.length ? { trainee_group: state.trainee_group.map(Number) } : {}),
    ...(states.length ? { state: states } : {}),
    ...(state.enterprise_id[0] ? { enterprise_id: Number(state.enterprise_id[0]) } : {}),
    ...(state.provider_id[0] ? { provider_id: Number(state.provider_id[0]) } : {}),
    ...(sort ? { sort } : {}),
    limit: Number(state.limit ?? DEFAULT_PAGE_SIZE),
    ...(state.cursor ? { cursor: state.cursor } : {}),
  };
}

/** The query string of the Excel export: the list's filters, without paging. */
export function exportParams(state: RecordListState, fixedState?: RecordState[]): URLSearchParams {
  const { limit: _limit, cursor: _cursor, ...query } = recordQuery(state, fixedState);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.set(name, String(value));
  }
  params.set("format", "xlsx");
  return params;
}

export function countActive(values: unknown[]): number {
  return values.filter((value) => (Array.isArray(value) ? value.length > 0 : value !== null && value !== "")).length;
}

// Form payloads

/** Blank text as null, other text trimmed. */
export function text(value: string | null | undefined): string | null {
  const trimmed = (value ?? "").trim();
  return trimmed === "" ? null : trimmed;
}

/** Only what changed, for PATCH (fields in `fixed` cannot change and are left out). */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fixed: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (fixed.includes(key)) continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null)) out[key] = value;
  }
  return out;
}

/** Drops null values, for a create body where absent means "default". */
export function withoutNulls<T extends Record<string, unknown>>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && value !== undefined)) as Partial<T>;
}

// Compliance of one enterprise (GET /enterprises/{id}/training-compliance)

export type TrainingCompliance = Schemas["TrainingCompliance"];
export type GroupCompliance = Schemas["GroupCompliance"];
export type CompliancePerson = Schemas["CompliancePerson"];

/** The groups with anyone in them, in order, each with its total of people. */
export function complianceRows(groups: GroupCompliance[]): (GroupCompliance & { total: number })[] {
  return groups
    .map((g) => ({ ...g, total: g.valid + g.expiring + g.expired }))
    .filter((g) => g.total > 0)
    .sort((a, b) => a.trainee_group - b.trainee_group);
}

/** Nothing recorded for the enterprise: no one in any group. */
export function complianceEmpty(compliance: Pick<TrainingCompliance, "groups" | "expiring" | "expired">): boolean {
  return complianceRows(compliance.groups).length === 0 && compliance.expiring.length === 0 && compliance.expired.length === 0;
}
