import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, unwrap, type Enterprise } from "../../api/client";
import { matches } from "../../lib/fold";
import { useDebounced } from "../../lib/useDebounced";
import type { Provider } from "./model";
import { useAllProviders } from "./queries";

interface PickerProps<T> {
  id?: string;
  value?: T | null;
  onChange?: (value: T | undefined) => void;
  disabled?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  size?: "large" | "middle";
  "aria-label"?: string;
}

export function providerLabel(provider: Provider): string {
  return `${provider.name} (${provider.license_number})`;
}

/** Picks a provider of the register, typed to find by name or licence number (diacritics ignored). */
export function ProviderPicker(
  props: PickerProps<number> & {
    onPicked?: (provider: Provider | undefined) => void;
    filter?: (p: Provider) => boolean;
    /** The list as wide as the field (on a phone, the screen's width). */
    matchWidth?: boolean;
  },
) {
  const { t } = useTranslation();
  const providers = useAllProviders();
  const { filter } = props;
  const options = useMemo(
    () =>
      providers.list
        .filter((p) => (filter ? filter(p) : true) || p.id === props.value)
        .map((p) => ({ value: p.id, label: providerLabel(p) })),
    [providers.list, filter, props.value],
  );
  return (
    <Select<number>
      id={props.id}
      aria-label={props["aria-label"]}
      size={props.size}
      showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
      allowClear={props.allowClear}
      disabled={props.disabled}
      value={props.value ?? undefined}
      onChange={(next) => {
        props.onChange?.(next ?? undefined);
        props.onPicked?.(next !== undefined ? providers.byId.get(next) : undefined);
      }}
      placeholder={props.placeholder ?? t("training.pickProvider")}
      loading={providers.isPending}
      options={options}
      notFoundContent={providers.isPending ? t("common.loading") : t("common.noMatch")}
      popupMatchSelectWidth={props.matchWidth ?? false}
      style={{ width: "100%" }}
    />
  );
}

/** Searches the enterprises in the caller's scope on the server (diacritics ignored); shows the chosen one's name. */
export function EnterprisePicker(props: PickerProps<number>) {
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
  const options = useMemo(() => {
    const map = new Map<number, Enterprise>();
    if (chosen.data) map.set(chosen.data.id, chosen.data);
    for (const e of found ?? []) map.set(e.id, e);
    return [...map.values()].map((e) => ({ value: e.id, label: `${e.name} (${e.tax_code})` }));
  }, [found, chosen.data]);

  return (
    <Select<number>
      id={props.id}
      aria-label={props["aria-label"]}
      size={props.size}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={props.allowClear}
      disabled={props.disabled}
      value={value}
      onChange={(next) => {
        props.onChange?.(next ?? undefined);
        setSearch("");
      }}
      placeholder={props.placeholder ?? t("training.pickEnterprise")}
      loading={results.isFetching}
      options={options}
      notFoundContent={results.isFetching ? t("common.loading") : t("common.noMatch")}
      popupMatchSelectWidth={false}
      style={{ width: "100%" }}
    />
  );
}
