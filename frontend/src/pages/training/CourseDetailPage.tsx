import { ArrowLeftOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Descriptions, Row, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { useCan } from "../../auth/AuthContext";
import { ListPager } from "../../components/ListPager";
import { EmptyState, ErrorState, LoadingState, PageHeader } from "../../components/States";
import { formatDate, formatNumber } from "../../lib/format";
import { useCommunes } from "../../lib/lookups";
import { AttendanceImport } from "./AttendanceImport";
import { HoursCell } from "./CourseTable";
import { DeleteButton } from "./DeleteButton";
import { courseKey, useCourse, useEnterpriseName, useGroupRules } from "./queries";
import { RecordTable } from "./RecordTable";
import { FundedTag, GroupTag, useGroupName } from "./TrainingTags";
import { usePagedRecords } from "./usePagedRecords";

export function CourseDetailPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const query = useCourse(id);
  const canManage = useCan("training:manage");
  const canRecord = useCan("training:record");
  const communes = useCommunes();
  const { rules } = useGroupRules();
  const groupName = useGroupName();
  const valid = Number.isInteger(id) && id > 0;
  const participants = usePagedRecords({ course_id: id, sort: "worker_name" }, valid);
  const enterprise = useEnterpriseName(query.data?.data.enterprise_id);

  if (!valid) return <ErrorState status="404" title={t("errors.notFoundTitle")} detail={t("errors.notFoundDetail")} />;
  if (query.isPending) return <LoadingState rows={10} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { data: c, etag } = query.data;
  const commune = communes.byCode.get(c.admin_unit_code);
  const minimum = rules.get(c.trainee_group)?.firstTrainingMinHours;
  const page = participants.list.data;

  const onDelete = async () => {
    await unwrap(
      api.DELETE("/api/v1/training-courses/{course_id}", {
        params: { path: { course_id: id } },
        headers: { "If-Match": etag ?? `"${c.version}"` },
      }),
    );
    client.removeQueries({ queryKey: courseKey(id) });
    await client.invalidateQueries({ queryKey: ["training-courses"] });
    message.success(t("common.deleted"));
    navigate("/training/courses", { replace: true });
  };

  return (
    <div className="page">
      <PageHeader
        title={c.title}
        subtitle={
          <Space wrap size={[8, 4]}>
            <GroupTag group={c.trainee_group} />
            <span>{t(`training.kind.${c.kind}`)}</span>
            <FundedTag funded={c.funded_by_program} />
          </Space>
        }
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(-1)} />}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} aria-label={t("common.reload")} title={t("common.reload")} onClick={() => void query.refetch()} loading={query.isFetching} />
            {canRecord ? (
              <Button icon={<PlusOutlined />} onClick={() => navigate(`/training/records/new?course=${id}`)}>
                {t("training.course.addParticipant")}
              </Button>
            ) : null}
            {canManage ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/training/courses/${id}/edit`)}>
                {t("common.edit")}
              </Button>
            ) : null}
            {canManage ? (
              <DeleteButton
                title={t("training.course.deleteConfirm", { title: c.title })}
                hint={t("training.course.deleteHint")}
                onDelete={onDelete}
                onReload={() => void query.refetch()}
              />
            ) : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={<h2 className="card-title">{t("training.course.detail")}</h2>}>
            <Descriptions
              className="detail-grid"
              column={1}
              size="small"
              bordered
              items={[
                {
                  key: "provider",
                  label: t("training.course.provider"),
                  children: <Link to={`/training/providers/${c.provider_id}`}>{c.provider_name ?? `#${c.provider_id}`}</Link>,
                },
                {
                  key: "group",
                  label: t("training.course.trainee_group"),
                  children: `${t("training.groupN", { group: c.trainee_group })} – ${groupName(c.trainee_group)}`,
                },
                { key: "kind", label: t("training.course.kind"), children: t(`training.kind.${c.kind}`) },
                { key: "dates", label: t("training.course.dates"), children: `${formatDate(c.start_on)} – ${formatDate(c.end_on)}` },
                {
                  key: "hours",
                  label: t("training.course.hours"),
                  children: (
                    <Space direction="vertical" size={0}>
                      <HoursCell course={c} />
                      {c.hours_below_minimum && minimum !== undefined ? (
                        <span className="text-warning">{t("training.course.hoursWarning", { count: minimum })}</span>
                      ) : null}
                    </Space>
                  ),
                },
                { key: "place", label: t("training.course.place"), children: c.place },
                {
                  key: "commune",
                  label: t("training.course.admin_unit_code"),
                  children: commune ? `${commune.name} (${commune.code})` : c.admin_unit_code,
                },
                ...(c.enterprise_id
                  ? [
                      {
                        key: "enterprise",
                        label: t("training.course.enterprise"),
                        children: <Link to={`/enterprises/${c.enterprise_id}`}>{enterprise.data?.name ?? `#${c.enterprise_id}`}</Link>,
                      },
                    ]
                  : []),
                {
                  key: "funded",
                  label: t("training.course.funded_by_program"),
                  children: c.funded_by_program
                    ? [
                        t("common.yes"),
                        c.program_funding_vnd !== null ? `${formatNumber(c.program_funding_vnd, i18n.language)} ₫` : null,
                        c.audience ? t(`training.audience.${c.audience}`) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")
                    : t("common.no"),
                },
                { key: "participants", label: t("training.course.participants"), children: formatNumber(c.participants, i18n.language) },
              ]}
            />
          </Card>
        </Col>
        {canManage ? (
          <Col xs={24} xl={10}>
            <Card title={<h2 className="card-title">{t("training.import.title")}</h2>}>
              <AttendanceImport courseId={id} />
            </Card>
          </Col>
        ) : null}
        <Col xs={24}>
          <Card title={<h2 className="card-title">{t("training.course.participantsTitle")}</h2>}>
            {participants.list.isError && !page ? (
              <ErrorState error={participants.list.error} onRetry={() => void participants.list.refetch()} />
            ) : (
              <>
                <RecordTable
                  records={page?.items ?? []}
                  loading={participants.list.isFetching}
                  hide={["provider"]}
                  testId="course-participants"
                  empty={
                    participants.list.isPending ? (
                      <span className="muted">{t("common.loading")}</span>
                    ) : (
                      <EmptyState title={t("training.course.noParticipants")} hint={canManage ? t("training.course.noParticipantsHint") : undefined} />
                    )
                  }
                />
                <ListPager
                  pageIndex={participants.pageIndex}
                  pageSize={participants.limit}
                  count={page?.items.length ?? 0}
                  total={page?.total}
                  hasPrevious={participants.hasPrevious}
                  nextCursor={page?.next_cursor}
                  onFirst={participants.first}
                  onPrevious={participants.previous}
                  onNext={participants.next}
                  busy={participants.list.isFetching}
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
