import { ArrowLeftOutlined, EditOutlined, ReloadOutlined, WarningFilled } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCommunes } from "../../lib/lookups";
import { DeleteButton } from "./DeleteButton";
import type { RecordState } from "./model";
import { recordKey, useGroupRules, useRecord } from "./queries";
import { GroupTag, RecordStateTag, useGroupName } from "./TrainingTags";

export function RecordDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const query = useRecord(id);
  const canRecord = useCan("training:record");
  const canManage = useCan("training:manage");
  const communes = useCommunes();
  const { rules } = useGroupRules();
  const groupName = useGroupName();

  if (!Number.isInteger(id) || id <= 0) return <ErrorState status="404" title={t("errors.notFoundTitle")} detail={t("errors.notFoundDetail")} />;
  if (query.isPending) return <LoadingState rows={10} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { data: r, etag } = query.data;
  const none = t("common.none");
  const commune = communes.byCode.get(r.admin_unit_code);
  const minimum = rules.get(r.trainee_group)?.firstTrainingMinHours;

  const onDelete = async () => {
    await unwrap(
      api.DELETE("/api/v1/training-records/{record_id}", {
        params: { path: { record_id: id } },
        headers: { "If-Match": etag ?? `"${r.version}"` },
      }),
    );
    client.removeQueries({ queryKey: recordKey(id) });
    await client.invalidateQueries({ queryKey: ["training-records"] });
    await client.invalidateQueries({ queryKey: ["training-compliance"] });
    message.success(t("common.deleted"));
    navigate("/training/records", { replace: true });
  };

  return (
    <div className="page">
      <PageHeader
        title={r.worker_name}
        subtitle={
          <Space wrap size={[8, 4]}>
            <GroupTag group={r.trainee_group} />
            <RecordStateTag state={r.state as RecordState} />
            {r.document_number ? <span className="mono">{r.document_number}</span> : null}
          </Space>
        }
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(-1)} />}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} aria-label={t("common.reload")} title={t("common.reload")} onClick={() => void query.refetch()} loading={query.isFetching} />
            {canRecord ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/training/records/${id}/edit`)}>
                {t("common.edit")}
              </Button>
            ) : null}
            {canManage ? (
              <DeleteButton
                title={t("training.record.deleteConfirm", { name: r.worker_name })}
                hint={t("training.record.deleteHint")}
                onDelete={onDelete}
                onReload={() => void query.refetch()}
              />
            ) : null}
          </Space>
        }
      />
      {r.hours_below_minimum && minimum !== undefined ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningFilled />}
          className="scope-note"
          title={t("training.course.hoursWarning", { count: minimum })}
        />
      ) : null}
      <Card title={<h2 className="card-title">{t("training.record.detail")}</h2>}>
        <Descriptions
          className="detail-grid"
          column={{ xs: 1, lg: 2 }}
          size="small"
          bordered
          items={[
            { key: "worker_name", label: t("training.record.worker_name"), children: r.worker_name },
            { key: "birth_year", label: t("training.record.birth_year"), children: r.birth_year ?? none },
            { key: "citizen_id", label: t("training.record.citizen_id"), children: r.citizen_id ? <span className="mono">{r.citizen_id}</span> : none },
            { key: "occupation", label: t("training.record.occupation"), children: r.occupation ?? none },
            {
              key: "enterprise",
              label: t("training.record.enterprise"),
              children: r.enterprise_id ? <Link to={`/enterprises/${r.enterprise_id}`}>{r.enterprise_name ?? `#${r.enterprise_id}`}</Link> : none,
            },
            {
              key: "commune",
              label: t("training.record.admin_unit_code"),
              children: commune ? `${commune.name} (${commune.code})` : r.admin_unit_code,
            },
            {
              key: "provider",
              label: t("training.record.provider"),
              children: <Link to={`/training/providers/${r.provider_id}`}>{r.provider_name ?? `#${r.provider_id}`}</Link>,
            },
            {
              key: "course",
              label: t("training.record.course"),
              children: r.course_id ? <Link to={`/training/courses/${r.course_id}`}>{t("training.record.courseN", { id: r.course_id })}</Link> : none,
            },
            {
              key: "group",
              label: t("training.record.trainee_group"),
              children: `${t("training.groupN", { group: r.trainee_group })} – ${groupName(r.trainee_group)}`,
            },
            { key: "kind", label: t("training.record.kind"), children: t(`training.kind.${r.kind}`) },
            { key: "hours", label: t("training.record.hours"), children: r.hours },
            { key: "result", label: t("training.record.result"), children: t(`training.result.${r.result}`) },
            {
              key: "document",
              label: t("training.record.document"),
              children: r.document_kind ? t(`training.document.${r.document_kind}`) : none,
            },
            {
              key: "document_number",
              label: t("training.record.document_number"),
              children: r.document_number ? <span className="mono">{r.document_number}</span> : none,
            },
            { key: "issued_on", label: t("training.record.issued_on"), children: formatDate(r.issued_on) },
            {
              key: "expires_on",
              label: t("training.record.expires_on"),
              children: r.expires_on ? formatDate(r.expires_on) : r.result === "pass" ? t("training.record.noExpiry") : none,
            },
            { key: "refresher_due_on", label: t("training.record.refresher_due_on"), children: formatDate(r.refresher_due_on) },
            { key: "state", label: t("training.record.state"), children: <RecordStateTag state={r.state as RecordState} /> },
            { key: "notes", label: t("training.record.notes"), children: r.notes ?? none },
            { key: "updated_at", label: t("enterprise.updated_at"), children: formatDateTime(r.updated_at) },
          ]}
        />
      </Card>
    </div>
  );
}
