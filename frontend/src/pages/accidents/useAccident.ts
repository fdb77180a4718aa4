import { useQuery } from "@tanstack/react-query";
import { api, unwrapWithEtag } from "../../api/client";
import { accidentKey } from "./model";

/** One accident with the ETag of its version, for If-Match on the next change. */
export function useAccident(id: number) {
  return useQuery({
    queryKey: accidentKey(id),
    enabled: Number.isInteger(id) && id > 0,
    queryFn: () => unwrapWithEtag(api.GET("/api/v1/accidents/{accident_id}", { params: { path: { accident_id: id } } })),
  });
}
