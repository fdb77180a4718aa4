import { WarningFilled } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

export function RiskTag({ high, overridden = false }: { high: boolean; overridden?: boolean }) {
  const { t } = useTranslation();
  const suffix = overridden ? ` (${t("enterprise.overridden")})` : "";
  return high ? (
    <Tag color="red" icon={<WarningFilled aria-hidden />}>
      {t("enterprise.highRiskYes")}
      {suffix}
    </Tag>
  ) : (
    <Tag>
      {t("enterprise.highRiskNo")}
      {suffix}
    </Tag>
  );
}

const STATUS_COLORS: Record<string, string> = { active: "green", suspended: "orange", dissolved: "default" };

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status] ?? "default"}>{t(`status.${status}`)}</Tag>;
}

const SIZE_COLORS: Record<string, string> = { micro: "default", small: "cyan", medium: "blue", large: "geekblue" };

export function SizeTag({ size }: { size: string }) {
  const { t } = useTranslation();
  return <Tag color={SIZE_COLORS[size] ?? "default"}>{t(`sizeClass.${size}`)}</Tag>;
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <Tag color="green">{t("common.active")}</Tag> : <Tag>{t("common.inactive")}</Tag>;
}
