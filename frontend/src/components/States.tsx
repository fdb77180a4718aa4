import { ReloadOutlined } from "@ant-design/icons";
import { Button, Empty, Result, Skeleton, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiProblem, NetworkError } from "../api/problem";

interface ErrorStateProps {
  error?: unknown;
  onRetry?: () => void;
  title?: string;
  detail?: string;
  status?: "403" | "404" | "500" | "error" | "warning";
}

/** What went wrong, in words an officer can act on: offline, not found, or a server error with its request id. */
export function ErrorState({ error, onRetry, title, detail, status }: ErrorStateProps) {
  const { t } = useTranslation();
  let resultStatus: ErrorStateProps["status"] = status ?? "error";
  let heading = title;
  let text: ReactNode = detail;
  let requestId: string | null = null;
  if (error instanceof NetworkError) {
    resultStatus = "warning";
    heading = heading ?? t("errors.networkTitle");
    text = text ?? t("errors.networkDetail");
  } else if (error instanceof ApiProblem) {
    requestId = error.requestId;
    if (error.status === 404) {
      resultStatus = "404";
      heading = heading ?? t("errors.notFoundTitle");
      text = text ?? t("errors.notFoundDetail");
      requestId = null;
    } else if (error.status === 403) {
      resultStatus = "403";
      heading = heading ?? t("errors.forbiddenTitle");
      text = text ?? error.detail ?? t("errors.forbiddenDetail");
      requestId = null;
    } else if (error.status >= 500) {
      resultStatus = "500";
      heading = heading ?? t("errors.serverTitle");
      text = text ?? error.detail ?? t("errors.unexpected");
    } else {
      heading = heading ?? error.title;
      text = text ?? error.detail;
    }
  } else if (error) {
    heading = heading ?? t("errors.unexpected");
    text = text ?? String((error as Error).message ?? error);
  }
  return (
    <Result
      status={resultStatus}
      title={heading ?? t("errors.unexpected")}
      subTitle={
        <div role="alert">
          {text ? <div>{text}</div> : null}
          {requestId ? (
            <div className="request-id">
              {t("errors.requestIdHint")}{" "}
              <Typography.Text code copyable={{ text: requestId }}>
                {t("errors.requestId", { id: requestId })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      }
      extra={[
        onRetry ? (
          <Button key="retry" type="primary" icon={<ReloadOutlined />} onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : null,
        resultStatus === "404" || resultStatus === "403" ? (
          <Link key="home" to="/">
            {t("errors.backHome")}
          </Link>
        ) : null,
      ]}
    />
  );
}

export function LoadingState({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{t("common.loading")}</span>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <div>
          <Typography.Text strong>{title}</Typography.Text>
          {hint ? <div className="muted">{hint}</div> : null}
        </div>
      }
    >
      {action}
    </Empty>
  );
}

export function PageHeader({ title, subtitle, extra, back }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode; back?: ReactNode }) {
  return (
    <div className="page-header">
      <div className="page-header-main">
        {back}
        <div>
          <Typography.Title level={1} className="page-title">
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
        </div>
      </div>
      {extra ? <div className="page-header-extra">{extra}</div> : null}
    </div>
  );
}
