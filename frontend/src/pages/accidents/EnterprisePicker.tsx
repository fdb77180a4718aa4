import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, unwrap, type Enterprise } from "../../api/client";
import { useDebounced } from "../../lib/useDebounced";

interface EnterprisePickerProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Called with the whole enterprise once one is picked (e.g. to default its commune). */
  onPicked?: (enterprise: Enterprise) => void;
  disabled?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  "aria-label"?: string;
}

/** Searches the enterprises in the caller's scope on the server (diacritics ignored); shows the chosen one's name. */
export function EnterprisePicker(props: EnterprisePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const q = useDebounced(search.trim(), 300);
  const value = props.value ?? undefined;
  const results = useQuery({
    queryKey: ["enterprise-picker", q],
    enabled: !props.disabled,
    queryFn: () => unwrap(api.GET("/api/v1/enterprises", { params: { query: { limit: 20, sort: "name", ...(q ? { q } : {}) } } })),
  });
  const chosen = useQuery({
    queryKey: ["enterprise", value ?? 0, "name"],
    enabled: value !== undefined,
    staleTime: 5 * 60 * 1000,
    queryFn: () => unwrap(api.GET("/api/v1/enterprises/{enterprise_id}", { params: { path: { enterprise_id: value ?? 0 } } })),
  });
  const found = results.data?.items;
  const byId = useMemo(() => {
    const map = new Map<number, Enterprise>();
    for (const e of found ?? []) map.set(e.id, e);
    if (chosen.data) map.set(chosen.data.id, chosen.data);
    return map;
  }, [found, chosen.data]);
  const options = [...byId.values()].map((e) => ({ value: e.id, label: `${e.name} (${e.tax_code})` }));

  return (
    <Select<number>
      id={props.id}
      aria-label={props["aria-label"]}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={props.allowClear}
      disabled={props.disabled}
      value={value}
      onChange={(next) => {
        props.onChange?.(next ?? undefined);
        const enterprise = next !== undefined ? byId.get(next) : undefined;
        if (enterprise) props.onPicked?.(enterprise);
        setSearch("");
      }}
      placeholder={props.placeholder ?? t("accidents.form.pickEnterprise")}
      loading={results.isFetching}
      options={options}
      notFoundContent={results.isFetching ? t("common.loading") : t("common.noMatch")}
      popupMatchSelectWidth={false}
      style={{ width: "100%" }}
    />
  );
}
