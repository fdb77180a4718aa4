import { DownloadOutlined, FileExcelOutlined } from "@ant-design/icons";
import { App, Button, Modal, Radio, Select, Space, Typography } from "antd";
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../../api/client";
import { vietnamDate } from "./deadline";
import {
  PERIOD_PARTS,
  defaultPeriod,
  periodState,
  periodString,
  reportYears,
  type PeriodPart,
  type ReportPeriodValue,
} from "./periods";
import { problemText } from "../../lib/formErrors";

/** The year and which part of it (whole year, first half, second half) a report covers. */
export function ReportPeriodPicker(props: {
  value: ReportPeriodValue;
  onChange: (value: ReportPeriodValue) => void;
  today: string;
}) {
  const { t } = useTranslation();
  const partLabel = useId();
  const { value, onChange, today } = props;
  const state = periodState(value, today);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <label className="filter-field">
        <span className="filter-label">{t("accidents.reports.year")}</span>
        <Select<number>
          aria-label={t("accidents.reports.year")}
          value={value.year}
          options={reportYears(today).map((year) => ({ value: year, label: String(year) }))}
          onChange={(year) => onChange({ ...value, year })}
          style={{ width: 160 }}
        />
      </label>
      <div className="filter-field">
        <span className="filter-label" id={partLabel}>
          {t("accidents.reports.part")}
        </span>
        <Radio.Group
          aria-labelledby={partLabel}
          optionType="button"
          value={value.part}
          onChange={(event) => onChange({ ...value, part: event.target.value as PeriodPart })}
          options={PERIOD_PARTS.map((part) => ({ value: part, label: t(`accidents.reports.partValue.${part}`) }))}
        />
      </div>
      {state === "complete" ? null : (
        <Typography.Text type="secondary" role="status">
          {t(state === "open" ? "accidents.reports.stillOpen" : "accidents.reports.notStarted")}
        </Typography.Text>
      )}
    </Space>
  );
}

type ReportPath = "/accidents/province-report" | "/accidents/employer-report";

/** A button opening a dialog that picks the period, then downloads the report as .xlsx under the server's file name. */
export function ReportDownload(props: {
  label: string;
  title: string;
  hint?: ReactNode;
  path: ReportPath;
  params?: Record<string, string>;
  fallbackName: (period: string) => string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const today = vietnamDate(new Date());
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState(() => defaultPeriod(today));
  const [busy, setBusy] = useState(false);

  const onDownload = async () => {
    setBusy(true);
    try {
      const value = periodString(period);
      await download(props.path, new URLSearchParams({ ...props.params, period: value, format: "xlsx" }), props.fallbackName(value));
      setOpen(false);
    } catch (error) {
      message.error(problemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<FileExcelOutlined />} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal
        open={open}
        title={props.title}
        okText={t("accidents.reports.download")}
        okButtonProps={{ icon: <DownloadOutlined />, loading: busy }}
        cancelText={t("common.cancel")}
        onOk={() => void onDownload()}
        onCancel={() => setOpen(false)}
      >
        {props.hint ? <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph> : null}
        <ReportPeriodPicker value={period} onChange={setPeriod} today={today} />
      </Modal>
    </>
  );
}
