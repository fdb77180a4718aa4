import dayjs, { type Dayjs } from "dayjs";
import type { Accident, AccidentCreate, AccidentKind, AccidentUpdate, Sector, Severity, Victim, VictimUpdate } from "./model";
import type { Schemas } from "../../api/client";

export interface VictimFormValues {
  id?: number;
  full_name: string;
  sex: Schemas["Sex"] | undefined;
  birth_year: number | null;
  occupation_code: string | undefined;
  citizen_id: string;
  contract_status: Schemas["ContractStatus"];
  not_under_management: boolean;
  severity: Severity | undefined;
  injury_description: string;
  days_off: number | null;
  medical_cost_vnd: number | null;
  wages_during_treatment_vnd: number | null;
  compensation_vnd: number | null;
  capacity_loss_pct: number | null;
}

export interface AccidentFormValues {
  kind: AccidentKind;
  sector: Sector;
  enterprise_id: number | undefined;
  occurred_at: Dayjs | null;
  admin_unit_code: string | undefined;
  place: string;
  cause_code: string | undefined;
  injury_factor_code: string | undefined;
  description: string;
  notified_at: Dayjs | null;
  notification_channel: Schemas["NotificationChannel"];
  needs_examination: boolean;
  property_damage_vnd: number | null;
  victims: VictimFormValues[];
}

export const VICTIM_FIELDS = [
  "full_name",
  "sex",
  "birth_year",
  "occupation_code",
  "citizen_id",
  "contract_status",
  "not_under_management",
  "severity",
  "injury_description",
  "days_off",
  "medical_cost_vnd",
  "wages_during_treatment_vnd",
  "compensation_vnd",
  "capacity_loss_pct",
] as const;

const ACCIDENT_FIELDS = [
  "kind",
  "sector",
  "enterprise_id",
  "occurred_at",
  "admin_unit_code",
  "place",
  "cause_code",
  "injury_factor_code",
  "description",
  "notified_at",
  "notification_channel",
  "needs_examination",
  "property_damage_vnd",
  "victims",
] as const;

/** The API field names the form shows, victims' fields by index, for placing server errors. */
export function formFieldNames(victims: number): string[] {
  const names: string[] = [...ACCIDENT_FIELDS];
  for (let index = 0; index < victims; index += 1) {
    for (const field of VICTIM_FIELDS) names.push(`victims.${index}.${field}`);
  }
  return names;
}

export function emptyVictim(): VictimFormValues {
  return {
    full_name: "",
    sex: undefined,
    birth_year: null,
    occupation_code: undefined,
    citizen_id: "",
    contract_status: "indefinite_term",
    not_under_management: false,
    severity: undefined,
    injury_description: "",
    days_off: 0,
    medical_cost_vnd: 0,
    wages_during_treatment_vnd: 0,
    compensation_vnd: 0,
    capacity_loss_pct: null,
  };
}

export function emptyAccident(sector: Sector, enterpriseId?: number, commune?: string): AccidentFormValues {
  return {
    kind: "accident",
    sector,
    enterprise_id: enterpriseId,
    occurred_at: null,
    admin_unit_code: commune,
    place: "",
    cause_code: undefined,
    injury_factor_code: undefined,
    description: "",
    notified_at: null,
    notification_channel: "online",
    needs_examination: false,
    property_damage_vnd: 0,
    victims: [emptyVictim()],
  };
}

function victimValues(v: Victim): VictimFormValues {
  return {
    id: v.id,
    full_name: v.full_name,
    sex: v.sex,
    birth_year: v.birth_year,
    occupation_code: v.occupation_code ?? undefined,
    citizen_id: v.citizen_id ?? "",
    contract_status: v.contract_status,
    not_under_management: v.not_under_management,
    severity: v.severity,
    injury_description: v.injury_description ?? "",
    days_off: v.days_off,
    medical_cost_vnd: v.medical_cost_vnd,
    wages_during_treatment_vnd: v.wages_during_treatment_vnd,
    compensation_vnd: v.compensation_vnd,
    capacity_loss_pct: v.capacity_loss_pct,
  };
}

export function toFormValues(a: Accident): AccidentFormValues {
  return {
    kind: a.kind,
    sector: a.sector,
    enterprise_id: a.enterprise_id ?? undefined,
    occurred_at: dayjs(a.occurred_at),
    admin_unit_code: a.admin_unit_code,
    place: a.place,
    cause_code: a.cause_code ?? undefined,
    injury_factor_code: a.injury_factor_code ?? undefined,
    description: a.description,
    notified_at: dayjs(a.notified_at),
    notification_channel: a.notification_channel,
    needs_examination: a.needs_examination,
    property_damage_vnd: a.property_damage_vnd,
    victims: a.victims.map(victimValues),
  };
}

function text(value: string | undefined | null): string | null {
  const trimmed = (value ?? "").trim();
  return trimmed === "" ? null : trimmed;
}

/** A moment with its offset, as the API wants it (an aware ISO 8601 time). */
function moment(value: Dayjs | null): string | null {
  return value ? value.second(0).millisecond(0).format() : null;
}

export function victimPayload(v: VictimFormValues): VictimUpdate {
  return {
    ...(v.id ? { id: v.id } : {}),
    full_name: v.full_name.trim(),
    sex: v.sex as Schemas["Sex"],
    birth_year: v.birth_year ?? null,
    occupation_code: v.occupation_code ?? null,
    citizen_id: text(v.citizen_id),
    contract_status: v.contract_status,
    not_under_management: v.not_under_management,
    severity: v.severity as Severity,
    injury_description: text(v.injury_description),
    days_off: v.days_off ?? 0,
    medical_cost_vnd: v.medical_cost_vnd ?? 0,
    wages_during_treatment_vnd: v.wages_during_treatment_vnd ?? 0,
    compensation_vnd: v.compensation_vnd ?? 0,
    capacity_loss_pct: v.severity === "fatal" ? null : (v.capacity_loss_pct ?? null),
  };
}

/** The body of a new report: unset optional fields left out so the server's defaults apply. */
export function toCreatePayload(v: AccidentFormValues): AccidentCreate {
  const notified = moment(v.notified_at);
  return {
    kind: v.kind,
    sector: v.sector,
    ...(v.sector === "contract" && v.enterprise_id ? { enterprise_id: v.enterprise_id } : {}),
    occurred_at: moment(v.occurred_at) as string,
    ...(v.admin_unit_code ? { admin_unit_code: v.admin_unit_code } : {}),
    place: v.place.trim(),
    ...(v.cause_code ? { cause_code: v.cause_code } : {}),
    ...(v.injury_factor_code ? { injury_factor_code: v.injury_factor_code } : {}),
    description: v.description.trim(),
    ...(notified ? { notified_at: notified } : {}),
    notification_channel: v.notification_channel,
    needs_examination: v.needs_examination,
    property_damage_vnd: v.property_damage_vnd ?? 0,
    victims: v.victims.map((victim) => {
      const { id: _id, ...rest } = victimPayload(victim);
      return rest;
    }),
  };
}

function editable(v: AccidentFormValues): Record<string, unknown> {
  return {
    occurred_at: moment(v.occurred_at),
    admin_unit_code: v.admin_unit_code,
    place: v.place.trim(),
    cause_code: v.cause_code ?? null,
    injury_factor_code: v.injury_factor_code ?? null,
    description: v.description.trim(),
    notified_at: moment(v.notified_at),
    notification_channel: v.notification_channel,
    property_damage_vnd: v.property_damage_vnd ?? 0,
    victims: v.victims.map(victimPayload),
  };
}

/** Only what changed since the record was loaded, for PATCH; the victims are sent whole when any changed. */
export function toUpdatePayload(before: Accident, v: AccidentFormValues): AccidentUpdate {
  const was = editable(toFormValues(before));
  const now = editable(v);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(now)) {
    if (JSON.stringify(was[key] ?? null) !== JSON.stringify(value ?? null)) out[key] = value;
  }
  return out as AccidentUpdate;
}
