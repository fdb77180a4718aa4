import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, UploadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Result, Space, Spin, Statistic, Table, Typography, Upload } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { API_BASE, authFetch, download } from "../../api/client";
import { problemFromResponse } from "../../api/problem";
import { newKey } from "../../lib/ids";
import { problemLine } from "./FormParts";
import type { AttendanceReport } from "./model";
import { courseKey } from "./queries";

type AttendanceRowError = AttendanceReport["errors"][number];

async function sendAttendance(courseId: number, file: File, dryRun: boolean, key: string): Promise<AttendanceReport> {
  const body = new FormData();
  body.append("file", file, file.name);
  const query = new URLSearchParams({ dry_run: String(dryRun) });
  const response = await authFetch(
    new Request(`${API_BASE}/training-courses/${courseId}/attendance-import?${query.toString()}`, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": key },
    }),
  );
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as AttendanceReport;
}

function Summary({ report, final }: { report: AttendanceReport; final: boolean }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={[32, 12]} className="import-summary" data-testid={final ? "attendance-result" : "attendance-preview"}>
      <Statistic title={t("import.rows")} value={report.rows} />
      <Statistic title={final ? t("import.created") : t("import.willCreate")} value={report.created} />
      <Statistic title={final ? t("import.updated") : t("import.willUpdate")} value={report.updated} />
      <Statistic title={t("import.unchanged")} value={report.unchanged} />
    </Space>
  );
}

function ErrorRows({ errors }: { errors: AttendanceRowError[] }) {
  const { t } = useTranslation();
  return (
    <Table<AttendanceRowError>
      rowKey={(row) => `${row.row}-${row.column ?? ""}-${row.code}-${row.message}`}
      size="small"
      dataSource={errors}
      pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: "max-content" }}
      data-testid="attendance-errors"
      columns={[
        { key: "row", title: t("import.row"), dataIndex: "row", width: 80, sorter: (a, b) => a.row - b.row },
        { key: "column", title: t("import.column"), dataIndex: "column", width: 220, render: (v: string | null) => v ?? t("common.none") },
        { key: "message", title: t("import.message"), dataIndex: "message" },
      ]}
    />
  );
}

/**
 * The course's attendance list from Excel: download the template, upload, read the dry run's report
 * (every bad row with its reason), fix the file and upload again, then import. Nothing is written
 * until the import is confirmed, and then all rows or none.
 */
export function AttendanceImport({ courseId }: { courseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<AttendanceReport | null>(null);
  const [result, setResult] = useState<AttendanceReport | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState(false);
  const confirmKey = useRef(newKey());

  const reset = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };

  const check = async (chosen: File) => {
    reset();
    setFile(chosen);
    setBusy("check");
    try {
      setPreview(await sendAttendance(courseId, chosen, true, newKey()));
      confirmKey.current = newKey();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy("import");
    setError(null);
    try {
      const report = await sendAttendance(courseId, file, false, confirmKey.current);
      setResult(report);
      setPreview(null);
      await client.invalidateQueries({ queryKey: ["training-records"] });
      await client.invalidateQueries({ queryKey: courseKey(courseId) });
      await client.invalidateQueries({ queryKey: ["training-courses"] });
      await client.invalidateQueries({ queryKey: ["training-compliance"] });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const getTemplate = async () => {
    setDownloading(true);
    try {
      await download(`/training-courses/${courseId}/attendance-template`, null, `danh-sach-hoc-vien-${courseId}.xlsx`);
    } catch (caught) {
      message.error(problemLine(caught, t));
    } finally {
      setDownloading(false);
    }
  };

  const errors = preview?.errors ?? [];
  const picker = (
    <Upload.Dragger
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      multiple={false}
      showUploadList={false}
      beforeUpload={(chosen) => {
        void check(chosen);
        return false;
      }}
      aria-label={t("training.import.fileLabel")}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t("import.dropHint")}</p>
      <p className="ant-upload-hint">{t("import.dropSub")}</p>
    </Upload.Dragger>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="attendance-import">
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t("training.import.intro")}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void getTemplate()}>
          {t("training.import.downloadTemplate")}
        </Button>
      </Space>

      {result ? (
        <Result
          status={result.written === false ? "info" : "success"}
          icon={result.written === false ? undefined : <CheckCircleOutlined />}
          title={result.written === false ? t("import.doneNothing") : t("training.import.doneTitle")}
          subTitle={<Summary report={result} final />}
          extra={
            <Button icon={<UploadOutlined />} onClick={reset}>
              {t("training.import.another")}
            </Button>
          }
        />
      ) : null}

      {!result && !preview && busy === null ? picker : null}

      {busy === "check" ? (
        <div role="status" aria-live="polite" className="page-center" style={{ minHeight: 120 }}>
          <Spin />
          <span style={{ marginLeft: 12 }}>{t("import.checking")}</span>
        </div>
      ) : null}

      {error ? <Alert type="error" showIcon role="alert" title={problemLine(error, t)} /> : null}
      {error && !preview && busy === null && file ? (
        <Button onClick={reset}>{t("import.chooseAnother")}</Button>
      ) : null}

      {preview && busy !== "check" ? (
        <>
          <Typography.Text strong>{file?.name}</Typography.Text>
          <Summary report={preview} final={false} />
          {errors.length === 0 ? (
            <Alert type="success" showIcon title={t("import.noErrors")} />
          ) : (
            <>
              <Alert
                type="error"
                showIcon
                role="alert"
                title={t("import.errorsTitle", { count: errors.length })}
                description={t("training.import.fixAndRetry")}
              />
              <ErrorRows errors={errors} />
            </>
          )}
          <Space wrap>
            <Button onClick={reset}>{t("import.chooseAnother")}</Button>
            <Button
              type="primary"
              disabled={errors.length > 0 || preview.rows === 0}
              loading={busy === "import"}
              onClick={() => void confirm()}
            >
              {t("import.confirm")}
            </Button>
          </Space>
        </>
      ) : null}
    </Space>
  );
}
