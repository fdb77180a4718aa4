import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, ReloadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api, unwrap, unwrapWithEtag } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { applyProblem, isConflict, problemText } from "../../lib/formErrors";
import { formatDate, formatDateTime, formatNumber } from "../../lib/format";
import { codeLabel, useCodeList, useCommunes, useZones } from "../../lib/lookups";
import { AccidentAttachments } from "./AccidentAttachments";
import { StatusActions, StatusSteps } from "./AccidentProgress";
import { AccidentFlags, AccidentStatusTag, SeverityTag, VictimSeverityTag } from "./AccidentTags";
import { AccidentTimeline, timelineKey } from "./AccidentTimeline";
import { deadlineShort, deadlineState, deadlineText, vietnamDate } from "./deadline";
import { LEVELS, accidentKey, type Accident, type AccidentUpdate, type Victim } from "./model";
import { useAccident } from "./useAccident";

type Loaded = { data: Accident; etag: string | null };

interface InvestigationValues {
  investigation_level: Accident["investigation_level"];
  investigation_team: string;
  needs_examination: boolean;
  extension_days: number | null;
  extension_reason: string;
}

const INVESTIGATION_FIELDS = ["investigation_level", "investigation_team", "needs_examination", "extension_days", "extension_reason"];

function investigationValues(a: Accident): InvestigationValues {
  return {
    investigation_level: a.investigation_level,
    investigation_team: a.investigation_team ?? "",
    needs_examination: a.needs_examination,
    extension_days: a.extension_days,
    extension_reason: a.extension_reason ?? "",
  };
}

/** Investigators record the level, the team, the need for an examination and the one extension the law allows. */
function InvestigationDialog({
  loaded,
  onClose,
  onSaved,
  onConflict,
}: {
  loaded: Loaded;
  onClose: () => void;
  onSaved: (next: Loaded) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InvestigationValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const accident = loaded.data;
  const extended = accident.extension_days !== null;
  const extensionPossible = accident.severity === "serious" || accident.severity === "fatal";

  const submit = async (values: InvestigationValues) => {
    setSaving(true);
    setGeneral([]);
    const was = investigationValues(accident);
    const body: Record<string, unknown> = {};
    if (values.investigation_level !== was.investigation_level) body.investigation_level = values.investigation_level;
    if (values.investigation_team.trim() !== was.investigation_team) body.investigation_team = values.investigation_team.trim() || null;
    if (values.needs_examination !== was.needs_examination) body.needs_examination = values.needs_examination;
    if (!extended && values.extension_days) {
      body.extension_days = values.extension_days;
      body.extension_reason = values.extension_reason.trim() || null;
    }
    if (Object.keys(body).length === 0) {
      setSaving(false);
      onClose();
      return;
    }
    try {
      const next = await unwrapWithEtag(
        api.PATCH("/api/v1/accidents/{accident_id}", {
          params: { path: { accident_id: accident.id } },
          body: body as AccidentUpdate,
          headers: { "If-Match": loaded.etag ?? `"${accident.version}"` },
        }),
      );
      onSaved(next);
    } catch (error) {
      if (isConflict(error)) {
        onClose();
        onConflict();
      } else {
        setGeneral(applyProblem(form, error, INVESTIGATION_FIELDS, t));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t("accidents.investigation.edit")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {general.length > 0 ? <Alert type="error" showIcon role="alert" title={general.join(" ")} style={{ marginBottom: 12 }} /> : null}
      <Form<InvestigationValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
        initialValues={investigationValues(accident)}
      >
        <Form.Item name="investigation_level" label={t("accidents.investigation_level")}>
          <Select options={LEVELS.map((value) => ({ value, label: t(`accidents.level.${value}`) }))} />
        </Form.Item>
        <Form.Item name="investigation_team" label={t("accidents.investigation_team")} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="needs_examination" valuePropName="checked" extra={t("accidents.form.examinationHelp")}>
          <Checkbox>{t("accidents.needs_examination")}</Checkbox>
        </Form.Item>
        {extensionPossible ? (
          <>
            <Form.Item name="extension_days" label={t("accidents.extension_days")} extra={t("accidents.investigation.extensionHelp")}>
              <InputNumber min={1} max={60} precision={0} disabled={extended} style={{ width: "100%" }} />
            </Form.Item>
            <Form.Item name="extension_reason" label={t("accidents.extension_reason")} rules={[{ max: 500 }]}>
              <Input.TextArea rows={2} maxLength={500} disabled={extended} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

function VictimsTable({ victims }: { victims: Victim[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const occupations = useCodeList("occupations_vsco");
  return (
    <Table<Victim>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={victims}
      locale={{ emptyText: <span className="muted">{t("accidents.victim.none")}</span> }}
      columns={[
        {
          key: "full_name",
          title: t("accidents.victim.full_name"),
          render: (_: unknown, v) => (
            <div className="cell-name">
              <span>{v.full_name}</span>
              <Typography.Text type="secondary" className="cell-sub">
                {t(`accidents.sex.${v.sex}`)}
                {v.birth_year ? ` · ${v.birth_year}` : ""}
                {v.citizen_id ? ` · ${v.citizen_id}` : ""}
              </Typography.Text>
            </div>
          ),
        },
        {
          key: "occupation",
          title: t("accidents.victim.occupation_code"),
          render: (_: unknown, v) => (v.occupation_code ? codeLabel(occupations.byCode.get(v.occupation_code), v.occupation_code, lang) : t("common.none")),
        },
        {
          key: "contract",
          title: t("accidents.victim.contract_status"),
          render: (_: unknown, v) => (
            <Space size={4} wrap>
              <span>{t(`accidents.contractStatus.${v.contract_status}`)}</span>
              {v.not_under_management ? <Tag>{t("accidents.victim.not_under_management_short")}</Tag> : null}
            </Space>
          ),
        },
        {
          key: "severity",
          title: t("accidents.victim.severity"),
          render: (_: unknown, v) => (
            <div className="cell-name">
              <span>
                <VictimSeverityTag severity={v.severity} />
              </span>
              {v.injury_description ? (
                <Typography.Text type="secondary" className="cell-sub">
                  {v.injury_description}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        {
          key: "days_off",
          title: t("accidents.victim.days_off"),
          render: (_: unknown, v) => (
            <div className="cell-name">
              <span>{formatNumber(v.days_off, lang)}</span>
              {v.capacity_loss_pct !== null ? (
                <Typography.Text type="secondary" className="cell-sub">
                  {t("accidents.victim.capacity_loss_pct")}: {v.capacity_loss_pct}%
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        {
          key: "costs",
          title: t("accidents.victim.costs"),
          render: (_: unknown, v) => (
            <div className="cell-name">
              <span>
                {t("accidents.victim.medical_cost_vnd")}: {formatNumber(v.medical_cost_vnd, lang)}
              </span>
              <span>
                {t("accidents.victim.wages_during_treatment_vnd")}: {formatNumber(v.wages_during_treatment_vnd, lang)}
              </span>
              <span>
                {t("accidents.victim.compensation_vnd")}: {formatNumber(v.compensation_vnd, lang)}
              </span>
            </div>
          ),
        },
      ]}
    />
  );
}

export function AccidentDetailPage() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const query = useAccident(id);
  const canReport = useCan("accidents:report");
  const canInvestigate = useCan("accidents:investigate");
  const canDelete = useCan("accidents:delete");
  const communes = useCommunes();
  const zones = useZones();
  const causes = useCodeList("accident_causes");
  const factors = useCodeList("injury_factors");
  const [investigationOpen, setInvestigationOpen] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const lang = i18n.language;

  if (!Number.isInteger(id) || id <= 0) {
    return <ErrorState status="404" title={t("errors.notFoundTitle")} detail={t("errors.notFoundDetail")} />;
  }
  if (query.isPending) return <LoadingState rows={12} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const loaded = query.data;
  const a = loaded.data;
  const none = t("common.none");
  const deadline = deadlineState(a, vietnamDate(new Date()));

  const applied = async (next: Loaded) => {
    client.setQueryData(accidentKey(id), next);
    await client.invalidateQueries({ queryKey: ["accidents"] });
    await client.invalidateQueries({ queryKey: timelineKey(id) });
  };

  const reload = () => {
    void query.refetch();
    void client.invalidateQueries({ queryKey: timelineKey(id) });
  };

  const conflict = () => {
    modal.warning({
      title: t("errors.conflictTitle"),
      content: t("errors.conflictDetail"),
      okText: t("errors.conflictReload"),
      onOk: reload,
    });
  };

  const onDelete = async () => {
    setDeleting(true);
    setDeleteError(null);
    try {
      await unwrap(
        api.DELETE("/api/v1/accidents/{accident_id}", {
          params: { path: { accident_id: id } },
          headers: { "If-Match": loaded.etag ?? `"${a.version}"` },
        }),
      );
      setConfirmDelete(false);
      client.removeQueries({ queryKey: accidentKey(id) });
      await client.invalidateQueries({ queryKey: ["accidents"] });
      message.success(t("common.deleted"));
      navigate("/accidents", { replace: true });
    } catch (error) {
      if (isConflict(error)) {
        setConfirmDelete(false);
        conflict();
      } else {
        setDeleteError(error);
      }
    } finally {
      setDeleting(false);
    }
  };

  const commune = communes.byCode.get(a.admin_unit_code);
  const zone = a.zone_code ? zones.byCode.get(a.zone_code) : undefined;
  const limitText =
    a.investigation_limit_days === null
      ? none
      : [
          t("accidents.deadline.limit", { count: a.investigation_limit_days }),
          a.extension_days ? t("accidents.deadline.extended", { count: a.extension_days }) : null,
        ]
          .filter(Boolean)
          .join(", ");

  return (
    <div className="page">
      <PageHeader
        title={a.code}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span>{t(`accidents.kindValue.${a.kind}`)}</span>
            <SeverityTag severity={a.severity} />
            <AccidentStatusTag status={a.status} />
            <AccidentFlags overdue={a.overdue} immediate={a.immediate_notification} late={a.notification_late} />
          </Space>
        }
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(-1)} />}
        extra={
          <Space wrap>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t("common.reload")}
              title={t("common.reload")}
              onClick={() => void query.refetch()}
              loading={query.isFetching}
            />
            {canReport && a.status !== "closed" ? (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/accidents/${id}/edit`)}>
                {t("common.edit")}
              </Button>
            ) : null}
            {canDelete ? (
              <Button danger icon={<DeleteOutlined />} onClick={() => setConfirmDelete(true)}>
                {t("common.delete")}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card title={<h2 className="card-title">{t("accidents.steps.title")}</h2>}>
            <StatusSteps accident={a} />
            <div style={{ marginTop: 16 }}>
              <Alert
                type={deadline.kind === "overdue" || deadline.kind === "late" ? "error" : deadline.kind === "lastDay" ? "warning" : "info"}
                showIcon
                title={<span data-testid="deadline-text">{deadlineText(deadline, t)}</span>}
              />
            </div>
            {canInvestigate ? (
              <div style={{ marginTop: 16 }}>
                <StatusActions
                  loaded={loaded}
                  onReload={reload}
                  onDone={(next, status) => {
                    void applied(next);
                    message.success(t("accidents.actions.done", { status: t(`accidents.statusValue.${status}`) }));
                  }}
                />
              </div>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={<h2 className="card-title">{t("accidents.detail.facts")}</h2>}>
            <Descriptions
              className="detail-grid"
              column={1}
              size="small"
              bordered
              items={[
                { key: "code", label: t("accidents.code"), children: <span className="mono">{a.code}</span> },
                { key: "kind", label: t("accidents.kind"), children: t(`accidents.kindValue.${a.kind}`) },
                { key: "sector", label: t("accidents.sector"), children: t(`accidents.sectorValue.${a.sector}`) },
                {
                  key: "enterprise",
                  label: t("accidents.enterprise"),
                  children: a.enterprise_id ? (
                    <Link to={`/enterprises/${a.enterprise_id}`}>{a.enterprise_name ?? `#${a.enterprise_id}`}</Link>
                  ) : (
                    t("accidents.nonContractPlace")
                  ),
                },
                ...(a.zone_code
                  ? [{ key: "zone", label: t("accidents.zone_code"), children: zone ? `${zone.name} (${zone.code})` : a.zone_code }]
                  : []),
                { key: "occurred_at", label: t("accidents.occurred_at"), children: formatDateTime(a.occurred_at) },
                {
                  key: "commune",
                  label: t("accidents.admin_unit_code"),
                  children: commune ? `${commune.name} (${commune.code})` : a.admin_unit_code,
                },
                { key: "place", label: t("accidents.place"), children: a.place },
                {
                  key: "cause",
                  label: t("accidents.cause_code"),
                  children: a.cause_code ? codeLabel(causes.byCode.get(a.cause_code), a.cause_code, lang) : none,
                },
                {
                  key: "factor",
                  label: t("accidents.injury_factor_code"),
                  children: a.injury_factor_code ? codeLabel(factors.byCode.get(a.injury_factor_code), a.injury_factor_code, lang) : none,
                },
                {
                  key: "description",
                  label: t("accidents.description"),
                  children: <span style={{ whiteSpace: "pre-wrap" }}>{a.description}</span>,
                },
                {
                  key: "notified",
                  label: t("accidents.notified_at"),
                  children: `${formatDateTime(a.notified_at)} · ${t(`accidents.channel.${a.notification_channel}`)}`,
                },
                { key: "damage", label: t("accidents.property_damage_vnd"), children: formatNumber(a.property_damage_vnd, lang) },
                { key: "reported_by", label: t("accidents.reported_by"), children: a.reported_by },
                {
                  key: "updated",
                  label: t("accidents.updated_at"),
                  children: `${formatDateTime(a.updated_at)} · ${t("enterprise.version")} ${a.version}`,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={<h2 className="card-title">{t("accidents.derived.title")}</h2>}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: "severity", label: t("accidents.severity"), children: <SeverityTag severity={a.severity} /> },
                { key: "victims", label: t("accidents.victims_count"), children: formatNumber(a.victims_count, lang) },
                { key: "deaths", label: t("accidents.deaths"), children: formatNumber(a.deaths, lang) },
                { key: "serious", label: t("accidents.serious_count"), children: formatNumber(a.serious_count, lang) },
                { key: "female", label: t("accidents.female_count"), children: formatNumber(a.female_count, lang) },
                {
                  key: "immediate",
                  label: t("accidents.immediate_notification"),
                  children: (
                    <span data-testid="immediate-explanation">
                      {a.immediate_notification ? (
                        <>
                          <strong>{t("common.yes")}.</strong> {t("accidents.derived.immediateWhy")}
                        </>
                      ) : (
                        t("accidents.derived.immediateNo")
                      )}
                    </span>
                  ),
                },
                {
                  key: "late",
                  label: t("accidents.notification_late"),
                  children: a.notification_late ? (
                    <Typography.Text type="danger">
                      <strong>{t("common.yes")}.</strong> {t("accidents.derived.lateWhy")}
                    </Typography.Text>
                  ) : (
                    t("accidents.derived.lateNo")
                  ),
                },
                { key: "limit", label: t("accidents.investigation_limit_days"), children: limitText },
                {
                  key: "deadline",
                  label: t("accidents.investigation_deadline"),
                  children: a.investigation_deadline ? `${formatDate(a.investigation_deadline)} · ${deadlineShort(deadline, t)}` : none,
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t("accidents.derived.note")}
            </Typography.Paragraph>
          </Card>
          <Card
            title={<h2 className="card-title">{t("accidents.investigation.title")}</h2>}
            style={{ marginTop: 16 }}
            extra={
              canInvestigate && a.status !== "closed" ? (
                <Button size="small" icon={<EditOutlined />} onClick={() => setInvestigationOpen(true)}>
                  {t("accidents.investigation.edit")}
                </Button>
              ) : null
            }
          >
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: "level", label: t("accidents.investigation_level"), children: t(`accidents.level.${a.investigation_level}`) },
                { key: "team", label: t("accidents.investigation_team"), children: a.investigation_team ?? none },
                {
                  key: "examination",
                  label: t("accidents.needs_examination"),
                  children: a.needs_examination ? t("common.yes") : t("common.no"),
                },
                {
                  key: "record",
                  label: t("accidents.investigation_record_date"),
                  children: formatDate(a.investigation_record_date),
                },
                ...(a.extension_days
                  ? [
                      {
                        key: "extension",
                        label: t("accidents.extension_days"),
                        children: `${a.extension_days} · ${a.extension_reason ?? ""}`,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<h2 className="card-title">{t("accidents.detail.victims")}</h2>}>
            <VictimsTable victims={a.victims} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<h2 className="card-title">{t("accidents.attachments.title")}</h2>}>
            <AccidentAttachments accidentId={id} canWrite={canReport} closed={a.status === "closed"} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={<h2 className="card-title">{t("accidents.timeline.title")}</h2>}>
            <AccidentTimeline id={id} />
          </Card>
        </Col>
      </Row>
      {canInvestigate && investigationOpen ? (
        <InvestigationDialog
          loaded={loaded}
          onClose={() => setInvestigationOpen(false)}
          onConflict={conflict}
          onSaved={(next) => {
            setInvestigationOpen(false);
            void applied(next);
            message.success(t("accidents.investigation.saved"));
          }}
        />
      ) : null}
      <Modal
        open={confirmDelete}
        title={t("accidents.detail.deleteConfirm", { code: a.code })}
        okText={t("common.delete")}
        okButtonProps={{ danger: true, loading: deleting }}
        cancelText={t("common.cancel")}
        onOk={() => void onDelete()}
        onCancel={() => {
          setConfirmDelete(false);
          setDeleteError(null);
        }}
      >
        <Typography.Paragraph>{t("accidents.detail.deleteHint")}</Typography.Paragraph>
        {deleteError ? <Alert type="error" showIcon role="alert" title={problemText(deleteError, t)} /> : null}
      </Modal>
    </div>
  );
}
