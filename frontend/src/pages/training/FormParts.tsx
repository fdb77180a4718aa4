import { ReloadOutlined, WarningFilled } from "@ant-design/icons";
import { Alert, Button } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ApiProblem, NetworkError } from "../../api/problem";

/** Above a form: "changed by someone else" with a reload, and the messages that belong to no field. */
export function FormAlerts({ conflict, general, onReload }: { conflict: boolean; general: string[]; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="login-alert"
          title={t("errors.conflictTitle")}
          description={t("errors.conflictDetail")}
          action={
            <Button icon={<ReloadOutlined />} onClick={onReload}>
              {t("errors.conflictReload")}
            </Button>
          }
        />
      ) : null}
      {general.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="login-alert"
          title={general.length === 1 ? general[0] : t("errors.formInvalid")}
          description={
            general.length > 1 ? (
              <ul className="history-change">
                {general.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
    </>
  );
}

/** A failed action in one line: the first field message, else the problem's detail. */
export function problemLine(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return `${t("errors.networkTitle")}. ${t("errors.networkDetail")}`;
  if (error instanceof ApiProblem) {
    if (error.status === 412) return t("errors.conflictTitle");
    return error.errors[0]?.message ?? error.detail ?? error.title;
  }
  return t("errors.unexpected");
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}

/** Under the hours field: the group's first-training minimum, or a warning when a first training is shorter. */
export function HoursHint({ below, minimum }: { below: boolean; minimum: number | undefined }) {
  const { t } = useTranslation();
  if (minimum === undefined) return null;
  return below ? (
    <span className="text-warning" role="status">
      <WarningFilled aria-hidden /> {t("training.course.hoursWarning", { count: minimum })}
    </span>
  ) : (
    <span>{t("training.course.minimumHelp", { count: minimum })}</span>
  );
}
