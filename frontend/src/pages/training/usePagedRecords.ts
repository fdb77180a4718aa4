import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api/client";
import type { paths } from "../../api/schema";

export type RecordQuery = NonNullable<paths["/api/v1/training-records"]["get"]["parameters"]["query"]>;

/** Records of a fixed filter (a course's participants, a provider's), paged here rather than in the URL. */
export function usePagedRecords(filter: RecordQuery, enabled = true, limit = 20) {
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const query = { ...filter, limit, ...(cursor ? { cursor } : {}) };
  const list = useQuery({
    queryKey: ["training-records", "list", query],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/training-records", { params: { query } })),
  });
  return {
    list,
    limit,
    pageIndex: cursors.length,
    hasPrevious: cursors.length > 0,
    first: () => setCursors([]),
    previous: () => setCursors((all) => all.slice(0, -1)),
    next: (next: string) => setCursors((all) => [...all, next]),
  };
}
