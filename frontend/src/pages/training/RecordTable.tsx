import { Grid, Space, Table, Typography, type TableColumnsType, type TableProps } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/format";
import type { RecordState, TrainingRecord } from "./model";
import { GroupTag, RecordStateTag } from "./TrainingTags";

export type RecordColumn = "enterprise" | "provider" | "document" | "issued_on" | "valid_until" | "state";

/** Training records; what a page does not need (the course's provider on a course page) can be left out. */
export function RecordTable(props: {
  records: TrainingRecord[];
  loading: boolean;
  empty: ReactNode;
  hide?: RecordColumn[];
  sort?: string | null;
  onSort?: (sort: string | null) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const hidden = new Set(props.hide ?? []);
  const order = (field: string): "ascend" | "descend" | null =>
    props.sort === field ? "ascend" : props.sort === `-${field}` ? "descend" : null;
  const sortable = Boolean(props.onSort);

  const document = (row: TrainingRecord) =>
    row.document_kind ? (
      <span>
        {t(`training.document.${row.document_kind}`)}
        {row.document_number ? (
          <>
            {" "}
            <span className="mono">{row.document_number}</span>
          </>
        ) : null}
      </span>
    ) : (
      t("common.none")
    );
  const documentCell = (row: TrainingRecord) => (
    <div className="cell-name">
      {document(row)}
      {!hidden.has("provider") && row.provider_name ? (
        <Typography.Text type="secondary" className="cell-sub">
          {row.provider_name}
        </Typography.Text>
      ) : null}
    </div>
  );

  const all: TableColumnsType<TrainingRecord> = [
    {
      key: "worker_name",
      title: t("training.record.worker_name"),
      sorter: sortable,
      sortOrder: sortable ? order("worker_name") : undefined,
      render: (_: unknown, row) => (
        <div className="cell-name">
          <Link to={`/training/records/${row.id}`}>{row.worker_name}</Link>
          <Typography.Text type="secondary" className="cell-sub">
            {[row.occupation, row.birth_year ? String(row.birth_year) : null].filter(Boolean).join(" · ")}
          </Typography.Text>
        </div>
      ),
    },
    ...(hidden.has("enterprise")
      ? []
      : [
          {
            key: "enterprise",
            title: t("training.record.enterprise"),
            render: (_: unknown, row: TrainingRecord) =>
              row.enterprise_id ? <Link to={`/enterprises/${row.enterprise_id}`}>{row.enterprise_name ?? `#${row.enterprise_id}`}</Link> : t("common.none"),
          },
        ]),
    { key: "group", title: t("training.record.trainee_group"), render: (_: unknown, row) => <GroupTag group={row.trainee_group} /> },
    ...(hidden.has("document") ? [] : [{ key: "document", title: t("training.record.document"), render: (_: unknown, row: TrainingRecord) => documentCell(row) }]),
    ...(hidden.has("issued_on")
      ? []
      : [
          {
            key: "issued_on",
            title: t("training.record.issued_on"),
            sorter: sortable,
            sortOrder: sortable ? order("issued_on") : undefined,
            render: (_: unknown, row: TrainingRecord) => formatDate(row.issued_on),
          },
        ]),
    ...(hidden.has("valid_until")
      ? []
      : [
          {
            key: "valid_until",
            title: t("training.record.valid_until"),
            render: (_: unknown, row: TrainingRecord) => (row.valid_until ? formatDate(row.valid_until) : t("training.record.noExpiry")),
          },
        ]),
    ...(hidden.has("state")
      ? []
      : [{ key: "state", title: t("training.record.state"), render: (_: unknown, row: TrainingRecord) => <RecordStateTag state={row.state as RecordState} /> }]),
  ];

  const compact: TableColumnsType<TrainingRecord> = [
    {
      key: "worker_name",
      title: t("training.record.worker_name"),
      render: (_: unknown, row) => (
        <div className="cell-name cell-compact">
          <Link to={`/training/records/${row.id}`}>{row.worker_name}</Link>
          <Typography.Text type="secondary" className="cell-sub">
            {row.enterprise_name && !hidden.has("enterprise") ? `${row.enterprise_name} · ` : ""}
            {document(row)}
            {row.valid_until ? ` · ${t("training.record.validUntilShort", { date: formatDate(row.valid_until) })}` : ""}
          </Typography.Text>
          <Space size={4} wrap>
            <GroupTag group={row.trainee_group} />
            <RecordStateTag state={row.state as RecordState} />
          </Space>
        </div>
      ),
    },
  ];

  const onChange: TableProps<TrainingRecord>["onChange"] = (_p, _f, sorter) => {
    if (!props.onSort) return;
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = one?.columnKey ? String(one.columnKey) : null;
    props.onSort(field && one?.order ? (one.order === "descend" ? `-${field}` : field) : null);
  };

  return (
    <Table<TrainingRecord>
      rowKey="id"
      columns={screens.md ? all : compact}
      dataSource={props.records}
      loading={props.loading}
      pagination={false}
      onChange={onChange}
      showSorterTooltip={false}
      scroll={{ x: "max-content" }}
      size={screens.md ? "middle" : "small"}
      locale={{ emptyText: props.empty }}
      data-testid={props.testId}
    />
  );
}
