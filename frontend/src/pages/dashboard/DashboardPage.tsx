import { Alert, Card, Segmented, Select } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useMe } from "../../auth/AuthContext";
import { EmptyState, ErrorState, LoadingState, PageHeader } from "../../components/States";
import { formatDate, formatNumber } from "../../lib/format";
import { CompareCards } from "./CompareCards";
import { comparisonPeriods, lastMonthOf, localToday, monthSeries, pickableYears } from "./figures";
import { MonthChart } from "./MonthChart";
import { OverdueList } from "./OverdueList";
import { useAccidentStats, type StatsRow } from "./queries";
import { TopGroups } from "./TopGroups";
import "./dashboard.css";

const METRICS = ["accidents", "victims", "deaths"] as const;
type Metric = (typeof METRICS)[number];

function monthNames(lang: string) {
  const en = lang.startsWith("en");
  const long = new Intl.DateTimeFormat(en ? "en-GB" : "vi-VN", { month: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
  const at = (month: number) => new Date(Date.UTC(2000, month - 1, 1));
  return {
    // "T1".."T12" is how Vietnamese charts name months; Intl's "thg 1" is too wide for a phone.
    short: (month: number) => (en ? short.format(at(month)) : `T${month}`),
    long: (month: number) => {
      const name = long.format(at(month));
      return name.charAt(0).toUpperCase() + name.slice(1);
    },
  };
}

function useYear(years: number[]): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get("year"));
  const year = years.includes(asked) ? asked : (years[0] as number);
  const setYear = (next: number) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === years[0]) copy.delete("year");
        else copy.set("year", String(next));
        return copy;
      },
      { replace: true },
    );
  return [year, setYear];
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const today = useMemo(() => localToday(), []);
  const years = useMemo(() => pickableYears(today), [today]);
  const [year, setYear] = useYear(years);
  const [metric, setMetric] = useState<Metric>("accidents");
  const { current, previous, toDate } = comparisonPeriods(year, today);
  const previousYear = year - 1;

  const currentStats = useAccidentStats(current, "month");
  const previousStats = useAccidentStats(previous, "month");
  const months = useMemo(() => monthNames(i18n.language), [i18n.language]);

  const subtitle = toDate
    ? t("dashboard.periodToDate", {
        from: formatDate(current.from),
        to: formatDate(current.to),
        previousFrom: formatDate(previous.from),
        previousTo: formatDate(previous.to),
        previousYear,
      })
    : t("dashboard.periodYear", { year, previousYear });

  const yearPicker = (
    <Select<number>
      aria-label={t("dashboard.year")}
      value={year}
      onChange={setYear}
      options={years.map((y) => ({ value: y, label: t("dashboard.yearOption", { year: y }) }))}
      style={{ minWidth: 130 }}
    />
  );

  let figures;
  if (currentStats.isPending || previousStats.isPending) {
    figures = <LoadingState rows={8} />;
  } else if (currentStats.isError || previousStats.isError) {
    figures = (
      <Card>
        <ErrorState
          error={currentStats.error ?? previousStats.error}
          onRetry={() => {
            void currentStats.refetch();
            void previousStats.refetch();
          }}
        />
      </Card>
    );
  } else {
    const now = currentStats.data;
    const before = previousStats.data;
    const value = (row: StatsRow) => row[metric];
    const series = monthSeries(now.rows, before.rows, value, lastMonthOf(current));
    const metricName = t(`dashboard.${metric}`);
    const nothing = now.total.accidents === 0 && before.total.accidents === 0;
    // While another year loads, the figures of the year shown before stay: dimmed and marked busy.
    const stale = currentStats.isPlaceholderData || previousStats.isPlaceholderData;
    figures = (
      <div className={stale ? "dashboard-figures is-stale" : "dashboard-figures"} aria-busy={stale}>
        <CompareCards current={now.total} previous={before.total} previousYear={previousYear} toDate={toDate} />
        <Card className="dashboard-card" title={<h2 className="card-title">{t("dashboard.byMonth")}</h2>}>
          {nothing ? (
            <EmptyState title={t("dashboard.noAccidents")} hint={t("dashboard.noAccidentsHint")} />
          ) : (
            <>
              <div className="chart-toolbar">
                <Segmented<Metric>
                  size="small"
                  aria-label={t("dashboard.metric")}
                  value={metric}
                  onChange={setMetric}
                  options={METRICS.map((m) => ({ value: m, label: t(`dashboard.${m}Short`) }))}
                />
              </div>
              <MonthChart
                title={t("dashboard.chartTitle", { metric: metricName, year, previousYear })}
                description={t("dashboard.chartDesc", {
                  year,
                  previousYear,
                  current: formatNumber(now.total[metric], i18n.language),
                  previous: formatNumber(before.total[metric], i18n.language),
                })}
                series={series}
                currentLabel={t("dashboard.yearOption", { year })}
                previousLabel={t("dashboard.yearOption", { year: previousYear })}
                monthShort={months.short}
                monthLong={months.long}
                monthHeader={t("dashboard.month")}
                formatValue={(v) => formatNumber(v, i18n.language)}
              />
            </>
          )}
        </Card>
      </div>
    );
  }

  return (
    <div className="page dashboard">
      <PageHeader title={t("dashboard.title")} subtitle={subtitle} extra={yearPicker} />
      {me.scope.kind !== "province" ? (
        <Alert type="info" showIcon className="dashboard-scope" title={t("dashboard.scopeNote")} />
      ) : null}
      {figures}
      <div className="dashboard-columns">
        <TopGroups title={t("dashboard.topCauses")} period={current} groupBy="cause" testId="dashboard-top-causes" />
        <TopGroups
          title={t("dashboard.topFactors")}
          period={current}
          groupBy="injury_factor"
          testId="dashboard-top-factors"
        />
      </div>
      <OverdueList today={today} />
    </div>
  );
}
