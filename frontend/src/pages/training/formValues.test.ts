import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import {
  EMPTY_COURSE,
  EMPTY_PROVIDER,
  EMPTY_RECORD,
  coursePayload,
  courseToValues,
  providerPayload,
  providerToValues,
  recordPayload,
  recordToValues,
} from "./formValues";
import type { Course, Provider, TrainingRecord } from "./model";

const provider: Provider = {
  id: 4,
  kind: "organisation",
  name: "Trung tâm Huấn luyện An toàn Kinh Bắc",
  license_number: "12/2024/GCN-HL",
  org_class: "C",
  trains_groups: [1, 2, 3, 4, 5, 6],
  license_issued_on: "2024-06-13",
  license_expires_on: "2029-05-18",
  license_valid: true,
  enterprise_id: null,
  admin_unit_code: "09265",
  address: null,
  phone: "0222 3821 888",
  created_at: "2026-11-01T02:00:00Z",
  updated_at: "2026-11-01T02:00:00Z",
  version: 1,
};

const course: Course = {
  id: 9,
  provider_id: 4,
  provider_name: provider.name,
  title: "Huấn luyện nhóm 3",
  trainee_group: 3,
  kind: "first",
  start_on: "2026-11-20",
  end_on: "2026-11-22",
  hours: 24,
  hours_below_minimum: false,
  place: "KCN Quế Võ",
  admin_unit_code: "09265",
  enterprise_id: null,
  funded_by_program: true,
  program_funding_vnd: 25_000_000,
  audience: "workers",
  participants: 0,
  created_at: "2026-11-01T02:00:00Z",
  updated_at: "2026-11-01T02:00:00Z",
  version: 3,
};

describe("provider form", () => {
  it("round-trips a provider through the form unchanged", () => {
    expect(providerPayload(providerToValues(provider))).toEqual({
      kind: "organisation",
      name: provider.name,
      license_number: provider.license_number,
      org_class: "C",
      license_issued_on: "2024-06-13",
      license_expires_on: "2029-05-18",
      enterprise_id: null,
      admin_unit_code: "09265",
      address: null,
      phone: "0222 3821 888",
    });
  });

  it("sends the enterprise only for a self-training employer", () => {
    const values = { ...EMPTY_PROVIDER, name: " Công ty A ", license_number: " QĐ-7 ", org_class: "A" as const, enterprise_id: 5 };
    expect(providerPayload(values).enterprise_id).toBeNull();
    expect(providerPayload({ ...values, kind: "self_training_employer" }).enterprise_id).toBe(5);
    expect(providerPayload(values).name).toBe("Công ty A");
    expect(providerPayload(values).license_number).toBe("QĐ-7");
  });
});

describe("course form", () => {
  it("round-trips a course, its dates as a range", () => {
    const values = courseToValues(course);
    expect(values.dates?.map((d) => d?.format("YYYY-MM-DD"))).toEqual(["2026-11-20", "2026-11-22"]);
    expect(coursePayload(values)).toEqual({
      provider_id: 4,
      title: "Huấn luyện nhóm 3",
      trainee_group: 3,
      kind: "first",
      start_on: "2026-11-20",
      end_on: "2026-11-22",
      hours: 24,
      place: "KCN Quế Võ",
      admin_unit_code: "09265",
      enterprise_id: null,
      funded_by_program: true,
      program_funding_vnd: 25_000_000,
      audience: "workers",
    });
  });

  it("drops funding and audience when the program does not fund the course", () => {
    const payload = coursePayload({ ...courseToValues(course), funded_by_program: false });
    expect(payload.program_funding_vnd).toBeNull();
    expect(payload.audience).toBeNull();
  });

  it("sends no dates before they are picked", () => {
    const payload = coursePayload(EMPTY_COURSE);
    expect(payload.start_on).toBeNull();
    expect(payload.end_on).toBeNull();
  });
});

describe("record form", () => {
  const values = {
    ...EMPTY_RECORD,
    worker_name: " Nguyễn Văn Đức ",
    citizen_id: " ",
    enterprise_id: 2,
    admin_unit_code: "09265",
    provider_id: 4,
    trainee_group: 3,
    hours: 24,
    document_number: " TAT-001 ",
    issued_on: dayjs("2026-11-22"),
  };

  it("sends the number of a certificate or card, trimmed", () => {
    const payload = recordPayload(values, false);
    expect(payload.worker_name).toBe("Nguyễn Văn Đức");
    expect(payload.citizen_id).toBeNull();
    expect(payload.document_number).toBe("TAT-001");
    expect(payload.issued_on).toBe("2026-11-22");
  });

  it("takes the place from the enterprise when there is one", () => {
    expect(recordPayload(values, false).admin_unit_code).toBeNull();
    expect(recordPayload({ ...values, enterprise_id: null }, false).admin_unit_code).toBe("09265");
  });

  it("sends no number for a log-book entry or a failed training", () => {
    expect(recordPayload(values, true).document_number).toBeNull();
    expect(recordPayload({ ...values, result: "fail" }, false).document_number).toBeNull();
  });

  it("round-trips a record through the form unchanged", () => {
    const record: TrainingRecord = {
      id: 1,
      worker_name: "Trần Thị Hoa",
      birth_year: 1990,
      citizen_id: "027090001234",
      occupation: "Vận hành cầu trục",
      enterprise_id: 2,
      enterprise_name: "Công ty Cổ phần Thép Hòa Phát Bắc Ninh",
      admin_unit_code: "09265",
      zone_code: "KCN-QV1",
      provider_id: 4,
      provider_name: provider.name,
      course_id: 9,
      trainee_group: 3,
      kind: "first",
      hours: 24,
      result: "pass",
      document_kind: "safety_card",
      document_number: "TAT-002",
      issued_on: "2026-11-22",
      expires_on: "2028-11-22",
      refresher_due_on: "2028-11-22",
      valid_until: "2028-11-22",
      state: "valid",
      hours_below_minimum: false,
      notes: null,
      created_at: "2026-11-22T02:00:00Z",
      updated_at: "2026-11-22T02:00:00Z",
      version: 1,
    };
    expect(recordPayload(recordToValues(record), false)).toEqual({
      worker_name: "Trần Thị Hoa",
      birth_year: 1990,
      citizen_id: "027090001234",
      occupation: "Vận hành cầu trục",
      enterprise_id: 2,
      admin_unit_code: null,
      provider_id: 4,
      course_id: 9,
      trainee_group: 3,
      kind: "first",
      hours: 24,
      result: "pass",
      document_number: "TAT-002",
      issued_on: "2026-11-22",
      notes: null,
    });
  });
});
