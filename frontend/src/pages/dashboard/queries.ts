import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, unwrap, type Schemas } from "../../api/client";
import type { Period } from "./figures";

export type AccidentStats = Schemas["AccidentStats"];
export type StatsRow = Schemas["StatsRow"];
export type StatsFigures = Schemas["StatsFigures"];
export type StatsGroup = Schemas["StatsGroup"];
export type AccidentSummary = Schemas["AccidentSummary"];

/** Statistics of one period grouped one way; labels come in the UI language, so it is part of the key. */
export function useAccidentStats(period: Period, groupBy: StatsGroup) {
  const { i18n } = useTranslation();
  const lang = i18n.language.startsWith("en") ? "en" : "vi";
  return useQuery({
    queryKey: ["accidents", "stats", period.from, period.to, groupBy, lang],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/accidents/stats", {
          params: { query: { date_from: period.from, date_to: period.to, group_by: groupBy } },
        }),
      ),
  });
}

export const OVERDUE_SHOWN = 10;

/** Open accidents past their investigation deadline, oldest first (the longest overdue are among them). */
export function useOverdueAccidents() {
  return useQuery({
    queryKey: ["accidents", "list", "overdue"],
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/accidents", {
          params: { query: { overdue: true, sort: "occurred_at", limit: OVERDUE_SHOWN } },
        }),
      ),
  });
}
