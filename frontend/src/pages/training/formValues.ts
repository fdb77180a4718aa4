import dayjs, { type Dayjs } from "dayjs";
import { text, type Course, type Provider, type TrainingRecord } from "./model";

const DAY = "YYYY-MM-DD";

function day(value: Dayjs | null | undefined): string | null {
  return value ? value.format(DAY) : null;
}

function parseDay(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

// Providers

export interface ProviderFormValues {
  kind: "organisation" | "self_training_employer";
  name: string;
  license_number: string;
  org_class: "A" | "B" | "C" | undefined;
  license_issued_on: Dayjs | null;
  license_expires_on: Dayjs | null;
  enterprise_id: number | null;
  admin_unit_code: string | null;
  address: string;
  phone: string;
}

export const PROVIDER_FIELDS = [
  "kind",
  "name",
  "license_number",
  "org_class",
  "license_issued_on",
  "license_expires_on",
  "enterprise_id",
  "admin_unit_code",
  "address",
  "phone",
] as const;
/** Set when the provider is registered; a PATCH does not take them. */
export const PROVIDER_FIXED = ["kind", "license_number", "enterprise_id"] as const;

export const EMPTY_PROVIDER: ProviderFormValues = {
  kind: "organisation",
  name: "",
  license_number: "",
  org_class: undefined,
  license_issued_on: null,
  license_expires_on: null,
  enterprise_id: null,
  admin_unit_code: null,
  address: "",
  phone: "",
};

export function providerToValues(p: Provider): ProviderFormValues {
  return {
    kind: p.kind,
    name: p.name,
    license_number: p.license_number,
    org_class: p.org_class,
    license_issued_on: parseDay(p.license_issued_on),
    license_expires_on: parseDay(p.license_expires_on),
    enterprise_id: p.enterprise_id,
    admin_unit_code: p.admin_unit_code,
    address: p.address ?? "",
    phone: p.phone ?? "",
  };
}

export function providerPayload(v: ProviderFormValues): Record<string, unknown> {
  return {
    kind: v.kind,
    name: v.name.trim(),
    license_number: v.license_number.trim(),
    org_class: v.org_class,
    license_issued_on: day(v.license_issued_on),
    license_expires_on: day(v.license_expires_on),
    enterprise_id: v.kind === "self_training_employer" ? (v.enterprise_id ?? null) : null,
    admin_unit_code: v.admin_unit_code || null,
    address: text(v.address),
    phone: text(v.phone),
  };
}

// Courses

export interface CourseFormValues {
  provider_id: number | null;
  title: string;
  trainee_group: number | null;
  kind: "first" | "refresher" | "retraining";
  dates: [Dayjs | null, Dayjs | null] | null;
  hours: number | null;
  place: string;
  admin_unit_code: string | null;
  enterprise_id: number | null;
  funded_by_program: boolean;
  program_funding_vnd: number | null;
  audience: string | null;
}

export const COURSE_FIELDS = [
  "provider_id",
  "title",
  "trainee_group",
  "kind",
  "start_on",
  "end_on",
  "hours",
  "place",
  "admin_unit_code",
  "enterprise_id",
  "funded_by_program",
  "program_funding_vnd",
  "audience",
] as const;
/** API field -> form field, where they differ. */
export const COURSE_RENAME: Record<string, string> = { start_on: "dates", end_on: "dates" };
export const COURSE_FIXED = ["provider_id", "trainee_group", "kind", "enterprise_id"] as const;

export const EMPTY_COURSE: CourseFormValues = {
  provider_id: null,
  title: "",
  trainee_group: null,
  kind: "first",
  dates: null,
  hours: null,
  place: "",
  admin_unit_code: null,
  enterprise_id: null,
  funded_by_program: false,
  program_funding_vnd: null,
  audience: null,
};

export function courseToValues(c: Course): CourseFormValues {
  return {
    provider_id: c.provider_id,
    title: c.title,
    trainee_group: c.trainee_group,
    kind: c.kind,
    dates: [parseDay(c.start_on), parseDay(c.end_on)],
    hours: c.hours,
    place: c.place,
    admin_unit_code: c.admin_unit_code,
    enterprise_id: c.enterprise_id,
    funded_by_program: c.funded_by_program,
    program_funding_vnd: c.program_funding_vnd,
    audience: c.audience,
  };
}

/** The API body: funding and audience only for a program-funded course. */
export function coursePayload(v: CourseFormValues): Record<string, unknown> {
  const funded = v.funded_by_program;
  return {
    provider_id: v.provider_id,
    title: v.title.trim(),
    trainee_group: v.trainee_group,
    kind: v.kind,
    start_on: day(v.dates?.[0]),
    end_on: day(v.dates?.[1]),
    hours: v.hours,
    place: v.place.trim(),
    admin_unit_code: v.admin_unit_code || null,
    enterprise_id: v.enterprise_id ?? null,
    funded_by_program: funded,
    program_funding_vnd: funded ? (v.program_funding_vnd ?? null) : null,
    audience: funded ? (v.audience ?? null) : null,
  };
}

// Records

export interface RecordFormValues {
  worker_name: string;
  birth_year: number | null;
  citizen_id: string;
  occupation: string;
  enterprise_id: number | null;
  admin_unit_code: string | null;
  provider_id: number | null;
  course_id: number | null;
  trainee_group: number | null;
  kind: "first" | "refresher" | "retraining";
  hours: number | null;
  result: "pass" | "fail";
  document_number: string;
  issued_on: Dayjs | null;
  notes: string;
}

export const RECORD_FIELDS = [
  "worker_name",
  "birth_year",
  "citizen_id",
  "occupation",
  "enterprise_id",
  "admin_unit_code",
  "provider_id",
  "course_id",
  "trainee_group",
  "kind",
  "hours",
  "result",
  "document_number",
  "issued_on",
  "notes",
] as const;
export const RECORD_FIXED = ["enterprise_id", "admin_unit_code", "provider_id", "course_id", "trainee_group", "kind"] as const;

export const EMPTY_RECORD: RecordFormValues = {
  worker_name: "",
  birth_year: null,
  citizen_id: "",
  occupation: "",
  enterprise_id: null,
  admin_unit_code: null,
  provider_id: null,
  course_id: null,
  trainee_group: null,
  kind: "first",
  hours: null,
  result: "pass",
  document_number: "",
  issued_on: null,
  notes: "",
};

export function recordToValues(r: TrainingRecord): RecordFormValues {
  return {
    worker_name: r.worker_name,
    birth_year: r.birth_year,
    citizen_id: r.citizen_id ?? "",
    occupation: r.occupation ?? "",
    enterprise_id: r.enterprise_id,
    admin_unit_code: r.admin_unit_code,
    provider_id: r.provider_id,
    course_id: r.course_id,
    trainee_group: r.trainee_group,
    kind: r.kind,
    hours: r.hours,
    result: r.result,
    document_number: r.document_number ?? "",
    issued_on: parseDay(r.issued_on),
    notes: r.notes ?? "",
  };
}

/**
 * The API body of a record. With a course, the provider, group, kind, hours and day default to the
 * course's on the server, so they go out only when given. A log-book entry (group 4) has no number.
 */
export function recordPayload(v: RecordFormValues, logBook: boolean): Record<string, unknown> {
  return {
    worker_name: v.worker_name.trim(),
    birth_year: v.birth_year ?? null,
    citizen_id: text(v.citizen_id),
    occupation: text(v.occupation),
    enterprise_id: v.enterprise_id ?? null,
    admin_unit_code: v.enterprise_id ? null : v.admin_unit_code || null,
    provider_id: v.provider_id ?? null,
    course_id: v.course_id ?? null,
    trainee_group: v.trainee_group ?? null,
    kind: v.kind,
    hours: v.hours ?? null,
    result: v.result,
    document_number: logBook || v.result === "fail" ? null : text(v.document_number),
    issued_on: day(v.issued_on),
    notes: text(v.notes),
  };
}
