import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, unwrap, type AdminUnit, type Zone } from "../api/client";

const HOUR = 60 * 60 * 1000;

/** The communes and wards of the deployment's province (about a hundred): fetched once. */
export function useCommunes() {
  const query = useQuery({
    queryKey: ["lookup", "communes"],
    staleTime: HOUR,
    queryFn: async () => {
      const items: AdminUnit[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET("/api/v1/admin-units", {
            params: { query: { parent: "province", level: "commune", limit: 200, ...(cursor ? { cursor } : {}) } },
          }),
        );
        items.push(...page.items);
        cursor = page.next_cursor ?? undefined;
      } while (cursor);
      return items.sort((a, b) => a.name.localeCompare(b.name, "vi"));
    },
  });
  const byCode = useMemo(() => new Map((query.data ?? []).map((unit) => [unit.code, unit])), [query.data]);
  return { ...query, list: query.data ?? [], byCode };
}

export function useZones() {
  const query = useQuery({
    queryKey: ["lookup", "zones"],
    staleTime: 5 * 60 * 1000,
    queryFn: async () => {
      const items: Zone[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET("/api/v1/industrial-zones", { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }),
        );
        items.push(...page.items);
        cursor = page.next_cursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
  const byCode = useMemo(() => new Map((query.data ?? []).map((zone) => [zone.code, zone])), [query.data]);
  return { ...query, list: query.data ?? [], byCode };
}

export interface VsicSection {
  code: string;
  vi: string;
  en: string;
}

export function useVsicSections() {
  const query = useQuery({
    queryKey: ["lookup", "vsic_sections"],
    staleTime: HOUR,
    queryFn: async () => {
      const data = await unwrap(
        api.GET("/api/v1/reference/{name}", { params: { path: { name: "vsic_sections" } } }),
      );
      const items = (data as { items?: VsicSection[] }).items ?? [];
      return items.filter((item) => /^[A-U]$/.test(item.code));
    },
  });
  const byCode = useMemo(() => new Map((query.data ?? []).map((s) => [s.code, s])), [query.data]);
  return { ...query, list: query.data ?? [], byCode };
}

export interface CodeItem {
  code: string;
  vi: string;
  en: string;
  parent?: string | null;
  level?: number;
}

export type CodeListName = "accident_causes" | "injury_factors" | "occupations_vsco";

/** A legal code list (accident causes, injury factors, occupations), fetched once; codes kept in the list's order. */
export function useCodeList(name: CodeListName) {
  const query = useQuery({
    queryKey: ["lookup", name],
    staleTime: HOUR,
    queryFn: async () => {
      const data = await unwrap(api.GET("/api/v1/reference/{name}", { params: { path: { name } } }));
      const items = (data as { items?: CodeItem[] }).items ?? [];
      return items.map((item) => ({ ...item, code: String(item.code) }));
    },
  });
  const byCode = useMemo(() => new Map((query.data ?? []).map((item) => [item.code, item])), [query.data]);
  return { ...query, list: query.data ?? [], byCode };
}

/** "74 – Thợ điện và thợ điện tử": the code first, so it can be typed to find the item. */
export function codeLabel(item: CodeItem | undefined, code: string | null | undefined, lang: string): string {
  if (!code) return "";
  if (!item) return code;
  return `${item.code} – ${lang.startsWith("en") ? item.en : item.vi}`;
}

/** The province this deployment serves (public: also shown on the login page). */
export function useDeployment() {
  return useQuery({
    queryKey: ["deployment"],
    staleTime: HOUR,
    queryFn: () => unwrap(api.GET("/api/v1/deployment")),
  });
}

/** The province's title in the UI language, e.g. "Tỉnh Bắc Ninh" or "Bắc Ninh province". */
export function useProvinceTitle(language: string): string {
  const { data } = useDeployment();
  if (!data) return "";
  return language.startsWith("en") ? data.province.title_en : data.province.title_vi;
}
