import type { Schemas } from "../../api/client";
import type { StateOf, StateSpec } from "../../lib/urlState";

export type Accident = Schemas["AccidentOut"];
export type AccidentSummary = Schemas["AccidentSummary"];
export type AccidentCreate = Schemas["AccidentCreate"];
export type AccidentUpdate = Schemas["AccidentUpdate"];
export type Victim = Schemas["VictimOut"];
export type VictimUpdate = Schemas["VictimUpdate"];
export type Attachment = Schemas["AttachmentOut"];
export type AccidentStatus = Schemas["AccidentStatus"];
export type Severity = Schemas["Severity"];
export type Sector = Schemas["Sector"];
export type AccidentKind = Schemas["AccidentKind"];

export const KINDS = ["accident", "technical_incident"] as const satisfies readonly AccidentKind[];
export const SECTORS = ["contract", "non_contract"] as const satisfies readonly Sector[];
export const SEVERITIES = ["fatal", "serious", "minor"] as const satisfies readonly Severity[];
export const STATUSES = ["notified", "investigating", "concluded", "closed"] as const satisfies readonly AccidentStatus[];
export const CHANNELS = ["online", "phone", "in_person", "email", "fax", "post", "other"] as const satisfies readonly Schemas["NotificationChannel"][];
export const LEVELS = ["establishment", "province", "central"] as const satisfies readonly Schemas["InvestigationLevel"][];
export const SEXES = ["male", "female"] as const satisfies readonly Schemas["Sex"][];
export const CONTRACT_STATUSES = [
  "indefinite_term",
  "fixed_term",
  "probation",
  "apprentice",
  "no_contract",
] as const satisfies readonly Schemas["ContractStatus"][];
export const ATTACHMENT_KINDS = ["investigation_record", "photo", "other"] as const satisfies readonly Schemas["AttachmentKind"][];

export const SORT_FIELDS = ["occurred_at", "code", "created_at", "updated_at"] as const;
export const SORTS = SORT_FIELDS.flatMap((field) => [field, `-${field}`]);
export const PAGE_SIZES = ["20", "50", "100", "200"] as const;
export const DEFAULT_PAGE_SIZE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const ACCIDENT_FILTERS = {
  q: { kind: "text", max: 200 },
  date_from: { kind: "list", pattern: DAY, max: 1 },
  date_to: { kind: "list", pattern: DAY, max: 1 },
  kind: { kind: "list", allowed: KINDS },
  sector: { kind: "list", allowed: SECTORS },
  severity: { kind: "list", allowed: SEVERITIES },
  status: { kind: "list", allowed: STATUSES },
  admin_unit: { kind: "list", pattern: /^\d{5}$/, max: 100 },
  zone: { kind: "list", pattern: /^[A-Za-z0-9_.-]{1,32}$/, max: 100 },
  enterprise_id: { kind: "list", pattern: /^[1-9]\d{0,9}$/, max: 1 },
  overdue: { kind: "bool" },
  immediate_notification: { kind: "bool" },
  sort: { kind: "choice", allowed: SORTS },
  limit: { kind: "choice", allowed: PAGE_SIZES },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;

export type AccidentListState = StateOf<typeof ACCIDENT_FILTERS>;

/** The filters that narrow the rows (not the search, sort, page size or cursor). */
export const FILTER_KEYS = [
  "date_from",
  "date_to",
  "kind",
  "sector",
  "severity",
  "status",
  "admin_unit",
  "zone",
  "enterprise_id",
  "overdue",
  "immediate_notification",
] as const;

export function activeFilterCount(state: AccidentListState): number {
  return FILTER_KEYS.filter((key) => {
    const value = state[key];
    return Array.isArray(value) ? value.length > 0 : value !== null;
  }).length;
}

/** The list state as the API's query parameters. */
export function listQuery(state: AccidentListState) {
  const one = (values: string[]) => values[0];
  return {
    ...(state.q.trim() ? { q: state.q.trim() } : {}),
    ...(one(state.date_from) ? { date_from: one(state.date_from) } : {}),
    ...(one(state.date_to) ? { date_to: one(state.date_to) } : {}),
    ...(state.kind.length ? { kind: state.kind as AccidentKind[] } : {}),
    ...(state.sector.length ? { sector: state.sector as Sector[] } : {}),
    ...(state.severity.length ? { severity: state.severity as Severity[] } : {}),
    ...(state.status.length ? { status: state.status as AccidentStatus[] } : {}),
    ...(state.admin_unit.length ? { admin_unit: state.admin_unit } : {}),
    ...(state.zone.length ? { zone: state.zone } : {}),
    ...(one(state.enterprise_id) ? { enterprise_id: Number(one(state.enterprise_id)) } : {}),
    ...(state.overdue !== null ? { overdue: state.overdue } : {}),
    ...(state.immediate_notification !== null ? { immediate_notification: state.immediate_notification } : {}),
    ...(state.sort ? { sort: state.sort } : {}),
    limit: Number(state.limit ?? DEFAULT_PAGE_SIZE),
    ...(state.cursor ? { cursor: state.cursor } : {}),
  };
}

/** The sectors a scope may report: employers and zone boards their enterprises', communes the non-contract ones. */
export function sectorsFor(scopeKind: string): Sector[] {
  if (scopeKind === "enterprise" || scopeKind === "zones") return ["contract"];
  if (scopeKind === "communes") return ["non_contract"];
  return [...SECTORS];
}

export function accidentKey(id: number) {
  return ["accident", id] as const;
}
