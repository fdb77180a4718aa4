import { DownloadOutlined, FilterOutlined, PlusOutlined, SettingOutlined, UploadOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  App,
  Badge,
  Button,
  Card,
  Checkbox,
  Col,
  Grid,
  Popover,
  Row,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
  type TableProps,
} from "antd";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, download, unwrap, type Enterprise } from "../../api/client";
import { ApiProblem, NetworkError } from "../../api/problem";
import { useCan, useMe } from "../../auth/AuthContext";
import { FilterSelect } from "../../components/FilterSelect";
import { ListPager } from "../../components/ListPager";
import { SearchBox } from "../../components/SearchBox";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { RiskTag, SizeTag, StatusTag } from "../../components/Tags";
import {
  DEFAULT_PAGE_SIZE,
  ENTERPRISE_FILTERS,
  LEGAL_FORMS,
  PAGE_SIZES,
  SIZE_CLASSES,
  STATUSES,
  activeFilterCount,
  type EnterpriseListState,
} from "../../lib/enterpriseFilters";
import { formatDateTime, formatNumber } from "../../lib/format";
import { useCommunes, useVsicSections, useZones } from "../../lib/lookups";
import { serializeState, toQuery } from "../../lib/urlState";
import { useUrlState } from "../../lib/useUrlState";

const COLUMN_KEYS = [
  "tax_code",
  "legal_form",
  "admin_unit_code",
  "zone_code",
  "vsic_code",
  "employees_total",
  "size_class",
  "high_risk",
  "status",
  "updated_at",
] as const;
type ColumnKey = (typeof COLUMN_KEYS)[number];
const DEFAULT_COLUMNS: ColumnKey[] = ["tax_code", "admin_unit_code", "employees_total", "size_class", "high_risk", "status"];
const COLUMNS_STORAGE = "osh.enterprises.columns";

function loadColumns(): ColumnKey[] {
  try {
    const raw = JSON.parse(localStorage.getItem(COLUMNS_STORAGE) ?? "null") as unknown;
    if (Array.isArray(raw)) return COLUMN_KEYS.filter((key) => raw.includes(key));
  } catch {
    // fall through to the defaults
  }
  return DEFAULT_COLUMNS;
}

export function apiQuery(state: EnterpriseListState) {
  const { limit, cursor, ...rest } = toQuery(ENTERPRISE_FILTERS, state);
  return {
    ...rest,
    limit: Number(limit ?? DEFAULT_PAGE_SIZE),
    ...(cursor ? { cursor: String(cursor) } : {}),
  };
}

export function EnterpriseListPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const canCreate = useCan("enterprises:create");
  const canImport = useCan("enterprises:import");
  const canExport = useCan("enterprises:export");
  const screens = Grid.useBreakpoint();
  const { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(ENTERPRISE_FILTERS);
  const [columns, setColumns] = useState<ColumnKey[]>(loadColumns);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const communes = useCommunes();
  const zones = useZones();
  const sections = useVsicSections();
  const lang = i18n.language.startsWith("en") ? "en" : "vi";
  const pageSize = Number(state.limit ?? DEFAULT_PAGE_SIZE);

  const query = useMemo(() => apiQuery(state), [state]);
  const list = useQuery({
    queryKey: ["enterprises", "list", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/enterprises", { params: { query } })),
  });

  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const filterCount = activeFilterCount(state);

  const setColumnChoice = (next: ColumnKey[]) => {
    setColumns(next);
    try {
      localStorage.setItem(COLUMNS_STORAGE, JSON.stringify(next));
    } catch {
      // not remembered
    }
  };

  const onExport = async () => {
    setExporting(true);
    try {
      const { limit: _limit, cursor: _cursor, ...filters } = state;
      const params = serializeState(ENTERPRISE_FILTERS, filters);
      params.set("format", "xlsx");
      await download("/enterprises/export", params, "doanh-nghiep.xlsx");
    } catch (error) {
      if (error instanceof NetworkError) message.error(t("errors.networkTitle"));
      else if (error instanceof ApiProblem) message.error(error.detail ?? error.title);
      else message.error(t("errors.unexpected"));
    } finally {
      setExporting(false);
    }
  };

  const sortOrder = (field: string): "ascend" | "descend" | null =>
    state.sort === field ? "ascend" : state.sort === `-${field}` ? "descend" : null;

  const all: Record<ColumnKey | "name", TableColumnsType<Enterprise>[number]> = {
    name: {
      key: "name",
      title: t("enterprise.name"),
      dataIndex: "name",
      sorter: true,
      sortOrder: sortOrder("name"),
      fixed: screens.md ? "left" : undefined,
      width: 320,
      render: (_: unknown, row: Enterprise) => (
        <div className="cell-name">
          <Link to={`/enterprises/${row.id}`}>{row.name}</Link>
          <Typography.Text type="secondary" className="cell-sub">
            {row.address}
          </Typography.Text>
        </div>
      ),
    },
    tax_code: {
      key: "tax_code",
      title: t("enterprise.tax_code"),
      dataIndex: "tax_code",
      sorter: true,
      sortOrder: sortOrder("tax_code"),
      width: 140,
      render: (value: string) => <span className="mono">{value}</span>,
    },
    legal_form: {
      key: "legal_form",
      title: t("enterprise.legal_form"),
      dataIndex: "legal_form",
      width: 200,
      render: (value: string) => t(`legalForm.${value}`),
    },
    admin_unit_code: {
      key: "admin_unit_code",
      title: t("enterprise.admin_unit_code"),
      dataIndex: "admin_unit_code",
      width: 170,
      render: (code: string) => communes.byCode.get(code)?.name ?? code,
    },
    zone_code: {
      key: "zone_code",
      title: t("enterprise.zone_code"),
      dataIndex: "zone_code",
      width: 180,
      render: (code: string | null) => (code ? (zones.byCode.get(code)?.name ?? code) : t("common.none")),
    },
    vsic_code: {
      key: "vsic_code",
      title: t("enterprise.vsic_code"),
      dataIndex: "vsic_code",
      width: 120,
      render: (code: string, row: Enterprise) => (
        <span title={sections.byCode.get(row.vsic_section)?.[lang]}>
          <span className="mono">{code}</span> <Typography.Text type="secondary">({row.vsic_section})</Typography.Text>
        </span>
      ),
    },
    employees_total: {
      key: "employees_total",
      title: t("enterprise.employeesShort"),
      dataIndex: "employees_total",
      align: "right",
      sorter: true,
      sortOrder: sortOrder("employees_total"),
      width: 120,
      render: (value: number) => formatNumber(value, lang),
    },
    size_class: {
      key: "size_class",
      title: t("enterprise.size_class"),
      dataIndex: "size_class",
      width: 110,
      render: (value: string) => <SizeTag size={value} />,
    },
    high_risk: {
      key: "high_risk",
      title: t("enterprise.high_risk"),
      dataIndex: "high_risk",
      width: 150,
      render: (value: boolean, row: Enterprise) => <RiskTag high={value} overridden={row.high_risk_override !== null} />,
    },
    status: {
      key: "status",
      title: t("enterprise.status"),
      dataIndex: "status",
      width: 150,
      render: (value: string) => <StatusTag status={value} />,
    },
    updated_at: {
      key: "updated_at",
      title: t("enterprise.updated_at"),
      dataIndex: "updated_at",
      sorter: true,
      sortOrder: sortOrder("updated_at"),
      width: 160,
      render: (value: string) => formatDateTime(value),
    },
  };
  const compact: TableColumnsType<Enterprise>[number] = {
    key: "name",
    title: t("enterprise.name"),
    dataIndex: "name",
    sorter: true,
    sortOrder: sortOrder("name"),
    render: (_: unknown, row: Enterprise) => (
      <div className="cell-name cell-compact">
        <Link to={`/enterprises/${row.id}`}>{row.name}</Link>
        <Typography.Text type="secondary" className="cell-sub">
          <span className="mono">{row.tax_code}</span> · {communes.byCode.get(row.admin_unit_code)?.name ?? row.admin_unit_code} ·{" "}
          {formatNumber(row.employees_total, lang)} {t("enterprise.employeesShort").toLowerCase()}
        </Typography.Text>
        <Space size={4} wrap>
          <SizeTag size={row.size_class} />
          {row.high_risk ? <RiskTag high /> : null}
          {row.status !== "active" ? <StatusTag status={row.status} /> : null}
        </Space>
      </div>
    ),
  };
  const tableColumns = screens.md
    ? [all.name, ...COLUMN_KEYS.filter((key) => columns.includes(key)).map((key) => all[key])]
    : [compact];

  const onTableChange: TableProps<Enterprise>["onChange"] = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = one?.columnKey ? String(one.columnKey) : null;
    const sort = field && one?.order ? (one.order === "descend" ? `-${field}` : field) : null;
    if (sort !== state.sort) update({ sort });
  };

  const filters = (
    <Row gutter={[12, 12]} className="filters">
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("enterprise.admin_unit_code")}
          value={state.admin_unit}
          loading={communes.isPending}
          options={communes.list.map((unit) => ({ value: unit.code, label: unit.name }))}
          onChange={(admin_unit) => update({ admin_unit })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("enterprise.zone_code")}
          value={state.zone}
          loading={zones.isPending}
          options={zones.list.map((zone) => ({ value: zone.code, label: zone.name }))}
          onChange={(zone) => update({ zone })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("enterprise.vsic_section")}
          value={state.vsic_section}
          loading={sections.isPending}
          options={sections.list.map((s) => ({ value: s.code, label: `${s.code} – ${s[lang]}` }))}
          onChange={(vsic_section) => update({ vsic_section })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("enterprise.legal_form")}
          value={state.legal_form}
          options={LEGAL_FORMS.map((value) => ({ value, label: t(`legalForm.${value}`) }))}
          onChange={(legal_form) => update({ legal_form })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("enterprise.size_class")}
          value={state.size_class}
          options={SIZE_CLASSES.map((value) => ({ value, label: t(`sizeClass.${value}`) }))}
          onChange={(size_class) => update({ size_class })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <FilterSelect
          label={t("enterprise.status")}
          value={state.status}
          options={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          onChange={(status) => update({ status })}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <label className="filter-field">
          <span className="filter-label">{t("enterprise.highRiskFilter")}</span>
          <Select
            aria-label={t("enterprise.highRiskFilter")}
            value={state.high_risk === null ? "any" : state.high_risk ? "true" : "false"}
            onChange={(value: string) => update({ high_risk: value === "any" ? null : value === "true" })}
            options={[
              { value: "any", label: t("common.any") },
              { value: "true", label: t("enterprise.highRiskYes") },
              { value: "false", label: t("enterprise.highRiskNo") },
            ]}
            style={{ width: "100%" }}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6} className="filters-clear">
        <Button
          disabled={filterCount === 0}
          onClick={() =>
            update({
              admin_unit: [],
              zone: [],
              vsic_section: [],
              size_class: [],
              high_risk: null,
              legal_form: [],
              status: [],
            })
          }
        >
          {t("common.clearFilters")}
        </Button>
      </Col>
    </Row>
  );

  const columnChooser = (
    <Checkbox.Group
      className="column-chooser"
      value={columns}
      onChange={(values) => setColumnChoice(values as ColumnKey[])}
      options={COLUMN_KEYS.map((key) => ({
        value: key,
        label: key === "employees_total" ? t("enterprise.employees_total") : t(`enterprise.${key}`),
      }))}
    />
  );

  const data = list.data;
  const showFilters = screens.md || filtersOpen;
  const anyCriteria = filterCount > 0 || state.q.trim() !== "";

  return (
    <div className="page">
      <PageHeader
        title={t("enterprise.listTitle")}
        subtitle={t("enterprise.listSubtitle")}
        extra={
          <Space wrap>
            {canImport ? (
              <Button icon={<UploadOutlined />} onClick={() => navigate("/enterprises/import")}>
                {t("enterprise.import")}
              </Button>
            ) : null}
            {canExport ? (
              <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
                {exporting ? t("enterprise.exporting") : t("enterprise.export")}
              </Button>
            ) : null}
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/enterprises/new")}>
                {t("enterprise.create")}
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
              placeholder={t("enterprise.searchPlaceholder")}
              label={t("common.search")}
            />
          </div>
          <Space>
            {!screens.md ? (
              <Badge count={filterCount} size="small">
                <Button
                  icon={<FilterOutlined />}
                  aria-expanded={filtersOpen}
                  aria-controls="enterprise-filters"
                  onClick={() => setFiltersOpen((open) => !open)}
                >
                  {t("common.filters")}
                </Button>
              </Badge>
            ) : null}
            {screens.md ? (
              <Popover content={columnChooser} title={t("common.columns")} trigger="click" placement="bottomRight">
                <Button icon={<SettingOutlined />}>{t("common.columns")}</Button>
              </Popover>
            ) : null}
          </Space>
        </div>
        <div id="enterprise-filters" hidden={!showFilters}>
          {filters}
        </div>
        {me.scope.kind !== "province" ? (
          <Typography.Paragraph type="secondary" className="scope-note">
            {t("enterprise.notInScopeNote")}
          </Typography.Paragraph>
        ) : null}
        {list.isError && !data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
            <Table<Enterprise>
              rowKey="id"
              columns={tableColumns}
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
                  <EmptyState
                    title={t("enterprise.emptyTitle")}
                    hint={canCreate ? t("enterprise.emptyHint") : undefined}
                  />
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
