import { useQuery } from "@tanstack/react-query";
import { Form, Radio, Select, type FormInstance } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, unwrap, type Role, type Scope } from "../../api/client";
import { matches } from "../../lib/fold";
import { useCommunes, useZones } from "../../lib/lookups";
import { useDebounced } from "../../lib/useDebounced";

export const ROLES: Role[] = [
  "admin",
  "province_officer",
  "inspector",
  "commune_officer",
  "zone_board",
  "enterprise_user",
  "health_facility",
  "viewer",
];

export type ScopeKind = Scope["kind"];

/** The scope kinds each role may hold (as the server's role table says). */
export const ROLE_SCOPE_KINDS: Record<Role, ScopeKind[]> = {
  admin: ["province"],
  province_officer: ["province"],
  inspector: ["province", "communes", "zones"],
  commune_officer: ["communes"],
  zone_board: ["zones"],
  enterprise_user: ["enterprise"],
  health_facility: ["province", "communes"],
  viewer: ["province", "communes", "zones"],
};

export interface ScopeValues {
  role: Role;
  scope_kind: ScopeKind;
  scope_communes?: string[];
  scope_zones?: string[];
  scope_enterprise?: number;
}

export function toScope(values: ScopeValues): Scope {
  switch (values.scope_kind) {
    case "communes":
      return { kind: "communes", codes: values.scope_communes ?? [] };
    case "zones":
      return { kind: "zones", codes: values.scope_zones ?? [] };
    case "enterprise":
      return { kind: "enterprise", enterprise_id: values.scope_enterprise ?? 0 };
    default:
      return { kind: "province" };
  }
}

/** Server error fields for the scope, onto the form's own field names. */
export const SCOPE_RENAME: Record<string, string> = { scope: "scope_kind" };

function EnterprisePicker({ value, onChange, id }: { value?: number; onChange?: (v: number) => void; id?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebounced(search, 300);
  const options = useQuery({
    queryKey: ["enterprise-picker", q],
    queryFn: () => unwrap(api.GET("/api/v1/enterprises", { params: { query: { limit: 20, ...(q ? { q } : {}) } } })),
  });
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      placeholder={t("users.pickEnterprise")}
      loading={options.isFetching}
      options={(options.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name} (${e.tax_code})` }))}
      notFoundContent={options.isFetching ? t("common.loading") : t("common.noMatch")}
    />
  );
}

/** Role, then the scope kinds that role allows, then the communes, zones or enterprise. */
export function ScopeFields<T extends ScopeValues>({ form, roles = ROLES }: { form: FormInstance<T>; roles?: Role[] }) {
  const { t } = useTranslation();
  const communes = useCommunes();
  const zones = useZones();
  const role = Form.useWatch("role", form) as Role | undefined;
  const kind = Form.useWatch("scope_kind", form) as ScopeKind | undefined;
  const allowed = role ? ROLE_SCOPE_KINDS[role] : [];

  useEffect(() => {
    if (role && (!kind || !ROLE_SCOPE_KINDS[role].includes(kind))) {
      form.setFieldValue("scope_kind" as never, ROLE_SCOPE_KINDS[role][0] as never);
    }
  }, [role, kind, form]);

  return (
    <>
      <Form.Item name="role" label={t("users.role")} rules={[{ required: true, message: t("common.required") }]}>
        <Select options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))} />
      </Form.Item>
      {role ? (
        <Form.Item name="scope_kind" label={t("scope.kind")} rules={[{ required: true, message: t("common.required") }]}>
          <Radio.Group options={allowed.map((value) => ({ value, label: t(`scope.${value}`) }))} />
        </Form.Item>
      ) : null}
      {kind === "communes" ? (
        <Form.Item name="scope_communes" label={t("scope.communeCodes")} rules={[{ required: true, message: t("common.required") }]}>
          <Select
            mode="multiple"
            placeholder={t("users.pickCommunes")}
            loading={communes.isPending}
            showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
            options={communes.list.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
          />
        </Form.Item>
      ) : null}
      {kind === "zones" ? (
        <Form.Item name="scope_zones" label={t("scope.zoneCodes")} rules={[{ required: true, message: t("common.required") }]}>
          <Select
            mode="multiple"
            placeholder={t("users.pickZones")}
            loading={zones.isPending}
            showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
            options={zones.list.map((zone) => ({ value: zone.code, label: `${zone.name} (${zone.code})` }))}
          />
        </Form.Item>
      ) : null}
      {kind === "enterprise" ? (
        <Form.Item name="scope_enterprise" label={t("scope.enterpriseId")} rules={[{ required: true, message: t("common.required") }]}>
          <EnterprisePicker />
        </Form.Item>
      ) : null}
    </>
  );
}

export function useScopeText() {
  const { t } = useTranslation();
  const communes = useCommunes();
  const zones = useZones();
  return (scope: Scope): string => {
    switch (scope.kind) {
      case "province":
        return t("scope.province");
      case "communes":
        return scope.codes.length <= 3
          ? scope.codes.map((c) => communes.byCode.get(c)?.name ?? c).join(", ")
          : t("scope.nCommunes", { count: scope.codes.length });
      case "zones":
        return scope.codes.length <= 3
          ? scope.codes.map((c) => zones.byCode.get(c)?.name ?? c).join(", ")
          : t("scope.nZones", { count: scope.codes.length });
      case "enterprise":
        return t("scope.enterpriseN", { id: scope.enterprise_id });
      default:
        return "";
    }
  };
}
