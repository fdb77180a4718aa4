import { DownloadOutlined, FilterOutlined, PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, Col, Grid, Row, Select, Space, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api, download, unwrap } from "../../api/client";
import { useCan, useMe } from "../../auth/AuthContext";
import { ListPager } from "../../components/ListPager";
import { SearchBox } from "../../components/SearchBox";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { matches } from "../../lib/fold";
import { useUrlState } from "../../lib/useUrlState";
import { problemLine } from "./FormParts";
import {
  DEFAULT_PAGE_SIZE,
  EXPIRING_WITHIN_DAYS,
  GROUPS,
  PAGE_SIZES,
  RECORD_FILTERS,
  RECORD_STATES,
  countActive,
  exportParams,
  recordQuery,
  type RecordState,
} from "./model";
import { EnterprisePicker, ProviderPicker } from "./Pickers";
import { RecordTable } from "./RecordTable";

const EXPIRING: RecordState[] = ["expiring"];

/** Training records in the caller's scope; `expiring` is the "expiring soon" view with its Excel export. */
export function RecordListPage({ view = "all" }: { view?: "all" | "expiring" }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const canRecord = useCan("training:record");
  const screens = Grid.useBreakpoint();
  const { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(RECORD_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const fixed = view === "expiring" ? EXPIRING : undefined;
  const query = useMemo(() => recordQuery(state, fixed), [state, fixed]);
  const list = useQuery({
    queryKey: ["training-records", "list", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/training-records", { params: { query } })),
  });
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const filterCount = countActive([
    state.trainee_group,
    view === "expiring" ? [] : state.state,
    state.enterprise_id,
    state.provider_id,
  ]);
  const data = list.data;
  const anyCriteria = filterCount > 0 || state.q.trim() !== "";

  const onExport = async () => {
    setExporting(true);
    try {
      const name = view === "expiring" ? "huan-luyen-sap-het-han.xlsx" : "ho-so-huan-luyen.xlsx";
      await download("/training-records/export", exportParams(state, fixed), name);
    } catch (error) {
      message.error(problemLine(error, t));
    } finally {
      setExporting(false);
    }
  };

  const filters = (
    <Row gutter={[12, 12]} className="filters">
      <Col xs={24} sm={12} lg={8} xl={6}>
        <label className="filter-field">
          <span className="filter-label">{t("training.record.trainee_group")}</span>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            aria-label={t("training.record.trainee_group")}
            placeholder={t("common.all")}
            value={state.trainee_group}
            onChange={(trainee_group: string[]) => update({ trainee_group })}
            options={GROUPS.map((g) => ({ value: String(g), label: t("training.groupN", { group: g }) }))}
            style={{ width: "100%" }}
          />
        </label>
      </Col>
      {view === "all" ? (
        <Col xs={24} sm={12} lg={8} xl={6}>
          <label className="filter-field">
            <span className="filter-label">{t("training.record.state")}</span>
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              aria-label={t("training.record.state")}
              placeholder={t("common.all")}
              value={state.state}
              onChange={(value: string[]) => update({ state: value })}
              options={RECORD_STATES.map((s) => ({ value: s, label: t(`training.state.${s}`) }))}
              showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
              style={{ width: "100%" }}
            />
          </label>
        </Col>
      ) : null}
      {me.scope.kind !== "enterprise" ? (
        <Col xs={24} sm={12} lg={8} xl={6}>
          <label className="filter-field">
            <span className="filter-label">{t("training.record.enterprise")}</span>
            <EnterprisePicker
              allowClear
              aria-label={t("training.record.enterprise")}
              placeholder={t("common.all")}
              value={state.enterprise_id[0] ? Number(state.enterprise_id[0]) : null}
              onChange={(value) => update({ enterprise_id: value ? [String(value)] : [] })}
            />
          </label>
        </Col>
      ) : null}
      <Col xs={24} sm={12} lg={8} xl={6}>
        <label className="filter-field">
          <span className="filter-label">{t("training.record.provider")}</span>
          <ProviderPicker
            allowClear
            aria-label={t("training.record.provider")}
            placeholder={t("common.all")}
            value={state.provider_id[0] ? Number(state.provider_id[0]) : null}
            onChange={(value) => update({ provider_id: value ? [String(value)] : [] })}
          />
        </label>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6} className="filters-clear">
        <Button disabled={filterCount === 0} onClick={() => update({ trainee_group: [], state: [], enterprise_id: [], provider_id: [] })}>
          {t("common.clearFilters")}
        </Button>
      </Col>
    </Row>
  );

  return (
    <div className="page">
      <PageHeader
        title={view === "expiring" ? t("training.record.expiringTitle") : t("training.record.listTitle")}
        subtitle={
          view === "expiring" ? t("training.record.expiringSubtitle", { days: EXPIRING_WITHIN_DAYS }) : t("training.record.listSubtitle")
        }
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
              {exporting ? t("enterprise.exporting") : t("training.record.export")}
            </Button>
            {canRecord && view === "all" ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/training/records/new")}>
                {t("training.record.create")}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card className="list-card">
        <div className="list-toolbar">
          <div className="list-search">
            <SearchBox value={state.q} onSearch={onSearch} placeholder={t("training.record.searchPlaceholder")} label={t("common.search")} />
          </div>
          {!screens.md ? (
            <Badge count={filterCount} size="small">
              <Button
                icon={<FilterOutlined />}
                aria-expanded={filtersOpen}
                aria-controls="record-filters"
                onClick={() => setFiltersOpen((open) => !open)}
              >
                {t("common.filters")}
              </Button>
            </Badge>
          ) : null}
        </div>
        <div id="record-filters" hidden={!(screens.md || filtersOpen)}>
          {filters}
        </div>
        {view === "expiring" ? (
          <Alert type="warning" showIcon className="scope-note" title={t("training.record.expiringNote", { days: EXPIRING_WITHIN_DAYS })} />
        ) : null}
        {me.scope.kind !== "province" ? (
          <Typography.Paragraph type="secondary" className="scope-note">
            {t("training.record.scopeNote")}
          </Typography.Paragraph>
        ) : null}
        {list.isError && !data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <RecordTable
              records={data?.items ?? []}
              loading={list.isFetching}
              sort={query.sort ?? null}
              onSort={(sort) => {
                if (sort !== state.sort) update({ sort });
              }}
              testId="record-list"
              empty={
                list.isPending ? (
                  <span className="muted">{t("common.loading")}</span>
                ) : anyCriteria ? (
                  <EmptyState title={t("common.noMatch")} hint={t("common.noMatchHint")} />
                ) : view === "expiring" ? (
                  <EmptyState title={t("training.record.expiringEmpty")} />
                ) : (
                  <EmptyState title={t("training.record.emptyTitle")} hint={canRecord ? t("training.record.emptyHint") : undefined} />
                )
              }
            />
            <ListPager
              pageIndex={pageIndex}
              pageSize={Number(state.limit ?? DEFAULT_PAGE_SIZE)}
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
