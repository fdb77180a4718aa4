import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, Checkbox, Select, Space, Table, Tag } from "antd";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, unwrap, type AdminUnit } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { ListPager } from "../../components/ListPager";
import { SearchBox } from "../../components/SearchBox";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { formatDate } from "../../lib/format";
import { type StateSpec } from "../../lib/urlState";
import { useUrlState } from "../../lib/useUrlState";

const LEVELS = ["province", "commune", "district"] as const;
const UNIT_FILTERS = {
  q: { kind: "text", max: 200 },
  level: { kind: "choice", allowed: LEVELS },
  all: { kind: "bool" },
  expired: { kind: "bool" },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;
const PAGE_SIZE = 50;

export function AdminUnitsPage() {
  const { t } = useTranslation();
  const canSeeEnterprises = useCan("enterprises:read");
  const { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(UNIT_FILTERS);
  const everywhere = state.all === true;
  const level = state.level ?? (everywhere ? null : "commune");

  const query = useMemo(
    () => ({
      limit: PAGE_SIZE,
      ...(state.q.trim() ? { q: state.q.trim() } : {}),
      ...(level ? { level: level as (typeof LEVELS)[number] } : {}),
      ...(!everywhere ? { parent: "province" } : {}),
      ...(state.expired ? { include_expired: true } : {}),
      ...(state.cursor ? { cursor: state.cursor } : {}),
    }),
    [state, level, everywhere],
  );
  const list = useQuery({
    queryKey: ["admin-units", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/admin-units", { params: { query } })),
  });
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);

  return (
    <div className="page">
      <PageHeader title={t("adminUnit.title")} subtitle={t("adminUnit.listSubtitle")} />
      <Card className="list-card">
        <div className="list-toolbar list-toolbar-wrap">
          <div className="list-search">
            <SearchBox value={state.q} onSearch={onSearch} placeholder={t("adminUnit.searchPlaceholder")} label={t("common.search")} />
          </div>
          <Space wrap>
            <Select
              aria-label={t("adminUnit.level")}
              size="large"
              style={{ minWidth: 170 }}
              value={level ?? "any"}
              onChange={(value: string) => update({ level: value === "any" ? null : value })}
              options={[
                { value: "any", label: `${t("adminUnit.level")}: ${t("common.all")}` },
                ...LEVELS.map((value) => ({ value, label: t(`level.${value}`) })),
              ]}
            />
            <Checkbox checked={!everywhere} onChange={(event) => update({ all: event.target.checked ? null : true })}>
              {t("adminUnit.onlyProvince")}
            </Checkbox>
            <Checkbox checked={state.expired === true} onChange={(event) => update({ expired: event.target.checked ? true : null })}>
              {t("adminUnit.includeExpired")}
            </Checkbox>
          </Space>
        </div>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table<AdminUnit>
              rowKey="code"
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: list.isPending ? <span className="muted">{t("common.loading")}</span> : <EmptyState title={t("common.noMatch")} hint={t("common.noMatchHint")} /> }}
              columns={[
                { key: "code", title: t("adminUnit.code"), dataIndex: "code", render: (v: string) => <span className="mono">{v}</span> },
                {
                  key: "name",
                  title: t("adminUnit.name"),
                  dataIndex: "name",
                  render: (v: string, unit) => (
                    <span>
                      {v} {unit.valid_to ? <Tag>{t("adminUnit.expired")}</Tag> : null}
                    </span>
                  ),
                },
                { key: "division_type", title: t("adminUnit.division_type"), dataIndex: "division_type" },
                { key: "level", title: t("adminUnit.level"), dataIndex: "level", render: (v: string) => t(`level.${v}`, { defaultValue: v }) },
                { key: "parent_code", title: t("adminUnit.parent_code"), dataIndex: "parent_code", render: (v: string | null) => v ?? t("common.none") },
                { key: "valid_from", title: t("adminUnit.valid_from"), dataIndex: "valid_from", render: (v: string | null) => formatDate(v) },
                {
                  key: "actions",
                  title: t("common.actions"),
                  render: (_: unknown, unit) =>
                    canSeeEnterprises && unit.level === "commune" && !everywhere ? (
                      <Link to={`/enterprises?admin_unit=${unit.code}`}>{t("adminUnit.enterprises")}</Link>
                    ) : null,
                },
              ]}
            />
            <ListPager
              pageIndex={pageIndex}
              pageSize={PAGE_SIZE}
              count={list.data?.items.length ?? 0}
              total={list.data?.total}
              hasPrevious={hasPrevious}
              nextCursor={list.data?.next_cursor}
              onFirst={firstPage}
              onPrevious={previousPage}
              onNext={nextPage}
              busy={list.isFetching}
            />
          </>
        )}
      </Card>
    </div>
  );
}
