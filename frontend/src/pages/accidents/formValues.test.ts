import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { emptyAccident, emptyVictim, formFieldNames, toCreatePayload, toFormValues, toUpdatePayload } from "./formValues";
import type { Accident } from "./model";

const record = {
  id: 7,
  code: "TNLD-2026-00007",
  kind: "accident",
  sector: "contract",
  enterprise_id: 1,
  enterprise_name: "Công ty TNHH Điện tử Đức Thành",
  zone_code: "KCN-QV1",
  vsic_section: "C",
  admin_unit_code: "09265",
  occurred_at: "2026-11-20T01:30:45Z",
  occurred_on: "2026-11-20",
  place: "Xưởng dập",
  cause_code: "1",
  injury_factor_code: "4",
  notified_at: "2026-11-20T03:00:00Z",
  notification_channel: "phone",
  status: "notified",
  severity: "serious",
  victims_count: 1,
  deaths: 0,
  serious_count: 1,
  female_count: 0,
  immediate_notification: false,
  notification_late: false,
  investigation_level: "establishment",
  investigation_limit_days: 7,
  investigation_deadline: "2026-11-27",
  overdue: false,
  version: 3,
  description: "Kẹp tay khi vận hành máy dập",
  needs_examination: false,
  investigation_team: null,
  investigation_record_date: null,
  extension_days: null,
  extension_reason: null,
  property_damage_vnd: 0,
  investigating_at: null,
  investigating_by: null,
  concluded_at: null,
  concluded_by: null,
  closed_at: null,
  closed_by: null,
  reported_by: "doanhnghiep@demo.osh.vn",
  allowed_statuses: ["investigating"],
  victims: [
    {
      id: 11,
      full_name: "Nguyễn Văn An",
      sex: "male",
      birth_year: 1990,
      occupation_code: "81",
      citizen_id: null,
      contract_status: "fixed_term",
      not_under_management: false,
      severity: "serious",
      injury_description: "Dập ngón tay",
      days_off: 20,
      medical_cost_vnd: 5_000_000,
      wages_during_treatment_vnd: 0,
      compensation_vnd: 0,
      capacity_loss_pct: 12,
    },
  ],
  created_at: "2026-11-20T03:00:00Z",
  updated_at: "2026-11-20T03:00:00Z",
} satisfies Accident;

describe("accident form values", () => {
  it("sends a new report with an aware time and without the fields left empty", () => {
    const values = {
      ...emptyAccident("contract", 1),
      occurred_at: dayjs("2026-11-20T08:30:45+07:00"),
      place: "  Xưởng dập ",
      description: "Kẹp tay",
      victims: [{ ...emptyVictim(), full_name: " Nguyễn Văn An ", sex: "male" as const, severity: "serious" as const, citizen_id: " " }],
    };
    const body = toCreatePayload(values);
    expect(dayjs(body.occurred_at).toISOString()).toBe("2026-11-20T01:30:00.000Z");
    expect(body.occurred_at).toMatch(/[+-]\d{2}:\d{2}$|Z$/);
    expect(body.place).toBe("Xưởng dập");
    expect(body).not.toHaveProperty("notified_at");
    expect(body).not.toHaveProperty("cause_code");
    expect(body).not.toHaveProperty("admin_unit_code");
    expect(body.enterprise_id).toBe(1);
    expect(body.victims?.[0]).toMatchObject({ full_name: "Nguyễn Văn An", citizen_id: null, days_off: 0 });
    expect(body.victims?.[0]).not.toHaveProperty("id");
  });

  it("never sends an enterprise for a non-contract accident", () => {
    const values = { ...emptyAccident("non_contract", 5, "09187"), occurred_at: dayjs(), place: "Ruộng", description: "Ngã" };
    const body = toCreatePayload(values);
    expect(body).not.toHaveProperty("enterprise_id");
    expect(body.admin_unit_code).toBe("09187");
  });

  it("sends nothing when nothing changed, and only what changed otherwise", () => {
    const values = toFormValues(record);
    expect(toUpdatePayload(record, values)).toEqual({});
    expect(toUpdatePayload(record, { ...values, place: "Xưởng ép" })).toEqual({ place: "Xưởng ép" });
    expect(toUpdatePayload(record, { ...values, cause_code: undefined })).toEqual({ cause_code: null });
  });

  it("sends the whole victims list, with their ids, when one victim changed or was added", () => {
    const values = toFormValues(record);
    const first = values.victims[0]!;
    const changed = toUpdatePayload(record, {
      ...values,
      victims: [{ ...first, days_off: 25 }, { ...emptyVictim(), full_name: "Lê Thị Hoa", sex: "female", severity: "minor" }],
    });
    expect(Object.keys(changed)).toEqual(["victims"]);
    expect(changed.victims?.[0]).toMatchObject({ id: 11, days_off: 25, capacity_loss_pct: 12 });
    expect(changed.victims?.[1]).not.toHaveProperty("id");
  });

  it("drops a capacity loss entered for a fatal victim", () => {
    const values = toFormValues(record);
    const fatal = toUpdatePayload(record, { ...values, victims: [{ ...values.victims[0]!, severity: "fatal" }] });
    expect(fatal.victims?.[0]).toMatchObject({ severity: "fatal", capacity_loss_pct: null });
  });

  it("names every victim field for placing the server's errors", () => {
    const names = formFieldNames(2);
    expect(names).toContain("victims.1.severity");
    expect(names).toContain("victims");
    expect(names).not.toContain("victims.2.severity");
  });
});
