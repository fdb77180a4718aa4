import { ClockCircleFilled, ExclamationCircleFilled, FieldTimeOutlined } from "@ant-design/icons";
import { Space, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

// Solid colours dark enough for white text (WCAG AA contrast).
const SEVERITY_COLORS: Record<string, string> = { fatal: "#a8071a", serious: "#ad2102", minor: "#874d00" };
const STATUS_COLORS: Record<string, string> = {
  notified: "blue",
  investigating: "purple",
  concluded: "green",
  closed: "default",
};

export function SeverityTag({ severity }: { severity: string | null }) {
  const { t } = useTranslation();
  if (!severity) return <Tag>{t("accidents.severityValue.none")}</Tag>;
  return <Tag color={SEVERITY_COLORS[severity] ?? "default"}>{t(`accidents.severityValue.${severity}`)}</Tag>;
}

export function VictimSeverityTag({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity] ?? "default"}>{t(`accidents.victimSeverity.${severity}`)}</Tag>;
}

export function AccidentStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status] ?? "default"}>{t(`accidents.statusValue.${status}`)}</Tag>;
}

/** The flags an officer must see at a glance: overdue investigation, immediate notification, late notification. */
export function AccidentFlags({
  overdue,
  immediate,
  late,
}: {
  overdue: boolean;
  immediate: boolean;
  late: boolean;
}) {
  const { t } = useTranslation();
  if (!overdue && !immediate && !late) return null;
  return (
    <Space size={[4, 4]} wrap>
      {overdue ? (
        <Tag color="red" icon={<ClockCircleFilled aria-hidden />} data-testid="flag-overdue">
          {t("accidents.overdue")}
        </Tag>
      ) : null}
      {immediate ? (
        <Tooltip title={t("accidents.derived.immediateWhy")}>
          <Tag color="magenta" icon={<ExclamationCircleFilled aria-hidden />} data-testid="flag-immediate">
            {t("accidents.immediate_notification")}
          </Tag>
        </Tooltip>
      ) : null}
      {late ? (
        <Tooltip title={t("accidents.derived.lateWhy")}>
          <Tag color="#873800" icon={<FieldTimeOutlined aria-hidden />} data-testid="flag-late">
            {t("accidents.notification_late")}
          </Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}
