import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, ReloadOutlined } from "@ant-design/icons";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Descriptions, Modal, Row, Space, Table, Tabs, Typography } from "antd";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { api, unwrap, type AuditEvent } from "../../api/client";
import { ApiProblem } from "../../api/problem";
import { useCan } from "../../auth/AuthContext";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { RiskTag, SizeTag, StatusTag } from "../../components/Tags";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { useCommunes, useVsicSections, useZones } from "../../lib/lookups";
import { ReportDownload } from "../accidents/ReportPeriod";
import { CompliancePanel } from "../training/CompliancePanel";
import { enterpriseKey, useEnterprise } from "./useEnterprise";

const ENUM_FIELDS: Record<string, string> = {
  legal_form: "legalForm",
  ownership: "ownership",
  status: "status",
  size_class: "sizeClass",
};
const HIDDEN_FIELDS = new Set(["name_folded", "search", "id", "version", "created_at", "updated_at", "deleted_at"]);

function fieldLabel(field: string, t: TFunction, i18nExists: (key: string) => boolean): string {
  return i18nExists(`enterprise.${field}`) ? t(`enterprise.${field}`) : field;
}

function valueText(field: string, value: unknown, t: TFunction, lang: string): string {
  if (value === null || value === undefined || value === "") return t("common.none");
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  if (typeof value === "number") return formatNumber(value, lang);
  const group = ENUM_FIELDS[field];
  if (group && typeof value === "string") return t(`${group}.${value}`, { defaultValue: value });
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function HistoryChanges({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const before = event.before ?? {};
  const after = event.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !HIDDEN_FIELDS.has(k));
  const changed = keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  if (!event.before && event.after) {
    return <span>{t("history.initial", { count: Object.values(after).filter((v) => v !== null).length })}</span>;
  }
  if (changed.length === 0) return <span>{t("common.none")}</span>;
  return (
    <ul className="history-change">
      {changed.map((key) => (
        <li key={key}>
          <strong>{fieldLabel(key, t, (k) => i18n.exists(k))}</strong>:{" "}
          {event.before ? (
            <>
              <span className="history-before">{valueText(key, before[key], t, i18n.language)}</span>
              {" → "}
            </>
          ) : null}
          <span className="history-after">{valueText(key, after[key], t, i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}

function History({ id }: { id: number }) {
  const { t } = useTranslation();
  const history = useInfiniteQuery({
    queryKey: ["enterprise-history", id],
    initialPageParam: "",
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/enterprises/{enterprise_id}/history", {
          params: { path: { enterprise_id: id }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  if (history.isPending) return <LoadingState rows={3} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const rows = history.data.pages.flatMap((page) => page.items);
  return (
    <>
      <Table<AuditEvent>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <span className="muted">{t("enterprise.historyEmpty")}</span> }}
        columns={[
          { key: "at", title: t("history.at"), dataIndex: "at", width: 150, render: (v: string) => formatDateTime(v) },
          { key: "actor", title: t("history.actor"), dataIndex: "actor_label", width: 200 },
          {
            key: "action",
            title: t("history.action"),
            dataIndex: "action",
            width: 140,
            render: (v: string) => t(`history.${v}`, { defaultValue: v }),
          },
          { key: "changes", title: t("history.changes"), render: (_: unknown, row) => <HistoryChanges event={row} /> },
        ]}
      />
      {history.hasNextPage ? (
        <Button className="history-more" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
          {t("common.next")}
        </Button>
      ) : null}
    </>
  );
}

export function EnterpriseDetailPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const query = useEnterprise(id);
  const canWrite = useCan("enterprises:write");
  const canDelete = useCan("enterprises:delete");
  const canTraining = useCan("training:read");
  const canAccidents = useCan("accidents:read");
  const [search, setSearch] = useSearchParams();
  const tab = search.get("tab") === "training" && canTraining ? "training" : "profile";
  const communes = useCommunes();
  const zones = useZones();
  const sections = useVsicSections();
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const lang = i18n.language.startsWith("en") ? "en" : "vi";

  if (!Number.isInteger(id) || id <= 0) return <ErrorState status="404" title={t("errors.notFoundTitle")} detail={t("errors.notFoundDetail")} />;
  if (query.isPending) return <LoadingState rows={12} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { data: e, etag } = query.data;

  const onDelete = async () => {
    setDeleting(true);
    setDeleteError(null);
    try {
      await unwrap(
        api.DELETE("/api/v1/enterprises/{enterprise_id}", {
          params: { path: { enterprise_id: id } },
          headers: { "If-Match": etag ?? `"${e.version}"` },
        }),
      );
      setConfirmOpen(false);
      client.removeQueries({ queryKey: enterpriseKey(id) });
      await client.invalidateQueries({ queryKey: ["enterprises"] });
      message.success(t("common.deleted"));
      navigate("/enterprises", { replace: true });
    } catch (error) {
      setDeleteError(error);
    } finally {
      setDeleting(false);
    }
  };

  const commune = communes.byCode.get(e.admin_unit_code);
  const zone = e.zone_code ? zones.byCode.get(e.zone_code) : undefined;
  const section = sections.byCode.get(e.vsic_section);
  const none = t("common.none");

  return (
    <div className="page">
      <PageHeader
        title={e.name}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span className="mono">{e.tax_code}</span>
            <StatusTag status={e.status} />
            <SizeTag size={e.size_class} />
            <RiskTag high={e.high_risk} overridden={e.high_risk_override !== null} />
          </Space>
        }
        back={
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(-1)} />
        }
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} aria-label={t("common.reload")} title={t("common.reload")} onClick={() => void query.refetch()} loading={query.isFetching} />
            {canAccidents ? (
              <ReportDownload
                label={t("accidents.reports.employer")}
                title={t("accidents.reports.employerTitle")}
                hint={t("accidents.reports.employerHint", { name: e.name })}
                path="/accidents/employer-report"
                params={{ enterprise_id: String(id) }}
                fallbackName={(period) => `bao-cao-tnld-${e.tax_code}-${period}.xlsx`}
              />
            ) : null}
            {canWrite ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/enterprises/${id}/edit`)}>
                {t("common.edit")}
              </Button>
            ) : null}
            {canDelete ? (
              <Button danger icon={<DeleteOutlined />} onClick={() => setConfirmOpen(true)}>
                {t("common.delete")}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === "profile" ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: "profile",
            label: t("enterprise.profile"),
            children: (
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={<h2 className="card-title">{t("enterprise.profile")}</h2>}>
            <Descriptions
              className="detail-grid"
              column={1}
              size="small"
              bordered
              items={[
                { key: "tax_code", label: t("enterprise.tax_code"), children: <span className="mono">{e.tax_code}</span> },
                { key: "name", label: t("enterprise.name"), children: e.name },
                { key: "legal_form", label: t("enterprise.legal_form"), children: t(`legalForm.${e.legal_form}`) },
                { key: "ownership", label: t("enterprise.ownership"), children: t(`ownership.${e.ownership}`) },
                {
                  key: "vsic",
                  label: t("enterprise.vsic_code"),
                  children: (
                    <span>
                      <span className="mono">{e.vsic_code}</span> · {t("enterprise.vsic_section")} {e.vsic_section}
                      {section ? ` – ${section[lang]}` : ""}
                    </span>
                  ),
                },
                {
                  key: "admin_unit",
                  label: t("enterprise.admin_unit_code"),
                  children: commune ? `${commune.name} (${commune.code})` : e.admin_unit_code,
                },
                { key: "address", label: t("enterprise.address"), children: e.address },
                {
                  key: "zone",
                  label: t("enterprise.zone_code"),
                  children: e.zone_code ? (zone ? `${zone.name} (${zone.code})` : e.zone_code) : none,
                },
                { key: "founded_on", label: t("enterprise.founded_on"), children: formatDate(e.founded_on) },
                { key: "status", label: t("enterprise.status"), children: <StatusTag status={e.status} /> },
                { key: "osh_officer_name", label: t("enterprise.osh_officer_name"), children: e.osh_officer_name ?? none },
                { key: "osh_officer_phone", label: t("enterprise.osh_officer_phone"), children: e.osh_officer_phone ?? none },
                { key: "osh_officer_email", label: t("enterprise.osh_officer_email"), children: e.osh_officer_email ?? none },
                { key: "phone", label: t("enterprise.phone"), children: e.phone ?? none },
                { key: "email", label: t("enterprise.email"), children: e.email ?? none },
                { key: "updated_at", label: t("enterprise.updated_at"), children: `${formatDateTime(e.updated_at)} · ${t("enterprise.version")} ${e.version}` },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={<h2 className="card-title">{t("enterprise.sectionWorkforce")}</h2>}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: "total", label: t("enterprise.employees_total"), children: formatNumber(e.employees_total, lang) },
                { key: "female", label: t("enterprise.employees_female"), children: formatNumber(e.employees_female, lang) },
                { key: "hazardous", label: t("enterprise.employees_hazardous"), children: formatNumber(e.employees_hazardous, lang) },
                { key: "revenue", label: t("enterprise.annual_revenue_vnd"), children: formatNumber(e.annual_revenue_vnd, lang) },
                { key: "capital", label: t("enterprise.total_capital_vnd"), children: formatNumber(e.total_capital_vnd, lang) },
                { key: "size", label: t("enterprise.size_class"), children: <SizeTag size={e.size_class} /> },
              ]}
            />
          </Card>
          <Card title={<h2 className="card-title">{t("enterprise.sectionRisk")}</h2>} style={{ marginTop: 16 }}>
            <Space direction="vertical" size="small">
              <RiskTag high={e.high_risk} overridden={e.high_risk_override !== null} />
              {e.high_risk_override !== null ? (
                <Typography.Text>
                  {t("enterprise.high_risk_reason")}: {e.high_risk_reason ?? none}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t("enterprise.overrideAuto")}</Typography.Text>
              )}
              <Typography.Text type="secondary">{t("enterprise.derivedNote")}</Typography.Text>
            </Space>
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<h2 className="card-title">{t("enterprise.history")}</h2>}>
            <History id={id} />
          </Card>
        </Col>
      </Row>
            ),
          },
          ...(canTraining
            ? [
                {
                  key: "training",
                  label: t("training.compliance.tab"),
                  children: (
                    <Card title={<h2 className="card-title">{t("training.compliance.title")}</h2>}>
                      <CompliancePanel enterpriseId={id} />
                    </Card>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={confirmOpen}
        title={t("enterprise.deleteConfirm", { name: e.name })}
        okText={t("common.delete")}
        okButtonProps={{ danger: true, loading: deleting }}
        cancelText={t("common.cancel")}
        onOk={() => void onDelete()}
        onCancel={() => {
          setConfirmOpen(false);
          setDeleteError(null);
        }}
      >
        <Typography.Paragraph>{t("enterprise.deleteHint")}</Typography.Paragraph>
        {deleteError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={
              deleteError instanceof ApiProblem && deleteError.status === 412
                ? t("errors.conflictTitle")
                : deleteError instanceof ApiProblem
                  ? (deleteError.detail ?? deleteError.title)
                  : t("errors.networkTitle")
            }
            action={
              deleteError instanceof ApiProblem && deleteError.status === 412 ? (
                <Button
                  size="small"
                  onClick={() => {
                    setConfirmOpen(false);
                    setDeleteError(null);
                    void query.refetch();
                  }}
                >
                  {t("common.reload")}
                </Button>
              ) : undefined
            }
          />
        ) : null}
      </Modal>
    </div>
  );
}
