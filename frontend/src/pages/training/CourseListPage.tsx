import { PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Card, Col, InputNumber, Row, Select } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api, unwrap } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { ListPager } from "../../components/ListPager";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { useUrlState } from "../../lib/useUrlState";
import { CourseTable } from "./CourseTable";
import { AUDIENCES, COURSE_FILTERS, DEFAULT_PAGE_SIZE, GROUPS, PAGE_SIZES, countActive, courseQuery } from "./model";
import { ProviderPicker } from "./Pickers";

export function CourseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCan("training:manage");
  const { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(COURSE_FILTERS);
  const query = useMemo(() => courseQuery(state), [state]);
  const list = useQuery({
    queryKey: ["training-courses", "list", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/training-courses", { params: { query } })),
  });
  const filterCount = countActive([state.provider_id, state.trainee_group, state.year, state.funded_by_program, state.audience]);
  const data = list.data;
  const thisYear = new Date().getFullYear();

  return (
    <div className="page">
      <PageHeader
        title={t("training.course.listTitle")}
        subtitle={t("training.course.listSubtitle")}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/training/courses/new")}>
              {t("training.course.create")}
            </Button>
          ) : null
        }
      />
      <Card className="list-card">
        <Row gutter={[12, 12]} className="filters">
          <Col xs={24} sm={12} lg={8} xl={6}>
            <label className="filter-field">
              <span className="filter-label">{t("training.course.provider")}</span>
              <ProviderPicker
                allowClear
                aria-label={t("training.course.provider")}
                placeholder={t("common.all")}
                value={state.provider_id[0] ? Number(state.provider_id[0]) : null}
                onChange={(value) => update({ provider_id: value ? [String(value)] : [] })}
              />
            </label>
          </Col>
          <Col xs={12} sm={6} lg={4} xl={3}>
            <label className="filter-field">
              <span className="filter-label">{t("training.course.trainee_group")}</span>
              <Select
                aria-label={t("training.course.trainee_group")}
                value={state.trainee_group ?? "any"}
                onChange={(value: string) => update({ trainee_group: value === "any" ? null : value })}
                options={[{ value: "any", label: t("common.all") }, ...GROUPS.map((g) => ({ value: String(g), label: t("training.groupN", { group: g }) }))]}
                style={{ width: "100%" }}
              />
            </label>
          </Col>
          <Col xs={12} sm={6} lg={4} xl={3}>
            <label className="filter-field">
              <span className="filter-label">{t("training.course.year")}</span>
              <InputNumber
                aria-label={t("training.course.year")}
                min={2000}
                max={2100}
                precision={0}
                placeholder={String(thisYear)}
                value={state.year[0] ? Number(state.year[0]) : null}
                onChange={(value) => update({ year: value && value >= 2000 && value <= 2100 ? [String(value)] : [] })}
                style={{ width: "100%" }}
              />
            </label>
          </Col>
          <Col xs={24} sm={12} lg={8} xl={5}>
            <label className="filter-field">
              <span className="filter-label">{t("training.course.funded_by_program")}</span>
              <Select
                aria-label={t("training.course.funded_by_program")}
                value={state.funded_by_program === null ? "any" : String(state.funded_by_program)}
                onChange={(value: string) => update({ funded_by_program: value === "any" ? null : value === "true" })}
                options={[
                  { value: "any", label: t("common.all") },
                  { value: "true", label: t("training.course.fundedYes") },
                  { value: "false", label: t("training.course.fundedNo") },
                ]}
                style={{ width: "100%" }}
              />
            </label>
          </Col>
          <Col xs={24} sm={12} lg={8} xl={5}>
            <label className="filter-field">
              <span className="filter-label">{t("training.course.audience")}</span>
              <Select
                aria-label={t("training.course.audience")}
                value={state.audience ?? "any"}
                onChange={(value: string) => update({ audience: value === "any" ? null : value })}
                options={[{ value: "any", label: t("common.all") }, ...AUDIENCES.map((a) => ({ value: a, label: t(`training.audience.${a}`) }))]}
                style={{ width: "100%" }}
              />
            </label>
          </Col>
          <Col xs={24} sm={12} lg={8} xl={2} className="filters-clear">
            <Button
              disabled={filterCount === 0}
              onClick={() => update({ provider_id: [], trainee_group: null, year: [], funded_by_program: null, audience: null })}
            >
              {t("common.clearFilters")}
            </Button>
          </Col>
        </Row>
        {list.isError && !data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <CourseTable
              courses={data?.items ?? []}
              loading={list.isFetching}
              empty={
                list.isPending ? (
                  <span className="muted">{t("common.loading")}</span>
                ) : filterCount > 0 ? (
                  <EmptyState title={t("common.noMatch")} hint={t("common.noMatchHint")} />
                ) : (
                  <EmptyState title={t("training.course.emptyTitle")} hint={canManage ? t("training.course.emptyHint") : undefined} />
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
