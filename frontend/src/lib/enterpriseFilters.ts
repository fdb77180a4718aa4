import type { StateSpec, StateOf } from "./urlState";

export const LEGAL_FORMS = [
  "llc_single_member",
  "llc_multi_member",
  "joint_stock",
  "partnership",
  "private_enterprise",
  "branch",
  "cooperative",
  "cooperative_union",
  "cooperative_group",
  "household_business",
  "craft_village_establishment",
  "other",
] as const;
export const OWNERSHIPS = ["state", "domestic_private", "foreign_invested", "collective"] as const;
export const STATUSES = ["active", "suspended", "dissolved"] as const;
export const SIZE_CLASSES = ["micro", "small", "medium", "large"] as const;
export const SORT_FIELDS = ["name", "tax_code", "employees_total", "created_at", "updated_at"] as const;
export const SORTS = SORT_FIELDS.flatMap((field) => [field, `-${field}`]);
export const PAGE_SIZES = ["20", "50", "100", "200"] as const;
export const DEFAULT_PAGE_SIZE = 50;

export const ENTERPRISE_FILTERS = {
  q: { kind: "text", max: 200 },
  admin_unit: { kind: "list", pattern: /^\d{5}$/, max: 100 },
  zone: { kind: "list", pattern: /^[A-Za-z0-9_.-]{1,32}$/, max: 100 },
  vsic_section: { kind: "list", pattern: /^[A-U]$/, max: 21 },
  size_class: { kind: "list", allowed: SIZE_CLASSES },
  high_risk: { kind: "bool" },
  legal_form: { kind: "list", allowed: LEGAL_FORMS },
  status: { kind: "list", allowed: STATUSES },
  sort: { kind: "choice", allowed: SORTS },
  limit: { kind: "choice", allowed: PAGE_SIZES },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;

export type EnterpriseListState = StateOf<typeof ENTERPRISE_FILTERS>;

/** The filters that narrow the rows (not the sort, page size or cursor). */
export const FILTER_KEYS = ["admin_unit", "zone", "vsic_section", "size_class", "high_risk", "legal_form", "status"] as const;

export function activeFilterCount(state: EnterpriseListState): number {
  return FILTER_KEYS.filter((key) => {
    const value = state[key];
    return Array.isArray(value) ? value.length > 0 : value !== null;
  }).length;
}
