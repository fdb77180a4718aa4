import { FilterOutlined, PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  Badge,
  Button,
  Card,
  Col,
  DatePicker,
  Grid,
  Row,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
  type TableProps,
} from "antd";
import dayjs from "dayjs";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, unwrap } from "../../api/client";
import { useCan, useMe } from "../../auth/AuthContext";
import { FilterSelect } from "../../components/FilterSelect";
import { ListPager } from "../../components/ListPager";
import { SearchBox } from "../../components/SearchBox";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { formatDateTime } from "../../lib/format";
import { useCommunes, useZones } from "../../lib/lookups";
import { useUrlState } from "../../lib/useUrlState";
import { AccidentFlags, AccidentStatusTag, SeverityTag } from "./AccidentTags";
import { deadlineShort, deadlineState, deadlineText, vietnamDate } from "./deadline";
import { EnterprisePicker } from "./EnterprisePicker";
import { ReportDownload } from "./ReportPeriod";
import {
  ACCIDENT_FILTERS,
  DEFAULT_PAGE_SIZE,
  KINDS,
  PAGE_SIZES,
  SECTORS,
  SEVERITIES,
  STATUSES,
  activeFilterCount,
  listQuery,
  type AccidentSummary,
} from "./model";

function YesNoFilter(props: { label: string; value: boolean | null; onChange: (value: boolean | null) => void }) {
  const { t } = useTranslation();
  return (
    <label className="filter-field">
      <span className="filter-label">{props.label}</span>
      <Select
        aria-label={props.label}
        value={props.value === null ? "any" : props.value ? "true" : "false"}
        onChange={(value: string) => props.onChange(value === "any" ? null : value === "true")}
        options={[
          { value: "any", label: t("accidents.yesOrNo.any") },
          { value: "true", label: t("accidents.yesOrNo.yes") },
          { value: "false", label: t("accidents.yesOrNo.no") },
        ]}
        style={{ width: "100%" }}
      />
    </label>
  );
}

export function AccidentListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const canReport = useCan("accidents:report");
  const canRead = useCan("accidents:read");
  const screens = Grid.useBreakpoint();
  const { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(ACCIDENT_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const communes = useCommunes();
  const zones = useZones();
  const pageSize = Number(state.limit ?? DEFAULT_PAGE_SIZE);
  const today = vietnamDate(new Date());
  const scopeKind = me.scope.kind;

  const query = useMemo(() => listQuery(state), [state]);
  const list = useQuery({
    queryKey: ["accidents", "list", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/accidents", { params: { query } })),
  });

  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const filterCount = activeFilterCount(state);

  const sortOrder = (field: string): "ascend" | "descend" | null => {
    const sort = state.sort ?? "-occurred_at";
    return sort === field ? "ascend" : sort === `-${field}` ? "descend" : null;
  };
  const communeName = (code: string) => communes.byCode.get(code)?.name ?? code;

  const who = (row: AccidentSummary) =>
    row.sector === "contract" ? (row.enterprise_name ?? `#${row.enterprise_id}`) : t("accidents.nonContractPlace");

  const columns: TableColumnsType<AccidentSummary> = [
    {
      key: "code",
      title: t("accidents.code"),
      dataIndex: "code",
      sorter: true,
      sortOrder: sortOrder("code"),
      width: 200,
      render: (_: unknown, row) => (
        <div className="cell-name">
          <Link to={`/accidents/${row.id}`} className="mono">
            {row.code}
          </Link>
          {row.kind === "technical_incident" ? (
            <Typography.Text type="secondary" className="cell-sub">
              {t("accidents.kindValue.technical_incident")}
            </Typography.Text>
          ) : null}
          <AccidentFlags overdue={row.overdue} immediate={row.immediate_notification} late={row.notification_late} />
        </div>
      ),
    },
    {
      key: "occurred_at",
      title: t("accidents.occurred_at"),
      dataIndex: "occurred_at",
      sorter: true,
      sortOrder: sortOrder("occurred_at"),
      sortDirections: ["descend", "ascend"],
      width: 130,
      render: (value: string) => formatDateTime(value),
    },
    {
      key: "where",
      title: t("accidents.enterprise"),
      width: 280,
      render: (_: unknown, row) => (
        <div className="cell-name">
          <span>{who(row)}</span>
          <Typography.Text type="secondary" className="cell-sub">
            {row.place} · {communeName(row.admin_unit_code)}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: "severity",
      title: t("accidents.severity"),
      width: 190,
      render: (_: unknown, row) => (
        <div className="cell-name">
          <span>
            <SeverityTag severity={row.severity} />
          </span>
          <Typography.Text type="secondary" className="cell-sub">
            {t("accidents.counts", { victims: row.victims_count, deaths: row.deaths, serious: row.serious_count })}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: "status",
      title: t("accidents.status"),
      width: 170,
      render: (_: unknown, row) => {
        const deadline = deadlineState(row, today);
        return (
          <div className="cell-name">
            <span>
              <AccidentStatusTag status={row.status} />
            </span>
            <Typography.Text
              className="cell-sub"
              title={deadlineText(deadline, t)}
              type={deadline.kind === "overdue" ? "danger" : "secondary"}
            >
              {deadlineShort(deadline, t)}
            </Typography.Text>
          </div>
        );
      },
    },
  ];
  const compact: TableColumnsType<AccidentSummary>[number] = {
    key: "occurred_at",
    title: t("accidents.code"),
    dataIndex: "occurred_at",
    sorter: true,
    sortOrder: sortOrder("occurred_at"),
    sortDirections: ["descend", "ascend"],
    render: (_: unknown, row) => (
      <div className="cell-name cell-compact">
        <Link to={`/accidents/${row.id}`} className="mono">
          {row.code}
        </Link>
        <Typography.Text type="secondary" className="cell-sub">
          {formatDateTime(row.occurred_at)} · {who(row)}
        </Typography.Text>
        <Space size={4} wrap>
          <SeverityTag severity={row.severity} />
          <AccidentStatusTag status={row.status} />
          <AccidentFlags overdue={row.overdue} immediate={row.immediate_notification} late={row.notification_late} />
        </Space>
      </div>
    ),
  };

  const onTableChange: TableProps<AccidentSummary>["onChange"] = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = one?.columnKey ? String(one.columnKey) : null;
    const sort = field && one?.order ? (one.order === "descend" ? `-${field}` : field) : null;
    if (sort !== state.sort) update({ sort });
  };

  const period: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    state.date_from[0] ? dayjs(state.date_from[0]) : null,
    state.date_to[0] ? dayjs(state.date_to[0]) : null,
  ];

  const filters = (
    <Row gutter={[12, 12]} className="filters">
      <Col xs={24} sm={12} lg={8} xl={6}>
        <label className="filter-field">
          <span className="filter-label">{t("accidents.period")}</span>
          <DatePicker.RangePicker
            aria-label={t("accidents.period")}
            format="DD/MM/YYYY"
            allowEmpty={[true, true]}
            value={period}
            onChange={(range) =>
              update({
                date_from: range?.[0] ? [range[0].format("YYYY-MM-DD")] : [],
                date_to: range?.[1] ? [range[1].format("YYYY-MM-DD")] : [],
              })
            }
            style={{ width: "100%" }}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("accidents.severity")}
          value={state.severity}
          options={SEVERITIES.map((value) => ({ value, label: t(`accidents.severityValue.${value}`) }))}
          onChange={(severity) => update({ severity })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("accidents.status")}
          value={state.status}
          options={STATUSES.map((value) => ({ value, label: t(`accidents.statusValue.${value}`) }))}
          onChange={(status) => update({ status })}
        />
      </Col>
      {scopeKind === "province" ? (
        <Col xs={24} sm={12} lg={8} xl={6}>
          <FilterSelect
            label={t("accidents.sector")}
            value={state.sector}
            options={SECTORS.map((value) => ({ value, label: t(`accidents.sectorValue.${value}`) }))}
            onChange={(sector) => update({ sector })}
          />
        </Col>
      ) : null}
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("accidents.kind")}
          value={state.kind}
          options={KINDS.map((value) => ({ value, label: t(`accidents.kindValue.${value}`) }))}
          onChange={(kind) => update({ kind })}
        />
      </Col>
      {scopeKind !== "enterprise" ? (
        <>
          <Col xs={24} sm={12} lg={8} xl={6}>
            <FilterSelect
              label={t("accidents.admin_unit_code")}
              value={state.admin_unit}
              loading={communes.isPending}
              options={communes.list.map((unit) => ({ value: unit.code, label: unit.name }))}
              onChange={(admin_unit) => update({ admin_unit })}
            />
          </Col>
          {scopeKind !== "communes" ? (
            <>
              <Col xs={24} sm={12} lg={8} xl={6}>
                <FilterSelect
                  label={t("accidents.zone_code")}
                  value={state.zone}
                  loading={zones.isPending}
                  options={zones.list.map((zone) => ({ value: zone.code, label: zone.name }))}
                  onChange={(zone) => update({ zone })}
                />
              </Col>
              <Col xs={24} sm={12} lg={8} xl={6}>
                <label className="filter-field">
                  <span className="filter-label">{t("accidents.enterprise")}</span>
                  <EnterprisePicker
                    aria-label={t("accidents.enterprise")}
                    allowClear
                    placeholder={t("common.all")}
                    value={state.enterprise_id[0] ? Number(state.enterprise_id[0]) : undefined}
                    onChange={(id) => update({ enterprise_id: id ? [String(id)] : [] })}
                  />
                </label>
              </Col>
            </>
          ) : null}
        </>
      ) : null}
      <Col xs={24} sm={12} lg={8} xl={6}>
        <YesNoFilter label={t("accidents.overdue")} value={state.overdue} onChange={(overdue) => update({ overdue })} />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <YesNoFilter
          label={t("accidents.immediate_notification")}
          value={state.immediate_notification}
          onChange={(immediate_notification) => update({ immediate_notification })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6} className="filters-clear">
        <Button
          disabled={filterCount === 0}
          onClick={() =>
            update({
              date_from: [],
              date_to: [],
              kind: [],
              sector: [],
              severity: [],
              status: [],
              admin_unit: [],
              zone: [],
              enterprise_id: [],
              overdue: null,
              immediate_notification: null,
            })
          }
        >
          {t("common.clearFilters")}
        </Button>
      </Col>
    </Row>
  );

  const data = list.data;
  const showFilters = screens.md || filtersOpen;
  const anyCriteria = filterCount > 0 || state.q.trim() !== "";

  return (
    <div className="page">
      <PageHeader
        title={t("accidents.listTitle")}
        subtitle={t("accidents.listSubtitle")}
        extra={
          <Space wrap>
            {canRead ? (
              <ReportDownload
                label={t("accidents.reports.summary")}
                title={t("accidents.reports.summaryTitle")}
                hint={t("accidents.reports.summaryHint")}
                path="/accidents/province-report"
                fallbackName={(period) => `tong-hop-tnld-${period}.xlsx`}
              />
            ) : null}
            {canReport ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/accidents/new")}>
                {t("accidents.report")}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card className="list-card">
        <div className="list-toolbar">
          <div className="list-search">
            <SearchBox
              value={state.q}
              onSearch={onSearch}
              placeholder={t("accidents.searchPlaceholder")}
              label={t("common.search")}
            />
          </div>
          {!screens.md ? (
            <Badge count={filterCount} size="small">
              <Button
                icon={<FilterOutlined />}
                aria-expanded={filtersOpen}
                aria-controls="accident-filters"
                onClick={() => setFiltersOpen((open) => !open)}
              >
                {t("common.filters")}
              </Button>
            </Badge>
          ) : null}
        </div>
        <div id="accident-filters" hidden={!showFilters}>
          {filters}
        </div>
        {scopeKind !== "province" ? (
          <Typography.Paragraph type="secondary" className="scope-note">
            {t("accidents.notInScopeNote")}
          </Typography.Paragraph>
        ) : null}
        {list.isError && !data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
            <Table<AccidentSummary>
              rowKey="id"
              columns={screens.md ? columns : [compact]}
              dataSource={data?.items ?? []}
              loading={list.isFetching}
              pagination={false}
              onChange={onTableChange}
              scroll={{ x: "max-content" }}
              size={screens.md ? "middle" : "small"}
              showSorterTooltip={false}
              locale={{
                emptyText: list.isPending ? (
                  <span className="muted">{t("common.loading")}</span>
                ) : anyCriteria ? (
                  <EmptyState title={t("common.noMatch")} hint={t("common.noMatchHint")} />
                ) : (
                  <EmptyState title={t("accidents.emptyTitle")} hint={canReport ? t("accidents.emptyHint") : undefined} />
                ),
              }}
            />
            <ListPager
              pageIndex={pageIndex}
              pageSize={pageSize}
              count={data?.items.length ?? 0}
              total={data?.total}
              hasPrevious={hasPrevious}
              nextCursor={data?.next_cursor}
              onFirst={firstPage}
              onPrevious={previousPage}
              onNext={nextPage}
              pageSizes={PAGE_SIZES}
              onPageSize={(limit) => update({ limit })}
              busy={list.isFetching}
            />
          </>
        )}
      </Card>
    </div>
  );
}
