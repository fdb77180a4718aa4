import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, QuestionCircleFilled, SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { ApiProblem } from "../../api/problem";
import { PageHeader } from "../../components/States";
import { formatDate, formatWait } from "../../lib/format";
import { problemLine } from "./FormParts";
import { normaliseNumber, verifyTone, type VerifyAnswer } from "./model";
import { ProviderPicker } from "./Pickers";
import { useGroupName } from "./TrainingTags";
import "./training.css";

interface VerifyForm {
  provider: number | null;
  number: string;
}

const ICONS = {
  valid: <CheckCircleFilled aria-hidden />,
  expiring: <ClockCircleFilled aria-hidden />,
  expired: <CloseCircleFilled aria-hidden />,
  failed: <CloseCircleFilled aria-hidden />,
  unknown: <QuestionCircleFilled aria-hidden />,
};

function Answer({ answer, number }: { answer: VerifyAnswer; number: string }) {
  const { t } = useTranslation();
  const groupName = useGroupName();
  const tone = verifyTone(answer.status);
  const known = answer.status !== "unknown";
  return (
    <section className={`verify-answer verify-${tone}`} role="status" aria-live="polite" data-testid="verify-answer" data-status={answer.status}>
      <div className="verify-headline">
        <span className="verify-icon">{ICONS[answer.status]}</span>
        <div>
          <div className="verify-status">{t(`training.verify.status.${answer.status}`)}</div>
          <div className="verify-number mono">{number}</div>
        </div>
      </div>
      {known ? (
        <dl className="verify-facts">
          {answer.holder_initials ? (
            <>
              <dt>{t("training.verify.holder")}</dt>
              <dd className="verify-initials">{answer.holder_initials}</dd>
            </>
          ) : null}
          {answer.birth_year ? (
            <>
              <dt>{t("training.record.birth_year")}</dt>
              <dd>{answer.birth_year}</dd>
            </>
          ) : null}
          {answer.trainee_group ? (
            <>
              <dt>{t("training.record.trainee_group")}</dt>
              <dd>
                {t("training.groupN", { group: answer.trainee_group })} – {groupName(answer.trainee_group)}
              </dd>
            </>
          ) : null}
          {answer.document_kind ? (
            <>
              <dt>{t("training.record.document")}</dt>
              <dd>{t(`training.document.${answer.document_kind}`, { defaultValue: answer.document_kind })}</dd>
            </>
          ) : null}
          {answer.issued_on ? (
            <>
              <dt>{t("training.record.issued_on")}</dt>
              <dd>{formatDate(answer.issued_on)}</dd>
            </>
          ) : null}
          <dt>{t("training.verify.validThrough")}</dt>
          <dd className="verify-until">{answer.expires_on ? formatDate(answer.expires_on) : t("training.record.noExpiry")}</dd>
          {answer.provider_name ? (
            <>
              <dt>{t("training.record.provider")}</dt>
              <dd>{answer.provider_name}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="verify-hint">{t("training.verify.unknownHint")}</p>
      )}
    </section>
  );
}

/** For inspectors in the field: is this certificate or card genuine and still valid? */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<VerifyForm>();
  const [answer, setAnswer] = useState<{ answer: VerifyAnswer; number: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const started = useRef(false);

  useEffect(() => {
    if (retryAt === null) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= retryAt) setRetryAt(null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [retryAt]);

  const check = async (values: VerifyForm) => {
    const number = normaliseNumber(values.number);
    if (!values.provider || !number) return;
    setBusy(true);
    setError(null);
    setAnswer(null);
    setParams({ provider: String(values.provider), number }, { replace: true });
    try {
      const result = await unwrap(
        api.GET("/api/v1/training-records/verify", { params: { query: { provider: String(values.provider), number } } }),
      );
      setAnswer({ answer: result, number });
    } catch (caught) {
      if (caught instanceof ApiProblem && caught.status === 429) {
        const wait = caught.retryAfter ?? 60;
        setRetryAt(Date.now() + wait * 1000);
        setNow(Date.now());
      }
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  // A link with ?provider=&number= (from a QR code or a shared message) checks at once.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const provider = Number(params.get("provider"));
    const number = params.get("number") ?? "";
    if (Number.isInteger(provider) && provider > 0 && number.trim()) {
      form.setFieldsValue({ provider, number });
      void check({ provider, number });
    }
    // Runs once, on the link the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const waiting = retryAt !== null ? Math.max(0, Math.ceil((retryAt - now) / 1000)) : 0;
  const limited = error instanceof ApiProblem && error.status === 429;

  return (
    <div className="page verify-page">
      <PageHeader title={t("training.verify.title")} subtitle={t("training.verify.subtitle")} />
      <Card className="verify-card">
        <Form<VerifyForm> form={form} layout="vertical" onFinish={(values) => void check(values)} requiredMark={false} size="large">
          <Form.Item name="provider" label={t("training.verify.provider")} rules={[{ required: true, message: t("training.verify.providerRequired") }]}>
            <ProviderPicker size="large" matchWidth aria-label={t("training.verify.provider")} placeholder={t("training.verify.providerPlaceholder")} />
          </Form.Item>
          <Form.Item
            name="number"
            label={t("training.verify.number")}
            rules={[{ required: true, whitespace: true, message: t("training.verify.numberRequired") }, { max: 64 }]}
          >
            <Input maxLength={64} autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder={t("training.verify.numberPlaceholder")} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            icon={<SafetyCertificateOutlined />}
            loading={busy}
            disabled={waiting > 0}
          >
            {waiting > 0 ? t("training.verify.waitButton", { wait: formatWait(waiting, i18n.language) }) : t("training.verify.submit")}
          </Button>
        </Form>
      </Card>
      {limited ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="verify-alert"
          title={t("training.verify.tooMany")}
          description={
            waiting > 0 ? t("training.verify.tryAgainIn", { wait: formatWait(waiting, i18n.language) }) : t("training.verify.tryAgainNow")
          }
          data-testid="verify-limited"
        />
      ) : error ? (
        <Alert type="error" showIcon role="alert" className="verify-alert" title={problemLine(error, t)} />
      ) : null}
      {answer ? <Answer answer={answer.answer} number={answer.number} /> : null}
      {!answer && !error ? (
        <Typography.Paragraph type="secondary" className="verify-note">
          {t("training.verify.privacyNote")}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
