import { ArrowLeftOutlined, CheckCircleOutlined, DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Result, Space, Spin, Statistic, Steps, Table, Typography, Upload } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { API_BASE, authFetch, download, type ImportReport } from "../../api/client";
import { ApiProblem, NetworkError, problemFromResponse } from "../../api/problem";
import { PageHeader } from "../../components/States";
import { newKey } from "../../lib/ids";

type ImportError = ImportReport["errors"][number];

async function runImport(file: File, dryRun: boolean, skipInvalid: boolean, key: string): Promise<ImportReport> {
  const body = new FormData();
  body.append("file", file, file.name);
  const query = new URLSearchParams({ dry_run: String(dryRun), skip_invalid: String(skipInvalid) });
  const response = await authFetch(
    new Request(`${API_BASE}/enterprises/import?${query.toString()}`, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": key },
    }),
  );
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as ImportReport;
}

function problemText(error: unknown, t: (key: string) => string): { title: string; detail?: string } {
  if (error instanceof NetworkError) return { title: t("errors.networkTitle"), detail: t("errors.networkDetail") };
  if (error instanceof ApiProblem) {
    const lines = error.errors.map((e) => e.message);
    return {
      title: error.detail ?? error.title,
      detail: [...lines, error.status >= 500 && error.requestId ? `${t("errors.requestIdHint")} ${error.requestId}` : ""]
        .filter(Boolean)
        .join(" "),
    };
  }
  return { title: t("errors.unexpected") };
}

function ReportSummary({ report, final }: { report: ImportReport; final: boolean }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={[32, 12]} className="import-summary">
      <Statistic title={t("import.rows")} value={report.rows} />
      <Statistic title={final ? t("import.created") : t("import.willCreate")} value={report.created} />
      <Statistic title={final ? t("import.updated") : t("import.willUpdate")} value={report.updated} />
      <Statistic title={t("import.unchanged")} value={report.unchanged} />
      {final && report.skipped > 0 ? <Statistic title={t("import.skipped")} value={report.skipped} /> : null}
    </Space>
  );
}

export function ErrorRows({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  return (
    <Table<ImportError>
      rowKey={(row) => `${row.row}-${row.column ?? ""}-${row.code}-${row.message}`}
      size="small"
      dataSource={errors}
      pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: "max-content" }}
      data-testid="import-errors"
      columns={[
        { key: "row", title: t("import.row"), dataIndex: "row", width: 80, sorter: (a, b) => a.row - b.row },
        { key: "column", title: t("import.column"), dataIndex: "column", width: 220, render: (v: string | null) => v ?? t("common.none") },
        { key: "message", title: t("import.message"), dataIndex: "message" },
      ]}
    />
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const confirmKey = useRef(newKey());

  const check = async (chosen: File) => {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    setError(null);
    setSkipInvalid(false);
    setBusy(true);
    setStep(1);
    try {
      setPreview(await runImport(chosen, true, false, newKey()));
      confirmKey.current = newKey();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const report = await runImport(file, false, skipInvalid, confirmKey.current);
      setResult(report);
      setStep(2);
      await client.invalidateQueries({ queryKey: ["enterprises"] });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const getTemplate = async () => {
    setDownloading(true);
    try {
      await download("/enterprises/import-template", null, "mau-nhap-doanh-nghiep.xlsx");
    } catch (caught) {
      message.error(problemText(caught, t).title);
    } finally {
      setDownloading(false);
    }
  };

  const errors = preview?.errors ?? [];
  const canConfirm = preview !== null && preview.rows > 0 && (errors.length === 0 || skipInvalid);
  const shownError = error ? problemText(error, t) : null;

  return (
    <div className="page">
      <PageHeader
        title={t("import.title")}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate("/enterprises")} />}
      />
      <Card>
        <Steps
          current={step}
          className="import-steps"
          items={[{ title: t("import.step1") }, { title: t("import.step2") }, { title: t("import.step3") }]}
        />
        <div className="import-body">
          {step === 0 ? (
            <Space direction="vertical" size="large" style={{ width: "100%" }}>
              <Typography.Paragraph>{t("import.templateIntro")}</Typography.Paragraph>
              <Space wrap>
                <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void getTemplate()}>
                  {t("import.downloadTemplate")}
                </Button>
                <Button type="primary" onClick={() => setStep(1)}>
                  {t("import.haveFile")}
                </Button>
              </Space>
            </Space>
          ) : null}

          {step === 1 ? (
            <Space direction="vertical" size="large" style={{ width: "100%" }}>
              {!preview && !busy ? (
                <Upload.Dragger
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  multiple={false}
                  showUploadList={false}
                  beforeUpload={(chosen) => {
                    void check(chosen);
                    return false;
                  }}
                  aria-label={t("import.fileLabel")}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined aria-hidden />
                  </p>
                  <p className="ant-upload-text">{t("import.dropHint")}</p>
                  <p className="ant-upload-hint">{t("import.dropSub")}</p>
                </Upload.Dragger>
              ) : null}
              {busy ? (
                <div role="status" aria-live="polite" className="page-center" style={{ minHeight: 160 }}>
                  <Spin />
                  <span style={{ marginLeft: 12 }}>{t("import.checking")}</span>
                </div>
              ) : null}
              {shownError ? (
                <Alert type="error" showIcon role="alert" title={shownError.title} description={shownError.detail || undefined} />
              ) : null}
              {preview && !busy ? (
                <>
                  <Typography.Text strong>{file?.name}</Typography.Text>
                  <ReportSummary report={preview} final={false} />
                  {errors.length === 0 ? (
                    <Alert type="success" showIcon title={t("import.noErrors")} />
                  ) : (
                    <>
                      <Alert type="error" showIcon role="alert" title={t("import.errorsTitle", { count: errors.length })} description={t("import.blockedByErrors")} />
                      <ErrorRows errors={errors} />
                      <Checkbox checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)}>
                        {t("import.skipInvalid")}
                      </Checkbox>
                    </>
                  )}
                  <Space wrap>
                    <Button
                      onClick={() => {
                        setPreview(null);
                        setFile(null);
                        setError(null);
                      }}
                    >
                      {t("import.chooseAnother")}
                    </Button>
                    <Button type="primary" disabled={!canConfirm} loading={busy} onClick={() => void confirm()}>
                      {t("import.confirm")}
                    </Button>
                  </Space>
                </>
              ) : null}
            </Space>
          ) : null}

          {step === 2 && result ? (
            <Result
              status={result.written ? "success" : "info"}
              icon={result.written ? <CheckCircleOutlined /> : undefined}
              title={result.written ? t("import.doneTitle") : t("import.doneNothing")}
              subTitle={<ReportSummary report={result} final />}
              extra={[
                <Button key="list" type="primary" onClick={() => navigate("/enterprises")}>
                  {t("import.backToList")}
                </Button>,
                <Button
                  key="again"
                  onClick={() => {
                    setStep(1);
                    setPreview(null);
                    setResult(null);
                    setFile(null);
                  }}
                >
                  {t("import.chooseAnother")}
                </Button>,
              ]}
            />
          ) : null}
        </div>
      </Card>
    </div>
  );
}
