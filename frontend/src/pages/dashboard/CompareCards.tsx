import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from "@ant-design/icons";
import { Card, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import { change } from "./figures";
import type { StatsFigures } from "./queries";

type Rate = NonNullable<StatsFigures["k"]>;

function formatPercent(value: number, lang: string): string {
  return new Intl.NumberFormat(lang.startsWith("en") ? "en-GB" : "vi-VN", {
    style: "percent",
    maximumFractionDigits: 1,
  }).format(Math.abs(value) / 100);
}

function formatRate(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return "—";
  return new Intl.NumberFormat(lang.startsWith("en") ? "en-GB" : "vi-VN", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** More accidents, victims or deaths is worse: a rise is red, a fall green, and the words say it too. */
function ChangeLine({
  current,
  previous,
  previousText,
  previousYear,
  toDate,
}: {
  current: number | null;
  previous: number | null;
  previousText: string;
  previousYear: number;
  toDate: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { percent, direction } = change(current, previous);
  let trend = null;
  if (direction === "up" || direction === "down") {
    const Icon = direction === "up" ? ArrowUpOutlined : ArrowDownOutlined;
    trend = (
      <span className={direction === "up" ? "trend trend-worse" : "trend trend-better"}>
        <Icon aria-hidden />
        {t(`dashboard.${direction}`)}
        {percent !== null ? ` ${formatPercent(percent, i18n.language)}` : ""}
      </span>
    );
  } else if (direction === "same") {
    trend = (
      <span className="trend">
        <MinusOutlined aria-hidden />
        {t("dashboard.same")}
      </span>
    );
  }
  return (
    <div className="kpi-change">
      {trend}
      <Typography.Text type="secondary" className="kpi-previous">
        {t(toDate ? "dashboard.previous" : "dashboard.previousYear", { year: previousYear, value: previousText })}
      </Typography.Text>
    </div>
  );
}

function CountCard({
  label,
  current,
  previous,
  previousYear,
  toDate,
  testId,
}: {
  label: string;
  current: number;
  previous: number;
  previousYear: number;
  toDate: boolean;
  testId: string;
}) {
  const { i18n } = useTranslation();
  return (
    <Card className="kpi-card" size="small">
      <h2 className="kpi-label">{label}</h2>
      <div className="kpi-value">
        {/* Plain digits, without a thousands separator: these figures are read back by tests and tools. */}
        <span data-testid={testId}>{String(current)}</span>
      </div>
      <ChangeLine
        current={current}
        previous={previous}
        previousText={formatNumber(previous, i18n.language)}
        previousYear={previousYear}
        toDate={toDate}
      />
    </Card>
  );
}

function RateCard({
  label,
  current,
  previous,
  previousYear,
  toDate,
  testId,
}: {
  label: string;
  current: Rate | null | undefined;
  previous: Rate | null | undefined;
  previousYear: number;
  toDate: boolean;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const value = current?.value ?? null;
  return (
    <Card className="kpi-card" size="small">
      <h2 className="kpi-label">{label}</h2>
      <div className="kpi-value">
        <span data-testid={testId}>{formatRate(value, i18n.language)}</span>
        <span className="kpi-ratio" data-testid={`${testId}-ratio`}>
          {current && current.denominator
            ? t("dashboard.ratio", {
                n: formatNumber(current.numerator, i18n.language),
                N: formatNumber(current.denominator, i18n.language),
              })
            : t("dashboard.noWorkers")}
        </span>
      </div>
      <ChangeLine
        current={value}
        previous={previous?.value ?? null}
        previousText={formatRate(previous?.value, i18n.language)}
        previousYear={previousYear}
        toDate={toDate}
      />
    </Card>
  );
}

export function CompareCards({
  current,
  previous,
  previousYear,
  toDate,
}: {
  current: StatsFigures;
  previous: StatsFigures;
  previousYear: number;
  /** The periods stop at today's date (same period), rather than whole years. */
  toDate: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="kpi-grid" aria-label={t("dashboard.figures")}>
      <CountCard
        label={t("dashboard.accidents")}
        current={current.accidents}
        previous={previous.accidents}
        previousYear={previousYear}
        toDate={toDate}
        testId="dashboard-accidents-this-year"
      />
      <CountCard
        label={t("dashboard.deaths")}
        current={current.deaths}
        previous={previous.deaths}
        previousYear={previousYear}
        toDate={toDate}
        testId="dashboard-deaths-this-year"
      />
      <CountCard
        label={t("dashboard.victims")}
        current={current.victims}
        previous={previous.victims}
        previousYear={previousYear}
        toDate={toDate}
        testId="dashboard-victims-this-year"
      />
      <RateCard
        label={t("dashboard.k")}
        current={current.k}
        previous={previous.k}
        previousYear={previousYear}
        toDate={toDate}
        testId="dashboard-k-this-year"
      />
      <RateCard
        label={t("dashboard.kFatal")}
        current={current.k_fatal}
        previous={previous.k_fatal}
        previousYear={previousYear}
        toDate={toDate}
        testId="dashboard-k-fatal-this-year"
      />
    </section>
  );
}
