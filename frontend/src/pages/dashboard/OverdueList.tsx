import { ClockCircleOutlined } from "@ant-design/icons";
import { Card, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState, ErrorState, LoadingState } from "../../components/States";
import { formatDate } from "../../lib/format";
import { useCommunes } from "../../lib/lookups";
import { daysOverdue } from "./figures";
import { OVERDUE_SHOWN, useOverdueAccidents } from "./queries";

const SEVERITY_COLORS: Record<string, string> = { fatal: "red", serious: "orange", minor: "default" };

/** Open accidents whose investigation deadline has passed, longest overdue first. */
export function OverdueList({ today }: { today: string }) {
  const { t } = useTranslation();
  const communes = useCommunes();
  const overdue = useOverdueAccidents();
  const items = (overdue.data?.items ?? [])
    .map((item) => ({ item, days: daysOverdue(item.investigation_deadline, today) }))
    .sort((a, b) => b.days - a.days || a.item.code.localeCompare(b.item.code));
  const total = overdue.data?.total ?? items.length;

  let body;
  if (overdue.isPending) body = <LoadingState rows={3} />;
  else if (overdue.isError) body = <ErrorState error={overdue.error} onRetry={() => void overdue.refetch()} />;
  else if (items.length === 0) body = <EmptyState title={t("dashboard.overdueEmpty")} />;
  else {
    body = (
      <>
        <ul className="overdue-list" data-testid="dashboard-overdue">
          {items.map(({ item, days }) => (
            <li key={item.id} className="overdue-item">
              <div className="overdue-main">
                <Link to={`/accidents/${item.id}`} className="overdue-code">
                  {item.code}
                </Link>
                <span className="overdue-where">
                  {item.enterprise_name ?? communes.byCode.get(item.admin_unit_code)?.name ?? item.admin_unit_code}
                </span>
                <span className="muted overdue-deadline">
                  {t("dashboard.deadline", { date: formatDate(item.investigation_deadline) })}
                </span>
              </div>
              <div className="overdue-tags">
                {item.severity ? (
                  <Tag color={SEVERITY_COLORS[item.severity]}>{t(`dashboard.severity.${item.severity}`)}</Tag>
                ) : null}
                <Tag color="red" icon={<ClockCircleOutlined aria-hidden />} className="overdue-days">
                  {t("dashboard.overdueDays", { count: days })}
                </Tag>
              </div>
            </li>
          ))}
        </ul>
        {total > OVERDUE_SHOWN ? (
          <div className="overdue-more">
            <Link to="/accidents?overdue=true">{t("dashboard.overdueAll", { count: total })}</Link>
          </div>
        ) : null}
      </>
    );
  }
  return (
    <Card
      title={<h2 className="card-title">{t("dashboard.overdueTitle")}</h2>}
      extra={
        overdue.data && total > 0 ? (
          <Tag color="red" data-testid="dashboard-overdue-total">
            {total}
          </Tag>
        ) : null
      }
      className="dashboard-card"
    >
      {body}
    </Card>
  );
}
