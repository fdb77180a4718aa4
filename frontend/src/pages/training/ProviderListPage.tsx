import { PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Card, Col, Grid, Row, Select, Space, Table, Typography, type TableColumnsType } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, unwrap } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { SearchBox } from "../../components/SearchBox";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { formatDate } from "../../lib/format";
import { useUrlState } from "../../lib/useUrlState";
import { ORG_CLASSES, PROVIDER_FILTERS, countActive, type Provider } from "./model";
import { ClassTag, LicenceTag } from "./TrainingTags";

export function ProviderListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan("training:manage");
  const screens = Grid.useBreakpoint();
  const { state, update } = useUrlState(PROVIDER_FILTERS);
  const q = state.q.trim();
  const query = {
    ...(q ? { q } : {}),
    ...(state.org_class ? { org_class: state.org_class as (typeof ORG_CLASSES)[number] } : {}),
    ...(state.licence_valid !== null ? { licence_valid: state.licence_valid } : {}),
  };
  const list = useQuery({
    queryKey: ["training-providers", "list", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/training-providers", { params: { query } })),
  });
  const onSearch = useCallback((value: string) => update({ q: value }, { replace: true }), [update]);
  const filterCount = countActive([state.org_class, state.licence_valid]);

  const columns: TableColumnsType<Provider> = [
    {
      key: "name",
      title: t("training.provider.name"),
      render: (_: unknown, row) => (
        <div className="cell-name">
          <Link to={`/training/providers/${row.id}`}>{row.name}</Link>
          <Typography.Text type="secondary" className="cell-sub">
            {row.kind === "self_training_employer" ? t("training.providerKind.self_training_employer") : row.address ?? ""}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: "license_number",
      title: t("training.provider.license_number"),
      dataIndex: "license_number",
      render: (value: string) => <span className="mono">{value}</span>,
    },
    {
      key: "org_class",
      title: t("training.provider.org_class"),
      render: (_: unknown, row) => (
        <Space size={4} wrap>
          <ClassTag orgClass={row.org_class} />
          <Typography.Text type="secondary">{t("training.provider.groupsList", { groups: row.trains_groups.join(", ") })}</Typography.Text>
        </Space>
      ),
    },
    {
      key: "licence",
      title: t("training.provider.licence"),
      render: (_: unknown, row) => (
        <Space direction="vertical" size={0}>
          <LicenceTag valid={row.license_valid} />
          <Typography.Text type="secondary" className="cell-sub">
            {formatDate(row.license_issued_on)} – {formatDate(row.license_expires_on)}
          </Typography.Text>
        </Space>
      ),
    },
  ];
  const compact: TableColumnsType<Provider> = [
    {
      key: "name",
      title: t("training.provider.name"),
      render: (_: unknown, row) => (
        <div className="cell-name cell-compact">
          <Link to={`/training/providers/${row.id}`}>{row.name}</Link>
          <Typography.Text type="secondary" className="cell-sub">
            <span className="mono">{row.license_number}</span> · {t("training.provider.validTo", { date: formatDate(row.license_expires_on) })}
          </Typography.Text>
          <Space size={4} wrap>
            <ClassTag orgClass={row.org_class} />
            <LicenceTag valid={row.license_valid} />
          </Space>
        </div>
      ),
    },
  ];

  const data = list.data;
  const anyCriteria = filterCount > 0 || q !== "";

  return (
    <div className="page">
      <PageHeader
        title={t("training.provider.listTitle")}
        subtitle={t("training.provider.listSubtitle")}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/training/providers/new")}>
              {t("training.provider.create")}
            </Button>
          ) : null
        }
      />
      <Card className="list-card">
        <div className="list-toolbar">
          <div className="list-search">
            <SearchBox value={state.q} onSearch={onSearch} placeholder={t("training.provider.searchPlaceholder")} label={t("common.search")} />
          </div>
        </div>
        <Row gutter={[12, 12]} className="filters">
          <Col xs={24} sm={12} lg={8} xl={6}>
            <label className="filter-field">
              <span className="filter-label">{t("training.provider.org_class")}</span>
              <Select
                aria-label={t("training.provider.org_class")}
                value={state.org_class ?? "any"}
                onChange={(value: string) => update({ org_class: value === "any" ? null : value })}
                options={[
                  { value: "any", label: t("common.all") },
                  ...ORG_CLASSES.map((c) => ({ value: c, label: t("training.provider.classN", { orgClass: c }) })),
                ]}
                style={{ width: "100%" }}
              />
            </label>
          </Col>
          <Col xs={24} sm={12} lg={8} xl={6}>
            <label className="filter-field">
              <span className="filter-label">{t("training.provider.licence")}</span>
              <Select
                aria-label={t("training.provider.licence")}
                value={state.licence_valid === null ? "any" : String(state.licence_valid)}
                onChange={(value: string) => update({ licence_valid: value === "any" ? null : value === "true" })}
                options={[
                  { value: "any", label: t("common.all") },
                  { value: "true", label: t("training.provider.licenceInForce") },
                  { value: "false", label: t("training.provider.licenceNotInForce") },
                ]}
                style={{ width: "100%" }}
              />
            </label>
          </Col>
          <Col xs={24} sm={12} lg={8} xl={6} className="filters-clear">
            <Button disabled={filterCount === 0} onClick={() => update({ org_class: null, licence_valid: null })}>
              {t("common.clearFilters")}
            </Button>
          </Col>
        </Row>
        {list.isError && !data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table<Provider>
              rowKey="id"
              columns={screens.md ? columns : compact}
              dataSource={data?.items ?? []}
              loading={list.isFetching}
              pagination={(data?.items.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              scroll={{ x: "max-content" }}
              size={screens.md ? "middle" : "small"}
              locale={{
                emptyText: list.isPending ? (
                  <span className="muted">{t("common.loading")}</span>
                ) : anyCriteria ? (
                  <EmptyState title={t("common.noMatch")} hint={t("common.noMatchHint")} />
                ) : (
                  <EmptyState title={t("training.provider.emptyTitle")} hint={canManage ? t("training.provider.emptyHint") : undefined} />
                ),
              }}
            />
            {data ? (
              <Typography.Text type="secondary" data-testid="pager-status">
                {t("common.total", { count: data.total ?? data.items.length })}
              </Typography.Text>
            ) : null}
          </>
        )}
      </Card>
    </div>
  );
}
