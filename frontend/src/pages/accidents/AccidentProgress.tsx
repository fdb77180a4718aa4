import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Button, DatePicker, Form, Grid, Input, Modal, Space, Steps, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, unwrapWithEtag } from "../../api/client";
import { applyProblem, isConflict } from "../../lib/formErrors";
import { formatDate, formatDateTime } from "../../lib/format";
import { STATUSES, type Accident, type AccidentStatus } from "./model";

type Loaded = { data: Accident; etag: string | null };

/** The four steps of an accident file, each with when and by whom it was taken. */
export function StatusSteps({ accident }: { accident: Accident }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const current = STATUSES.indexOf(accident.status);
  const taken: Record<AccidentStatus, [string | null, string | null]> = {
    notified: [accident.notified_at, accident.reported_by],
    investigating: [accident.investigating_at, accident.investigating_by],
    concluded: [accident.concluded_at, accident.concluded_by],
    closed: [accident.closed_at, accident.closed_by],
  };
  return (
    <Steps
      data-testid="status-steps"
      current={current}
      orientation={screens.md ? "horizontal" : "vertical"}
      size="small"
      items={STATUSES.map((status, index) => {
        const [at, by] = taken[status];
        const done = index <= current && at;
        return {
          key: status,
          title: t(`accidents.statusValue.${status}`),
          status: index <= current ? "finish" : "wait",
          content: done ? (
            <span>
              <span>{formatDateTime(at)}</span>
              <br />
              <span>{by}</span>
              {status === "concluded" && accident.investigation_record_date ? (
                <>
                  <br />
                  <span>{t("accidents.steps.record", { date: formatDate(accident.investigation_record_date) })}</span>
                </>
              ) : null}
            </span>
          ) : (
            <Typography.Text type="secondary">{t("accidents.steps.notYet")}</Typography.Text>
          ),
        };
      })}
    />
  );
}

function actionLabel(current: AccidentStatus, target: AccidentStatus): string {
  if (target === "investigating") return current === "concluded" ? "reopen" : "start";
  if (target === "concluded") return "conclude";
  return "close";
}

interface StatusValues {
  note: string;
  record_date: Dayjs | null;
}

/** One status move: asks what the law needs (the record date when concluding, the reason when reopening). */
function StatusDialog({
  loaded,
  target,
  onClose,
  onDone,
  onReload,
}: {
  loaded: Loaded;
  target: AccidentStatus;
  onClose: () => void;
  onDone: (next: Loaded, status: AccidentStatus) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [form] = Form.useForm<StatusValues>();
  const accident = loaded.data;
  const reopening = target === "investigating" && accident.status === "concluded";
  const notifiedOn = dayjs(accident.notified_at).startOf("day");
  const title = t(`accidents.actions.${actionLabel(accident.status, target)}`);

  const submit = async (values: StatusValues) => {
    setSaving(true);
    setGeneral([]);
    try {
      const note = values.note?.trim();
      const next = await unwrapWithEtag(
        api.POST("/api/v1/accidents/{accident_id}/status", {
          params: { path: { accident_id: accident.id } },
          body: {
            status: target,
            ...(note ? { note } : {}),
            ...(target === "concluded" && values.record_date ? { record_date: values.record_date.format("YYYY-MM-DD") } : {}),
          },
          headers: { "If-Match": loaded.etag ?? `"${accident.version}"` },
        }),
      );
      onClose();
      onDone(next, target);
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else setGeneral(applyProblem(form, error, ["note", "record_date"], t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={title}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: saving, disabled: conflict }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("errors.conflictTitle")}
          description={t("errors.conflictDetail")}
          action={
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                onClose();
                onReload();
              }}
            >
              {t("accidents.detail.conflictReload")}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {general.length > 0 ? <Alert type="error" showIcon role="alert" title={general.join(" ")} style={{ marginBottom: 12 }} /> : null}
      <Form<StatusValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={saving}
        initialValues={{ note: "", record_date: target === "concluded" ? dayjs() : null }}
      >
        {target === "concluded" ? (
          <Form.Item
            name="record_date"
            label={t("accidents.actions.recordDate")}
            extra={t("accidents.actions.recordDateHelp")}
            rules={[{ required: true, message: t("common.required") }]}
          >
            <DatePicker
              format="DD/MM/YYYY"
              style={{ width: "100%" }}
              disabledDate={(d) => d.isAfter(dayjs(), "day") || d.isBefore(notifiedOn, "day")}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label={reopening ? t("accidents.actions.reopenNote") : t("accidents.actions.note")}
          rules={
            reopening
              ? [{ required: true, whitespace: true, message: t("accidents.actions.reopenNoteRequired") }, { max: 2000 }]
              : [{ max: 2000 }]
          }
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The allowed next steps (from the server's `allowed_statuses`) as buttons. */
export function StatusActions({
  loaded,
  onDone,
  onReload,
}: {
  loaded: Loaded;
  onDone: (next: Loaded, status: AccidentStatus) => void;
  /** Fetches the record again after a stale If-Match. */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<AccidentStatus | null>(null);
  const accident = loaded.data;
  const allowed = accident.allowed_statuses;

  if (allowed.length === 0) {
    return <Typography.Text type="secondary">{t("accidents.actions.noneAllowed")}</Typography.Text>;
  }
  return (
    <>
      <Space wrap>
        {allowed.map((next) => {
          const action = actionLabel(accident.status, next);
          return (
            <Button key={next} type={action === "reopen" ? "default" : "primary"} onClick={() => setTarget(next)}>
              {t(`accidents.actions.${action}`)}
            </Button>
          );
        })}
      </Space>
      {target ? (
        <StatusDialog loaded={loaded} target={target} onClose={() => setTarget(null)} onDone={onDone} onReload={onReload} />
      ) : null}
    </>
  );
}
