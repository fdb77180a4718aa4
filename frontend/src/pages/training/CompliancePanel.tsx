import { CheckCircleFilled, PlusOutlined, WarningFilled } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Col, Grid, Row, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, unwrap } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { ListPager } from "../../components/ListPager";
import { EmptyState, ErrorState, LoadingState } from "../../components/States";
import { formatDate, formatNumber } from "../../lib/format";
import { complianceEmpty, complianceRows, type CompliancePerson, type GroupCompliance } from "./model";
import { RecordTable } from "./RecordTable";
import { GroupTag, useGroupName } from "./TrainingTags";
import { usePagedRecords } from "./usePagedRecords";
import "./training.css";

export function useCompliance(enterpriseId: number) {
  return useQuery({
    queryKey: ["training-compliance", enterpriseId],
    enabled: Number.isInteger(enterpriseId) && enterpriseId > 0,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/enterprises/{enterprise_id}/training-compliance", { params: { path: { enterprise_id: enterpriseId } } }),
      ),
  });
}

function PeopleTable({ people, testId }: { people: CompliancePerson[]; testId: string }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const columns: TableColumnsType<CompliancePerson> = [
    {
      key: "worker_name",
      title: t("training.record.worker_name"),
      render: (_: unknown, row) => (
        <div className="cell-name">
          <Link to={`/training/records/${row.record_id}`}>{row.worker_name}</Link>
          {row.birth_year ? (
            <Typography.Text type="secondary" className="cell-sub">
              {row.birth_year}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { key: "group", title: t("training.record.trainee_group"), render: (_: unknown, row) => <GroupTag group={row.trainee_group} /> },
    ...(screens.md
      ? [
          {
            key: "document",
            title: t("training.record.document"),
            render: (_: unknown, row: CompliancePerson) =>
              row.document_kind ? (
                <span>
                  {t(`training.document.${row.document_kind}`)} {row.document_number ? <span className="mono">{row.document_number}</span> : null}
                </span>
              ) : (
                t("common.none")
              ),
          },
        ]
      : []),
    { key: "valid_until", title: t("training.record.valid_until"), render: (_: unknown, row) => formatDate(row.valid_until) },
  ];
  return (
    <Table<CompliancePerson>
      rowKey="record_id"
      size="small"
      columns={columns}
      dataSource={people}
      pagination={people.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: "max-content" }}
      data-testid={testId}
    />
  );
}

/** An enterprise's people trained, by trainee group and state, with who runs out soon and who has run out. */
export function CompliancePanel({ enterpriseId }: { enterpriseId: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canRecord = useCan("training:record");
  const groupName = useGroupName();
  const screens = Grid.useBreakpoint();
  const query = useCompliance(enterpriseId);

  if (query.isPending) return <LoadingState rows={5} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const c = query.data;
  const addRecord = canRecord ? (
    <Button icon={<PlusOutlined />} onClick={() => navigate(`/training/records/new?enterprise=${enterpriseId}`)}>
      {t("training.record.create")}
    </Button>
  ) : null;

  if (complianceEmpty(c)) {
    return (
      <div data-testid="compliance-panel">
        <EmptyState title={t("training.compliance.emptyTitle")} hint={t("training.compliance.emptyHint")} action={addRecord} />
      </div>
    );
  }

  const rows = complianceRows(c.groups);
  const cards = c.strict_osh_workers_with_card;
  const count = (value: number, tone?: "warning" | "danger") =>
    value > 0 && tone ? <strong className={`text-${tone}`}>{formatNumber(value, i18n.language)}</strong> : formatNumber(value, i18n.language);
  const columns: TableColumnsType<GroupCompliance & { total: number }> = [
    {
      key: "group",
      title: t("training.record.trainee_group"),
      render: (_: unknown, row) => (
        <Space size={4} wrap>
          <GroupTag group={row.trainee_group} />
          {screens.md ? <Typography.Text type="secondary">{groupName(row.trainee_group)}</Typography.Text> : null}
        </Space>
      ),
    },
    { key: "valid", title: t("training.state.valid"), align: "right", className: "compliance-count", render: (_: unknown, row) => count(row.valid) },
    {
      key: "expiring",
      title: t("training.state.expiring"),
      align: "right",
      className: "compliance-count",
      render: (_: unknown, row) => count(row.expiring, "warning"),
    },
    {
      key: "expired",
      title: t("training.state.expired"),
      align: "right",
      className: "compliance-count",
      render: (_: unknown, row) => count(row.expired, "danger"),
    },
    { key: "total", title: t("training.compliance.people"), align: "right", className: "compliance-count", render: (_: unknown, row) => count(row.total) },
  ];

  return (
    <div data-testid="compliance-panel">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Statistic
            title={t("training.compliance.oshOfficer")}
            valueRender={() =>
              c.osh_officer_trained ? (
                <Tag color="green" icon={<CheckCircleFilled aria-hidden />}>
                  {t("training.compliance.officerYes")}
                </Tag>
              ) : (
                <Tag color="red" icon={<WarningFilled aria-hidden />}>
                  {t("training.compliance.officerNo")}
                </Tag>
              )
            }
          />
        </Col>
        <Col xs={12} md={8}>
          <Statistic title={t("training.compliance.managers")} value={c.managers_trained} formatter={(v) => formatNumber(Number(v), i18n.language)} />
        </Col>
        <Col xs={12} md={8}>
          <Statistic
            title={t("training.compliance.cards")}
            value={cards.numerator}
            formatter={(v) => formatNumber(Number(v), i18n.language)}
            suffix={
              <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                / {formatNumber(cards.denominator, i18n.language)}
                {cards.percent !== null ? ` (${formatNumber(cards.percent, i18n.language)}%)` : ""}
              </Typography.Text>
            }
          />
        </Col>
      </Row>
      <Typography.Title level={3} className="form-section-title">
        {t("training.compliance.byGroup")}
      </Typography.Title>
      <Table
        rowKey="trainee_group"
        size="small"
        className="compliance-groups"
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="compliance-groups"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t("training.compliance.note", { date: formatDate(c.on), days: c.expiring_within_days })}
      </Typography.Paragraph>
      <div className="compliance-lists">
        <Typography.Title level={3} className="form-section-title">
          {t("training.compliance.expiringList", { count: c.expiring.length })}
        </Typography.Title>
        {c.expiring.length > 0 ? (
          <PeopleTable people={c.expiring} testId="compliance-expiring" />
        ) : (
          <Typography.Paragraph type="secondary">{t("training.compliance.noneExpiring")}</Typography.Paragraph>
        )}
        <Typography.Title level={3} className="form-section-title">
          {t("training.compliance.expiredList", { count: c.expired.length })}
        </Typography.Title>
        {c.expired.length > 0 ? (
          <PeopleTable people={c.expired} testId="compliance-expired" />
        ) : (
          <Typography.Paragraph type="secondary">{t("training.compliance.noneExpired")}</Typography.Paragraph>
        )}
      </div>
      <Typography.Title level={3} className="form-section-title">
        {t("training.compliance.records")}
      </Typography.Title>
      <EnterpriseRecords enterpriseId={enterpriseId} />
      <Space wrap style={{ marginTop: 12 }}>
        <Link to={`/training/records?enterprise_id=${enterpriseId}`}>{t("training.compliance.allRecords")}</Link>
        {addRecord}
      </Space>
    </div>
  );
}

/** The enterprise's latest records, a page at a time. */
function EnterpriseRecords({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const paged = usePagedRecords({ enterprise_id: enterpriseId }, true, 10);
  const page = paged.list.data;
  if (paged.list.isError && !page) return <ErrorState error={paged.list.error} onRetry={() => void paged.list.refetch()} />;
  return (
    <>
      <RecordTable
        records={page?.items ?? []}
        loading={paged.list.isFetching}
        hide={["enterprise", "provider"]}
        testId="enterprise-training-records"
        empty={paged.list.isPending ? <span className="muted">{t("common.loading")}</span> : <span className="muted">{t("common.empty")}</span>}
      />
      <ListPager
        pageIndex={paged.pageIndex}
        pageSize={paged.limit}
        count={page?.items.length ?? 0}
        total={page?.total}
        hasPrevious={paged.hasPrevious}
        nextCursor={page?.next_cursor}
        onFirst={paged.first}
        onPrevious={paged.previous}
        onNext={paged.next}
        busy={paged.list.isFetching}
      />
    </>
  );
}
