import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, MinusCircleFilled } from "@ant-design/icons";
import { Tag, Tooltip } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { STATE_COLORS, type RecordState } from "./model";
import { useGroupRules } from "./queries";
import "./training.css";

const STATE_ICONS: Record<RecordState, ReactNode> = {
  valid: <CheckCircleFilled aria-hidden />,
  expiring: <ClockCircleFilled aria-hidden />,
  expired: <CloseCircleFilled aria-hidden />,
  failed: <MinusCircleFilled aria-hidden />,
};

export function RecordStateTag({ state }: { state: RecordState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} icon={STATE_ICONS[state]}>
      {t(`training.state.${state}`)}
    </Tag>
  );
}

/** The group's full name in the UI language, from the reference list (the number alone while it loads). */
export function useGroupName() {
  const { t, i18n } = useTranslation();
  const { rules } = useGroupRules();
  const en = i18n.language.startsWith("en");
  return (group: number) => {
    const rule = rules.get(group);
    return rule ? (en ? rule.en : rule.vi) : t("training.groupN", { group });
  };
}

/** "Nhóm 3", with the group's full name on hover and for screen readers. */
export function GroupTag({ group }: { group: number }) {
  const { t } = useTranslation();
  const name = useGroupName()(group);
  return (
    <Tooltip title={name}>
      <Tag color="blue" aria-label={`${t("training.groupN", { group })}: ${name}`}>
        {t("training.groupN", { group })}
      </Tag>
    </Tooltip>
  );
}

export function ClassTag({ orgClass }: { orgClass: string }) {
  const { t } = useTranslation();
  const color = orgClass === "C" ? "geekblue" : orgClass === "B" ? "cyan" : "default";
  return <Tag color={color}>{t("training.provider.classN", { orgClass })}</Tag>;
}

export function LicenceTag({ valid }: { valid: boolean }) {
  const { t } = useTranslation();
  return valid ? (
    <Tag color="green">{t("training.provider.licenceInForce")}</Tag>
  ) : (
    <Tag color="red">{t("training.provider.licenceNotInForce")}</Tag>
  );
}

export function FundedTag({ funded }: { funded: boolean }) {
  const { t } = useTranslation();
  return funded ? <Tag color="purple">{t("training.course.funded")}</Tag> : null;
}
