import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { api, unwrap, unwrapWithEtag } from "../../api/client";
import { parseClassGroups, parseGroupRules } from "./model";

const HOUR = 60 * 60 * 1000;

export const providerKey = (id: number) => ["training-provider", id] as const;
export const courseKey = (id: number) => ["training-course", id] as const;
export const recordKey = (id: number) => ["training-record", id] as const;

/** The six trainee groups with their names, documents and minimum hours (Decree 44/2016), fetched once. */
export function useGroupRules() {
  const query = useQuery({
    queryKey: ["lookup", "training_groups"],
    staleTime: HOUR,
    queryFn: () => unwrap(api.GET("/api/v1/reference/{name}", { params: { path: { name: "training_groups" } } })),
  });
  const rules = useMemo(() => parseGroupRules(query.data), [query.data]);
  return { ...query, rules };
}

/** Class A/B/C -> the groups it may train. */
export function useClassGroups() {
  const query = useQuery({
    queryKey: ["lookup", "training_org_classes"],
    staleTime: HOUR,
    queryFn: () => unwrap(api.GET("/api/v1/reference/{name}", { params: { path: { name: "training_org_classes" } } })),
  });
  const classes = useMemo(() => parseClassGroups(query.data), [query.data]);
  return { ...query, classes };
}

/** Every provider of the register (a province has tens of them), for pickers and names. */
export function useAllProviders() {
  const query = useQuery({
    queryKey: ["training-providers", "all"],
    staleTime: 60_000,
    queryFn: () => unwrap(api.GET("/api/v1/training-providers")),
  });
  const list = useMemo(() => query.data?.items ?? [], [query.data]);
  const byId = useMemo(() => new Map(list.map((p) => [p.id, p])), [list]);
  return { ...query, list, byId };
}

export function useProvider(id: number) {
  return useQuery({
    queryKey: providerKey(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: () =>
      unwrapWithEtag(api.GET("/api/v1/training-providers/{provider_id}", { params: { path: { provider_id: id } } })),
  });
}

export function useCourse(id: number) {
  return useQuery({
    queryKey: courseKey(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: () => unwrapWithEtag(api.GET("/api/v1/training-courses/{course_id}", { params: { path: { course_id: id } } })),
  });
}

export function useRecord(id: number) {
  return useQuery({
    queryKey: recordKey(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: () => unwrapWithEtag(api.GET("/api/v1/training-records/{record_id}", { params: { path: { record_id: id } } })),
  });
}

/** An enterprise's name (for titles and pickers), cached like the other enterprise look-ups. */
export function useEnterpriseName(id: number | null | undefined) {
  return useQuery({
    queryKey: ["enterprise", id ?? 0, "name"],
    enabled: typeof id === "number" && id > 0,
    staleTime: 5 * 60 * 1000,
    queryFn: () =>
      unwrap(api.GET("/api/v1/enterprises/{enterprise_id}", { params: { path: { enterprise_id: id ?? 0 } } })),
  });
}
