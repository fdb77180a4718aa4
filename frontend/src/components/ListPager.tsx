import { LeftOutlined, RightOutlined, VerticalRightOutlined } from "@ant-design/icons";
import { Button, Select, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";

interface ListPagerProps {
  pageIndex: number;
  pageSize: number;
  count: number;
  total: number | null | undefined;
  hasPrevious: boolean;
  nextCursor: string | null | undefined;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  pageSizes?: readonly string[];
  onPageSize?: (size: string) => void;
  busy?: boolean;
}

/** Cursor paging: first, previous and next page, with the rows shown out of the total. */
export function ListPager(props: ListPagerProps) {
  const { t } = useTranslation();
  const from = props.count === 0 ? 0 : props.pageIndex * props.pageSize + 1;
  const to = props.pageIndex * props.pageSize + props.count;
  return (
    <nav className="list-pager" aria-label={t("common.perPage")}>
      <Typography.Text type="secondary" aria-live="polite" data-testid="pager-status">
        {props.total !== null && props.total !== undefined
          ? t("common.showing", { from, to, total: props.total })
          : `${from}–${to}`}
      </Typography.Text>
      <Space wrap size="small">
        {props.pageSizes && props.onPageSize ? (
          <Select
            size="middle"
            aria-label={t("common.perPage")}
            value={String(props.pageSize)}
            options={props.pageSizes.map((size) => ({ value: size, label: t("common.perPageShort", { count: Number(size) }) }))}
            onChange={props.onPageSize}
            popupMatchSelectWidth={false}
          />
        ) : null}
        <Button
          icon={<VerticalRightOutlined />}
          aria-label={t("common.firstPage")}
          title={t("common.firstPage")}
          disabled={!props.hasPrevious || props.busy}
          onClick={props.onFirst}
        />
        <Button icon={<LeftOutlined />} disabled={!props.hasPrevious || props.busy} onClick={props.onPrevious}>
          {t("common.previous")}
        </Button>
        <Button
          disabled={!props.nextCursor || props.busy}
          onClick={() => props.nextCursor && props.onNext(props.nextCursor)}
        >
          {t("common.next")} <RightOutlined />
        </Button>
      </Space>
    </nav>
  );
}
