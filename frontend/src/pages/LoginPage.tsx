import { LockOutlined, MailOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { login } from "../api/client";
import { ApiProblem, NetworkError } from "../api/problem";
import { useSignedIn } from "../auth/AuthContext";
import { LanguageSwitch } from "../components/AppLayout";
import { formatWait } from "../lib/format";
import { useProvinceTitle } from "../lib/lookups";
import { applyProblem } from "../lib/formErrors";
import { safeNext } from "../lib/nextPath";

interface LoginValues {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const province = useProvinceTitle(i18n.language);
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const signedIn = useSignedIn();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const next = safeNext(params.get("next"));

  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= lockedUntil) setLockedUntil(null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [lockedUntil]);

  if (signedIn && !busy) return <Navigate to={next} replace />;

  const onFinish = async (values: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.email.trim(), values.password);
      client.clear();
      navigate(next, { replace: true });
    } catch (caught) {
      setBusy(false);
      form.setFieldValue("password", "");
      if (caught instanceof ApiProblem && caught.status === 429) {
        const wait = caught.retryAfter ?? 60;
        setNow(Date.now());
        setLockedUntil(Date.now() + wait * 1000);
      } else if (caught instanceof ApiProblem && caught.errors.length > 0) {
        const general = applyProblem(form, caught, ["password"], t, { username: "email" });
        setError(general.join(" "));
      } else if (caught instanceof ApiProblem) {
        setError(caught.detail ?? caught.title);
      } else if (caught instanceof NetworkError) {
        setError(`${t("errors.networkTitle")}. ${t("errors.networkDetail")}`);
      } else {
        setError(t("errors.unexpected"));
      }
    }
  };

  const remaining = lockedUntil ? Math.max(0, Math.ceil((lockedUntil - now) / 1000)) : 0;

  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <main className="login-main">
        <div className="login-brand">
          <SafetyCertificateOutlined className="login-logo" aria-hidden />
          <Typography.Title level={1} className="login-app-name">
            {t("app.fullName")}
          </Typography.Title>
          <Typography.Text type="secondary">{province}</Typography.Text>
        </div>
        <Card className="login-card">
          <Typography.Title level={2} className="login-title">
            {t("login.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("login.subtitle")}</Typography.Paragraph>
          {params.get("expired") && !error && !lockedUntil ? (
            <Alert className="login-alert" type="info" showIcon title={t("login.expired")} />
          ) : null}
          {lockedUntil ? (
            <Alert
              className="login-alert"
              type="warning"
              showIcon
              role="alert"
              title={t("login.lockedTitle")}
              description={t("login.locked", { time: formatWait(remaining, i18n.language) })}
            />
          ) : null}
          {error ? <Alert className="login-alert" type="error" showIcon role="alert" title={error} /> : null}
          <Form<LoginValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={onFinish}
            disabled={busy}
            autoComplete="on"
          >
            <Form.Item
              label={t("login.email")}
              name="email"
              rules={[{ required: true, whitespace: true, message: t("login.emailRequired") }]}
            >
              <Input prefix={<MailOutlined aria-hidden />} type="email" autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={t("login.password")}
              name="password"
              rules={[{ required: true, message: t("login.passwordRequired") }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy} disabled={remaining > 0}>
              {t("login.submit")}
            </Button>
          </Form>
        </Card>
        <Typography.Text type="secondary" className="login-footer">
          {t("login.footer", { province })}
        </Typography.Text>
      </main>
    </div>
  );
}
