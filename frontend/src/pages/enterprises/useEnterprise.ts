import { useQuery } from "@tanstack/react-query";
import { api, unwrapWithEtag } from "../../api/client";

export function enterpriseKey(id: number) {
  return ["enterprise", id] as const;
}

export function useEnterprise(id: number) {
  return useQuery({
    queryKey: enterpriseKey(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: () =>
      unwrapWithEtag(api.GET("/api/v1/enterprises/{enterprise_id}", { params: { path: { enterprise_id: id } } })),
  });
}
