import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, LoadingState } from "../../components/States";
import { formatNumber } from "../../lib/format";
import { topRows, type Period } from "./figures";
import { useAccidentStats, type StatsGroup } from "./queries";

/** The five groups (causes, injury factors) with most accidents in the period, each with a bar. */
export function TopGroups({
  title,
  period,
  groupBy,
  testId,
}: {
  title: string;
  period: Period;
  groupBy: StatsGroup;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const stats = useAccidentStats(period, groupBy);
  const rows = topRows(stats.data?.rows ?? []);
  const highest = Math.max(1, ...rows.map((row) => row.accidents));
  let body;
  if (stats.isPending) body = <LoadingState rows={4} />;
  else if (stats.isError) body = <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />;
  else if (rows.length === 0) body = <EmptyState title={t("dashboard.noAccidents")} />;
  else {
    body = (
      <ol className="top-list" data-testid={testId}>
        {rows.map((row) => (
          <li key={row.key ?? "none"} className="top-item">
            <div className="top-item-text">
              <span className="top-item-label">{row.label}</span>
              <span className="top-item-value">
                {t("dashboard.accidentsCount", {
                  count: row.accidents,
                  value: formatNumber(row.accidents, i18n.language),
                })}
              </span>
            </div>
            <div className="top-bar" aria-hidden>
              <div className="top-bar-fill" style={{ width: `${(row.accidents / highest) * 100}%` }} />
            </div>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <Card title={<h2 className="card-title">{title}</h2>} className="dashboard-card">
      <p className="muted card-hint">{t("dashboard.topHint")}</p>
      {body}
    </Card>
  );
}
