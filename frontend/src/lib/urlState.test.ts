import { describe, expect, it } from "vitest";
import { ENTERPRISE_FILTERS, activeFilterCount } from "./enterpriseFilters";
import { emptyState, parseState, sameFilters, serializeState, toQuery } from "./urlState";

describe("URL filter state", () => {
  it("round-trips every kind of field through the query string", () => {
    const state = {
      ...emptyState(ENTERPRISE_FILTERS),
      q: "dien tu duc thanh",
      admin_unit: ["09187", "09265"],
      zone: ["KCN-QV1"],
      vsic_section: ["C", "F"],
      size_class: ["large"],
      high_risk: false,
      legal_form: ["joint_stock", "cooperative"],
      status: ["active"],
      sort: "-employees_total",
      limit: "100",
      cursor: "WyJ2IiwiYSIsMV0",
    };
    const query = serializeState(ENTERPRISE_FILTERS, state).toString();
    const back = parseState(ENTERPRISE_FILTERS, new URLSearchParams(query));
    expect(back).toEqual(state);
  });

  it("leaves empty values out of the URL", () => {
    const query = serializeState(ENTERPRISE_FILTERS, { ...emptyState(ENTERPRISE_FILTERS), q: "hoa phat" });
    expect(query.toString()).toBe("q=hoa+phat");
    expect(serializeState(ENTERPRISE_FILTERS, emptyState(ENTERPRISE_FILTERS)).toString()).toBe("");
  });

  it("keeps Vietnamese text intact", () => {
    const query = serializeState(ENTERPRISE_FILTERS, { ...emptyState(ENTERPRISE_FILTERS), q: "Nguyễn Văn Đức" }).toString();
    expect(parseState(ENTERPRISE_FILTERS, new URLSearchParams(query)).q).toBe("Nguyễn Văn Đức");
  });

  it("drops unknown and malformed values from a hand-edited URL", () => {
    const state = parseState(
      ENTERPRISE_FILTERS,
      new URLSearchParams(
        "admin_unit=09187&admin_unit=abc&admin_unit=09187&size_class=huge&size_class=small&high_risk=maybe&sort=password&vsic_section=Z&vsic_section=C&status=active,dissolved",
      ),
    );
    expect(state.admin_unit).toEqual(["09187"]);
    expect(state.size_class).toEqual(["small"]);
    expect(state.high_risk).toBeNull();
    expect(state.sort).toBeNull();
    expect(state.vsic_section).toEqual(["C"]);
    expect(state.status).toEqual(["active", "dissolved"]);
  });

  it("turns the state into API query parameters", () => {
    const state = {
      ...emptyState(ENTERPRISE_FILTERS),
      q: "  thep ",
      admin_unit: ["09265"],
      high_risk: true,
      sort: "name",
    };
    expect(toQuery(ENTERPRISE_FILTERS, state)).toEqual({ q: "thep", admin_unit: ["09265"], high_risk: true, sort: "name" });
  });

  it("counts active filters and compares filters apart from the page", () => {
    const a = { ...emptyState(ENTERPRISE_FILTERS), zone: ["KCN-QV1"], high_risk: false };
    expect(activeFilterCount(a)).toBe(2);
    expect(sameFilters(ENTERPRISE_FILTERS, a, { ...a, cursor: "abc" })).toBe(true);
    expect(sameFilters(ENTERPRISE_FILTERS, a, { ...a, zone: [] })).toBe(false);
  });
});
