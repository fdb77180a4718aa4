import { describe, expect, it } from "vitest";
import {
  COURSE_FILTERS,
  RECORD_FILTERS,
  changedFields,
  complianceEmpty,
  complianceRows,
  countActive,
  courseGroups,
  courseQuery,
  exportParams,
  hoursBelowMinimum,
  licenceInForce,
  normaliseNumber,
  parseClassGroups,
  parseGroupRules,
  recordQuery,
  text,
  verifyTone,
  withoutNulls,
  type GroupCompliance,
} from "./model";
import { emptyState, parseState } from "../../lib/urlState";

// The shape of /reference/training_groups and /reference/training_org_classes (a subset of their fields).
const groupsReference = {
  source: "Decree 44/2016",
  items: [
    { group: 1, vi: "Người quản lý", en: "Managers", first_training_min_hours: 16, document: "certificate", validity_months: 24, refresher_interval_months: 24 },
    { group: 3, vi: "Người lao động nghiêm ngặt", en: "Strict-OSH workers", first_training_min_hours: 24, document: "safety_card", validity_months: 24 },
    { group: 4, vi: "Người lao động khác", en: "Other workers", first_training_min_hours: 16, document: "log_book_entry", validity_months: null, refresher_interval_months: 12 },
    { group: 9, vi: "Không hợp lệ", en: "Malformed", first_training_min_hours: 8, document: "diploma" },
    { group: "x", first_training_min_hours: 8, document: "certificate" },
  ],
};
const classesReference = {
  items: [
    { class: "A", trains_groups: [6, 4] },
    { class: "B", trains_groups: [1, 4, 5, 6, 4] },
    { class: "C", trains_groups: "all" },
  ],
};

describe("reference rules", () => {
  const rules = parseGroupRules(groupsReference);

  it("reads each group's document, minimum hours and validity, leaving out malformed items", () => {
    expect([...rules.keys()]).toEqual([1, 3, 4]);
    expect(rules.get(3)).toEqual({
      group: 3,
      vi: "Người lao động nghiêm ngặt",
      en: "Strict-OSH workers",
      document: "safety_card",
      firstTrainingMinHours: 24,
      validityMonths: 24,
      refresherIntervalMonths: null,
    });
    expect(rules.get(4)?.validityMonths).toBeNull();
    expect(rules.get(4)?.refresherIntervalMonths).toBe(12);
  });

  it("reads nothing from an answer without items", () => {
    expect(parseGroupRules(undefined).size).toBe(0);
    expect(parseGroupRules({ items: "none" }).size).toBe(0);
    expect(parseClassGroups(null).size).toBe(0);
  });

  it("maps each class to its groups, sorted and without repeats", () => {
    const classes = parseClassGroups(classesReference);
    expect(classes.get("A")).toEqual([4, 6]);
    expect(classes.get("B")).toEqual([1, 4, 5, 6]);
    expect(classes.has("C")).toBe(false);
  });

  it("warns about a first training below the group's minimum, at the boundary too", () => {
    expect(hoursBelowMinimum(rules, 3, "first", 23)).toBe(true);
    expect(hoursBelowMinimum(rules, 3, "first", 24)).toBe(false);
    expect(hoursBelowMinimum(rules, 3, "first", 25)).toBe(false);
    expect(hoursBelowMinimum(rules, 1, "first", 15)).toBe(true);
  });

  it("does not warn about refresher training, an unknown group or missing values", () => {
    expect(hoursBelowMinimum(rules, 3, "refresher", 8)).toBe(false);
    expect(hoursBelowMinimum(rules, 3, "retraining", 8)).toBe(false);
    expect(hoursBelowMinimum(rules, 2, "first", 1)).toBe(false);
    expect(hoursBelowMinimum(rules, null, "first", 1)).toBe(false);
    expect(hoursBelowMinimum(rules, 3, "first", null)).toBe(false);
  });
});

describe("providers", () => {
  const provider = { license_issued_on: "2025-01-15", license_expires_on: "2027-01-14" };

  it("holds a licence in force from its issue to its expiry, both days included", () => {
    expect(licenceInForce(provider, "2025-01-14")).toBe(false);
    expect(licenceInForce(provider, "2025-01-15")).toBe(true);
    expect(licenceInForce(provider, "2027-01-14")).toBe(true);
    expect(licenceInForce(provider, "2027-01-15")).toBe(false);
  });

  it("offers a course only the groups of the provider's class", () => {
    expect(courseGroups({ trains_groups: [6, 1, 4, 5] })).toEqual([1, 4, 5, 6]);
    expect(courseGroups(undefined)).toEqual([]);
  });
});

describe("certificate check", () => {
  it("shows valid green, expiring amber and everything else red", () => {
    expect(verifyTone("valid")).toBe("good");
    expect(verifyTone("expiring")).toBe("warn");
    expect(verifyTone("expired")).toBe("bad");
    expect(verifyTone("failed")).toBe("bad");
    expect(verifyTone("unknown")).toBe("bad");
  });

  it("sends the number as printed, without stray blanks", () => {
    expect(normaliseNumber("  123/2026  /TAT ")).toBe("123/2026 /TAT");
    expect(normaliseNumber("\tTAT-001\n")).toBe("TAT-001");
  });
});

describe("list filters", () => {
  it("turns the course filters of the URL into API parameters", () => {
    const state = parseState(
      COURSE_FILTERS,
      new URLSearchParams("provider_id=12&trainee_group=3&year=2026&funded_by_program=true&audience=farmers&limit=20&cursor=abc"),
    );
    expect(courseQuery(state)).toEqual({
      provider_id: 12,
      trainee_group: 3,
      year: 2026,
      funded_by_program: true,
      audience: "farmers",
      limit: 20,
      cursor: "abc",
    });
    expect(courseQuery(emptyState(COURSE_FILTERS))).toEqual({ limit: 50 });
  });

  it("drops malformed course filters", () => {
    const state = parseState(COURSE_FILTERS, new URLSearchParams("provider_id=0&trainee_group=7&year=1999&audience=pilots"));
    expect(courseQuery(state)).toEqual({ limit: 50 });
  });

  it("keeps a false program filter", () => {
    const state = parseState(COURSE_FILTERS, new URLSearchParams("funded_by_program=false"));
    expect(courseQuery(state)).toEqual({ funded_by_program: false, limit: 50 });
  });

  it("turns the record filters into API parameters, groups as numbers", () => {
    const state = parseState(
      RECORD_FILTERS,
      new URLSearchParams("q=%20nguyen%20van%20&trainee_group=3&trainee_group=1&state=valid,expired&enterprise_id=5&provider_id=2&sort=-worker_name"),
    );
    expect(recordQuery(state)).toEqual({
      q: "nguyen van",
      trainee_group: [3, 1],
      state: ["valid", "expired"],
      enterprise_id: 5,
      provider_id: 2,
      sort: "-worker_name",
      limit: 50,
    });
  });

  it("forces the state of the expiring view and lists the oldest documents first unless sorted", () => {
    const state = parseState(RECORD_FILTERS, new URLSearchParams("state=valid&trainee_group=3"));
    expect(recordQuery(state, ["expiring"])).toEqual({ trainee_group: [3], state: ["expiring"], sort: "issued_on", limit: 50 });
    const sorted = parseState(RECORD_FILTERS, new URLSearchParams("sort=-worker_name"));
    expect(recordQuery(sorted, ["expiring"]).sort).toBe("-worker_name");
    expect(recordQuery(emptyState(RECORD_FILTERS))).toEqual({ limit: 50 });
  });

  it("exports what the list shows, without paging", () => {
    const state = parseState(RECORD_FILTERS, new URLSearchParams("trainee_group=3&trainee_group=2&enterprise_id=5&limit=20&cursor=xyz"));
    expect(exportParams(state, ["expiring"]).toString()).toBe(
      "trainee_group=3&trainee_group=2&state=expiring&enterprise_id=5&sort=issued_on&format=xlsx",
    );
    expect(exportParams(emptyState(RECORD_FILTERS)).toString()).toBe("format=xlsx");
  });

  it("counts the filters in use", () => {
    expect(countActive([[], null, "", ["3"], false, "A"])).toBe(3);
  });
});

describe("payload helpers", () => {
  it("makes blank text null and trims the rest", () => {
    expect(text("  ")).toBeNull();
    expect(text(undefined)).toBeNull();
    expect(text("  Lô A1 ")).toBe("Lô A1");
  });

  it("sends only what changed, never the fields fixed at creation", () => {
    const before = { name: "A", phone: null, org_class: "B", license_number: "1" };
    const after = { name: "A", phone: "0222", org_class: "C", license_number: "2" };
    expect(changedFields(before, after, ["license_number"])).toEqual({ phone: "0222", org_class: "C" });
    expect(changedFields(before, { ...before })).toEqual({});
  });

  it("leaves nulls out of a create body, keeping false and zero", () => {
    expect(withoutNulls({ a: null, b: false, c: 0, d: undefined, e: "x" })).toEqual({ b: false, c: 0, e: "x" });
  });
});

describe("compliance", () => {
  const groups: GroupCompliance[] = [
    { trainee_group: 1, valid: 2, expiring: 0, expired: 1 },
    { trainee_group: 2, valid: 0, expiring: 0, expired: 0 },
    { trainee_group: 3, valid: 5, expiring: 2, expired: 0 },
  ];

  it("keeps the groups with anyone in them, with their totals", () => {
    expect(complianceRows([...groups].reverse())).toEqual([
      { trainee_group: 1, valid: 2, expiring: 0, expired: 1, total: 3 },
      { trainee_group: 3, valid: 5, expiring: 2, expired: 0, total: 7 },
    ]);
  });

  it("is empty when no one is recorded in any group", () => {
    const none = groups.map((g) => ({ ...g, valid: 0, expiring: 0, expired: 0 }));
    expect(complianceEmpty({ groups: none, expiring: [], expired: [] })).toBe(true);
    expect(complianceEmpty({ groups, expiring: [], expired: [] })).toBe(false);
  });
});
