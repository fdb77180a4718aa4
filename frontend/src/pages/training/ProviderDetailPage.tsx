import { ArrowLeftOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Descriptions, Row, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { ListPager } from "../../components/ListPager";
import { EmptyState, ErrorState, LoadingState, PageHeader } from "../../components/States";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCommunes } from "../../lib/lookups";
import { CourseTable } from "./CourseTable";
import { DeleteButton } from "./DeleteButton";
import { providerKey, useEnterpriseName, useProvider } from "./queries";
import { ClassTag, GroupTag, LicenceTag } from "./TrainingTags";

const COURSE_PAGE = 20;

function ProviderCourses({ providerId, canManage }: { providerId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const query = { provider_id: providerId, limit: COURSE_PAGE, ...(cursor ? { cursor } : {}) };
  const list = useQuery({
    queryKey: ["training-courses", "list", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/training-courses", { params: { query } })),
  });
  if (list.isError && !list.data) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <CourseTable
        courses={list.data?.items ?? []}
        loading={list.isFetching}
        showProvider={false}
        empty={
          list.isPending ? (
            <span className="muted">{t("common.loading")}</span>
          ) : (
            <EmptyState title={t("training.provider.noCourses")} hint={canManage ? t("training.course.emptyHint") : undefined} />
          )
        }
      />
      <ListPager
        pageIndex={cursors.length}
        pageSize={COURSE_PAGE}
        count={list.data?.items.length ?? 0}
        total={list.data?.total}
        hasPrevious={cursors.length > 0}
        nextCursor={list.data?.next_cursor}
        onFirst={() => setCursors([])}
        onPrevious={() => setCursors((all) => all.slice(0, -1))}
        onNext={(next) => setCursors((all) => [...all, next])}
        busy={list.isFetching}
      />
    </>
  );
}

export function ProviderDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const query = useProvider(id);
  const canManage = useCan("training:manage");
  const communes = useCommunes();
  const enterprise = useEnterpriseName(query.data?.data.enterprise_id);

  if (!Number.isInteger(id) || id <= 0) return <ErrorState status="404" title={t("errors.notFoundTitle")} detail={t("errors.notFoundDetail")} />;
  if (query.isPending) return <LoadingState rows={10} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { data: p, etag } = query.data;
  const commune = p.admin_unit_code ? communes.byCode.get(p.admin_unit_code) : undefined;
  const none = t("common.none");

  const onDelete = async () => {
    await unwrap(
      api.DELETE("/api/v1/training-providers/{provider_id}", {
        params: { path: { provider_id: id } },
        headers: { "If-Match": etag ?? `"${p.version}"` },
      }),
    );
    client.removeQueries({ queryKey: providerKey(id) });
    await client.invalidateQueries({ queryKey: ["training-providers"] });
    message.success(t("common.deleted"));
    navigate("/training/providers", { replace: true });
  };

  return (
    <div className="page">
      <PageHeader
        title={p.name}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span className="mono">{p.license_number}</span>
            <ClassTag orgClass={p.org_class} />
            <LicenceTag valid={p.license_valid} />
          </Space>
        }
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(-1)} />}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} aria-label={t("common.reload")} title={t("common.reload")} onClick={() => void query.refetch()} loading={query.isFetching} />
            {canManage ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/training/providers/${id}/edit`)}>
                {t("common.edit")}
              </Button>
            ) : null}
            {canManage ? (
              <DeleteButton
                title={t("training.provider.deleteConfirm", { name: p.name })}
                hint={t("training.provider.deleteHint")}
                onDelete={onDelete}
                onReload={() => void query.refetch()}
              />
            ) : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card title={<h2 className="card-title">{t("training.provider.detail")}</h2>}>
            <Descriptions
              className="detail-grid"
              column={{ xs: 1, md: 2 }}
              size="small"
              bordered
              items={[
                { key: "kind", label: t("training.provider.kind"), children: t(`training.providerKind.${p.kind}`) },
                ...(p.enterprise_id
                  ? [
                      {
                        key: "enterprise",
                        label: t("training.provider.enterprise"),
                        children: <Link to={`/enterprises/${p.enterprise_id}`}>{enterprise.data?.name ?? `#${p.enterprise_id}`}</Link>,
                      },
                    ]
                  : []),
                { key: "license_number", label: t("training.provider.license_number"), children: <span className="mono">{p.license_number}</span> },
                { key: "org_class", label: t("training.provider.org_class"), children: <ClassTag orgClass={p.org_class} /> },
                {
                  key: "groups",
                  label: t("training.provider.mayTrain"),
                  children: (
                    <Space size={4} wrap>
                      {p.trains_groups.map((g) => (
                        <GroupTag key={g} group={g} />
                      ))}
                    </Space>
                  ),
                },
                {
                  key: "licence",
                  label: t("training.provider.licence"),
                  children: (
                    <Space wrap size={4}>
                      <span>
                        {formatDate(p.license_issued_on)} – {formatDate(p.license_expires_on)}
                      </span>
                      <LicenceTag valid={p.license_valid} />
                    </Space>
                  ),
                },
                { key: "commune", label: t("training.provider.admin_unit_code"), children: commune ? `${commune.name} (${commune.code})` : (p.admin_unit_code ?? none) },
                { key: "address", label: t("training.provider.address"), children: p.address ?? none },
                { key: "phone", label: t("training.provider.phone"), children: p.phone ?? none },
                { key: "updated_at", label: t("enterprise.updated_at"), children: formatDateTime(p.updated_at) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={<h2 className="card-title">{t("training.provider.courses")}</h2>}
            extra={
              canManage && p.license_valid ? (
                <Button icon={<PlusOutlined />} onClick={() => navigate(`/training/courses/new?provider=${id}`)}>
                  {t("training.course.create")}
                </Button>
              ) : null
            }
          >
            <ProviderCourses providerId={id} canManage={canManage} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
