import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Timeline, Typography } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { api, unwrap, type AuditEvent } from "../../api/client";
import { ErrorState, LoadingState } from "../../components/States";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { codeLabel, useCodeList, useCommunes } from "../../lib/lookups";
import { describeEvent, type FieldChange } from "./timeline";

const ENUMS: Record<string, string> = {
  kind: "accidents.kindValue",
  sector: "accidents.sectorValue",
  severity: "accidents.severityValue",
  status: "accidents.statusValue",
  notification_channel: "accidents.channel",
  investigation_level: "accidents.level",
  sex: "accidents.sex",
  contract_status: "accidents.contractStatus",
};
const MOMENTS = new Set(["occurred_at", "notified_at"]);
const DAYS = new Set(["investigation_record_date", "investigation_deadline"]);

export function timelineKey(id: number) {
  return ["accident-timeline", id] as const;
}

/** Values of an accident's or a victim's fields, as a person reads them. */
function useValueText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const communes = useCommunes();
  const causes = useCodeList("accident_causes");
  const factors = useCodeList("injury_factors");
  const occupations = useCodeList("occupations_vsco");
  return (field: string, value: unknown, ofVictim: boolean): string => {
    if (value === null || value === undefined || value === "") return t("common.none");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (typeof value === "number") return formatNumber(value, lang);
    const text = String(value);
    if (field === "severity" && ofVictim) return t(`accidents.victimSeverity.${text}`, { defaultValue: text });
    const group = ENUMS[field];
    if (group) return t(`${group}.${text}`, { defaultValue: text });
    if (MOMENTS.has(field)) return formatDateTime(text);
    if (DAYS.has(field)) return formatDate(text);
    if (field === "admin_unit_code") return communes.byCode.get(text)?.name ?? text;
    if (field === "cause_code") return codeLabel(causes.byCode.get(text), text, lang);
    if (field === "injury_factor_code") return codeLabel(factors.byCode.get(text), text, lang);
    if (field === "occupation_code") return codeLabel(occupations.byCode.get(text), text, lang);
    return text;
  };
}

function fieldLabel(field: string, ofVictim: boolean, t: TFunction, exists: (key: string) => boolean): string {
  const key = ofVictim ? `accidents.victim.${field}` : `accidents.${field}`;
  return exists(key) ? t(key) : field;
}

function Changes({ changes, ofVictim }: { changes: FieldChange[]; ofVictim: boolean }) {
  const { t, i18n } = useTranslation();
  const valueText = useValueText();
  return (
    <ul className="history-change">
      {changes.map((change) => (
        <li key={change.field}>
          <strong>{fieldLabel(change.field, ofVictim, t, (k) => i18n.exists(k))}</strong>:{" "}
          <span className="history-before">{valueText(change.field, change.before, ofVictim)}</span>
          {" → "}
          <span className="history-after">{valueText(change.field, change.after, ofVictim)}</span>
        </li>
      ))}
    </ul>
  );
}

function EventBody({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const details = describeEvent(event);
  return (
    <div>
      {details.victimsCount !== null ? <div>{t("accidents.timeline.createdWith", { count: details.victimsCount })}</div> : null}
      {details.file ? (
        <div>
          {details.file.filename}
          {details.file.kind ? ` (${t(`accidents.attachmentKind.${details.file.kind}`, { defaultValue: details.file.kind })})` : ""}
        </div>
      ) : null}
      {details.fields.length > 0 ? <Changes changes={details.fields} ofVictim={false} /> : null}
      {details.victims.map((victim, index) => (
        <div key={`${victim.change}-${victim.name}-${index}`}>
          {victim.change === "added"
            ? t("accidents.timeline.victimAdded", { name: victim.name })
            : victim.change === "removed"
              ? t("accidents.timeline.victimRemoved", { name: victim.name })
              : t("accidents.timeline.victimChanged", { name: victim.name })}
          {victim.fields.length > 0 ? <Changes changes={victim.fields} ofVictim /> : null}
        </div>
      ))}
      {details.note ? (
        <div>
          <strong>{t("accidents.note")}</strong>: {details.note}
        </div>
      ) : null}
    </div>
  );
}

const COLORS: Record<string, string> = { create: "blue", status: "green", delete: "red", detach: "gray", attach: "blue" };

/** Every change of the accident, oldest first, as the audit log holds it. */
export function AccidentTimeline({ id }: { id: number }) {
  const { t } = useTranslation();
  const timeline = useInfiniteQuery({
    queryKey: timelineKey(id),
    initialPageParam: "",
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/accidents/{accident_id}/timeline", {
          params: { path: { accident_id: id }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  if (timeline.isPending) return <LoadingState rows={3} />;
  if (timeline.isError) return <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />;
  const events = timeline.data.pages.flatMap((page) => page.items);
  if (events.length === 0) return <Typography.Text type="secondary">{t("accidents.timeline.empty")}</Typography.Text>;
  return (
    <div data-testid="accident-timeline">
      <Timeline
        items={events.map((event) => ({
          key: event.id,
          color: COLORS[event.action] ?? "gray",
          content: (
            <div>
              <strong>{t(`accidents.timeline.${event.action}`, { defaultValue: event.action })}</strong>{" "}
              <Typography.Text type="secondary">
                {formatDateTime(event.at)} · {event.actor_label}
              </Typography.Text>
              <EventBody event={event} />
            </div>
          ),
        }))}
      />
      {timeline.hasNextPage ? (
        <Button onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
          {t("accidents.timeline.more")}
        </Button>
      ) : null}
    </div>
  );
}
