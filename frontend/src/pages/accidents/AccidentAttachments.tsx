import { DeleteOutlined, DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Popconfirm, Select, Space, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { API_BASE, api, authFetch, download, unwrap } from "../../api/client";
import { problemFromResponse } from "../../api/problem";
import { ErrorState } from "../../components/States";
import { formatDateTime, formatNumber } from "../../lib/format";
import { newKey } from "../../lib/ids";
import { timelineKey } from "./AccidentTimeline";
import { ATTACHMENT_KINDS, type Attachment } from "./model";
import { problemText } from "../../lib/formErrors";

function sizeText(bytes: number, lang: string): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, lang)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10, lang)} MB`;
}

async function upload(accidentId: number, file: File, kind: string): Promise<Attachment> {
  const body = new FormData();
  body.append("file", file, file.name);
  body.append("kind", kind);
  const response = await authFetch(
    new Request(`${API_BASE}/accidents/${accidentId}/attachments`, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": newKey() },
    }),
  );
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as Attachment;
}

/** The files kept with an accident: investigation record, photos. */
export function AccidentAttachments({ accidentId, canWrite, closed }: { accidentId: number; canWrite: boolean; closed: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [kind, setKind] = useState<string>("investigation_record");
  const [busy, setBusy] = useState(false);
  const key = ["accident-attachments", accidentId] as const;
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      unwrap(api.GET("/api/v1/accidents/{accident_id}/attachments", { params: { path: { accident_id: accidentId } } })),
  });

  const refresh = async () => {
    await client.invalidateQueries({ queryKey: key });
    await client.invalidateQueries({ queryKey: timelineKey(accidentId) });
  };

  const onUpload = async (file: File) => {
    setBusy(true);
    try {
      const stored = await upload(accidentId, file, kind);
      message.success(t("accidents.attachments.uploaded", { name: stored.filename }));
      await refresh();
    } catch (error) {
      message.error(problemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const onRemove = async (row: Attachment) => {
    try {
      await unwrap(
        api.DELETE("/api/v1/accidents/{accident_id}/attachments/{attachment_id}", {
          params: { path: { accident_id: accidentId, attachment_id: row.id } },
        }),
      );
      message.success(t("accidents.attachments.removed"));
      await refresh();
    } catch (error) {
      message.error(problemText(error, t));
    }
  };

  const onDownload = async (row: Attachment) => {
    try {
      await download(`/accidents/${accidentId}/attachments/${row.id}`, null, row.filename);
    } catch (error) {
      message.error(problemText(error, t));
    }
  };

  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <div data-testid="accident-attachments">
      {canWrite ? (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t("accidents.attachments.kind")}
            value={kind}
            onChange={setKind}
            options={ATTACHMENT_KINDS.map((value) => ({ value, label: t(`accidents.attachmentKind.${value}`) }))}
            style={{ minWidth: 200 }}
          />
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            showUploadList={false}
            multiple={false}
            beforeUpload={(file) => {
              void onUpload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t("accidents.attachments.upload")}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t("accidents.attachments.hint")}</Typography.Text>
        </Space>
      ) : null}
      <Table<Attachment>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data ?? []}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <span className="muted">{t("accidents.attachments.empty")}</span> }}
        columns={[
          {
            key: "filename",
            title: t("accidents.attachments.filename"),
            render: (_: unknown, row) => (
              <Button
                type="link"
                icon={<DownloadOutlined />}
                onClick={() => void onDownload(row)}
                aria-label={t("accidents.attachments.download", { name: row.filename })}
                style={{ paddingInline: 0 }}
              >
                {row.filename}
              </Button>
            ),
          },
          {
            key: "kind",
            title: t("accidents.attachments.kind"),
            dataIndex: "kind",
            render: (value: string) => t(`accidents.attachmentKind.${value}`),
          },
          { key: "size", title: t("accidents.attachments.size"), dataIndex: "size", render: (value: number) => sizeText(value, i18n.language) },
          { key: "uploaded_by", title: t("accidents.attachments.uploaded_by"), dataIndex: "uploaded_by" },
          {
            key: "uploaded_at",
            title: t("accidents.attachments.uploaded_at"),
            dataIndex: "uploaded_at",
            render: (value: string) => formatDateTime(value),
          },
          ...(canWrite && !closed
            ? [
                {
                  key: "actions",
                  title: t("common.actions"),
                  render: (_: unknown, row: Attachment) => (
                    <Popconfirm
                      title={t("accidents.attachments.removeConfirm", { name: row.filename })}
                      okText={t("accidents.attachments.remove")}
                      cancelText={t("common.cancel")}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => onRemove(row)}
                    >
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t("accidents.attachments.remove")} ${row.filename}`} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
