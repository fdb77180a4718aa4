import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";

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
