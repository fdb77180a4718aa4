import { WarningFilled } from "@ant-design/icons";
import { Grid, Space, Table, Tooltip, Typography, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatNumber } from "../../lib/format";
import type { Course } from "./model";
import { FundedTag, GroupTag } from "./TrainingTags";

export function HoursCell({ course }: { course: Pick<Course, "hours" | "hours_below_minimum"> }) {
  const { t } = useTranslation();
  return (
    <span>
      {course.hours}
      {course.hours_below_minimum ? (
        <Tooltip title={t("training.course.hoursBelowMinimum")}>
          <WarningFilled className="hours-warning" aria-label={t("training.course.hoursBelowMinimum")} style={{ color: "#874d00", marginLeft: 6 }} />
        </Tooltip>
      ) : null}
    </span>
  );
}

/** Courses, newest first; the provider column is left out on a provider's own page. */
export function CourseTable(props: {
  courses: Course[];
  loading: boolean;
  empty: ReactNode;
  showProvider?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const showProvider = props.showProvider ?? true;
  const columns: TableColumnsType<Course> = screens.md
    ? [
        {
          key: "title",
          title: t("training.course.title"),
          render: (_: unknown, row) => (
            <div className="cell-name">
              <Link to={`/training/courses/${row.id}`}>{row.title}</Link>
              <Typography.Text type="secondary" className="cell-sub">
                {row.place}
              </Typography.Text>
            </div>
          ),
        },
        ...(showProvider
          ? [{ key: "provider", title: t("training.course.provider"), dataIndex: "provider_name" as const, render: (v: string | null) => v ?? t("common.none") }]
          : []),
        {
          key: "group",
          title: t("training.course.trainee_group"),
          render: (_: unknown, row) => (
            <Space size={4} wrap>
              <GroupTag group={row.trainee_group} />
              <FundedTag funded={row.funded_by_program} />
            </Space>
          ),
        },
        { key: "kind", title: t("training.course.kind"), render: (_: unknown, row) => t(`training.kind.${row.kind}`) },
        {
          key: "dates",
          title: t("training.course.dates"),
          render: (_: unknown, row) => `${formatDate(row.start_on)} – ${formatDate(row.end_on)}`,
        },
        { key: "hours", title: t("training.course.hours"), align: "right", render: (_: unknown, row) => <HoursCell course={row} /> },
        {
          key: "participants",
          title: t("training.course.participants"),
          align: "right",
          render: (_: unknown, row) => formatNumber(row.participants, i18n.language),
        },
      ]
    : [
        {
          key: "title",
          title: t("training.course.title"),
          render: (_: unknown, row) => (
            <div className="cell-name cell-compact">
              <Link to={`/training/courses/${row.id}`}>{row.title}</Link>
              <Typography.Text type="secondary" className="cell-sub">
                {formatDate(row.start_on)} – {formatDate(row.end_on)} · {t("training.course.hoursN", { count: row.hours })} ·{" "}
                {t("training.course.participantsN", { count: row.participants })}
              </Typography.Text>
              <Space size={4} wrap>
                <GroupTag group={row.trainee_group} />
                <FundedTag funded={row.funded_by_program} />
              </Space>
            </div>
          ),
        },
      ];
  return (
    <Table<Course>
      rowKey="id"
      columns={columns}
      dataSource={props.courses}
      loading={props.loading}
      pagination={false}
      scroll={{ x: "max-content" }}
      size={screens.md ? "middle" : "small"}
      locale={{ emptyText: props.empty }}
    />
  );
}
