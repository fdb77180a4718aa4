import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { api, unwrap, type Enterprise, type EnterpriseCreate, type EnterpriseUpdate } from "../../api/client";
import { ApiProblem } from "../../api/problem";
import { FormAlerts } from "../../components/FormAlerts";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { LEGAL_FORMS, OWNERSHIPS, STATUSES } from "../../lib/enterpriseFilters";
import { matches } from "../../lib/fold";
import { applyProblem } from "../../lib/formErrors";
import { newKey } from "../../lib/ids";
import { useCommunes, useZones } from "../../lib/lookups";
import { enterpriseKey, useEnterprise } from "./useEnterprise";

type Override = "auto" | "yes" | "no";

export interface EnterpriseFormValues {
  tax_code: string;
  name: string;
  legal_form: string | undefined;
  ownership: string;
  vsic_code: string;
  admin_unit_code: string | undefined;
  address: string;
  zone_code: string | null;
  employees_total: number | null;
  employees_female: number | null;
  employees_hazardous: number | null;
  annual_revenue_vnd: number | null;
  total_capital_vnd: number | null;
  high_risk_override: Override;
  high_risk_reason: string;
  osh_officer_name: string;
  osh_officer_phone: string;
  osh_officer_email: string;
  phone: string;
  email: string;
  founded_on: Dayjs | null;
  status: string;
}

const FIELDS = [
  "tax_code",
  "name",
  "legal_form",
  "ownership",
  "vsic_code",
  "admin_unit_code",
  "address",
  "zone_code",
  "employees_total",
  "employees_female",
  "employees_hazardous",
  "annual_revenue_vnd",
  "total_capital_vnd",
  "high_risk_override",
  "high_risk_reason",
  "osh_officer_name",
  "osh_officer_phone",
  "osh_officer_email",
  "phone",
  "email",
  "founded_on",
  "status",
] as const;

const EMPTY: EnterpriseFormValues = {
  tax_code: "",
  name: "",
  legal_form: undefined,
  ownership: "domestic_private",
  vsic_code: "",
  admin_unit_code: undefined,
  address: "",
  zone_code: null,
  employees_total: 0,
  employees_female: 0,
  employees_hazardous: 0,
  annual_revenue_vnd: null,
  total_capital_vnd: null,
  high_risk_override: "auto",
  high_risk_reason: "",
  osh_officer_name: "",
  osh_officer_phone: "",
  osh_officer_email: "",
  phone: "",
  email: "",
  founded_on: null,
  status: "active",
};

export function toFormValues(e: Enterprise): EnterpriseFormValues {
  return {
    tax_code: e.tax_code,
    name: e.name,
    legal_form: e.legal_form,
    ownership: e.ownership,
    vsic_code: e.vsic_code,
    admin_unit_code: e.admin_unit_code,
    address: e.address,
    zone_code: e.zone_code,
    employees_total: e.employees_total,
    employees_female: e.employees_female,
    employees_hazardous: e.employees_hazardous,
    annual_revenue_vnd: e.annual_revenue_vnd,
    total_capital_vnd: e.total_capital_vnd,
    high_risk_override: e.high_risk_override === null ? "auto" : e.high_risk_override ? "yes" : "no",
    high_risk_reason: e.high_risk_reason ?? "",
    osh_officer_name: e.osh_officer_name ?? "",
    osh_officer_phone: e.osh_officer_phone ?? "",
    osh_officer_email: e.osh_officer_email ?? "",
    phone: e.phone ?? "",
    email: e.email ?? "",
    founded_on: e.founded_on ? dayjs(e.founded_on) : null,
    status: e.status,
  };
}

/** The API body of the form: blank optional text as null, the override as true/false/null. */
export function toPayload(v: EnterpriseFormValues): Record<string, unknown> {
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  const override = v.high_risk_override === "auto" ? null : v.high_risk_override === "yes";
  return {
    tax_code: v.tax_code.trim(),
    name: v.name.trim(),
    legal_form: v.legal_form,
    ownership: v.ownership,
    vsic_code: v.vsic_code.trim(),
    admin_unit_code: v.admin_unit_code,
    address: v.address.trim(),
    zone_code: v.zone_code || null,
    employees_total: v.employees_total ?? 0,
    employees_female: v.employees_female ?? 0,
    employees_hazardous: v.employees_hazardous ?? 0,
    annual_revenue_vnd: v.annual_revenue_vnd ?? null,
    total_capital_vnd: v.total_capital_vnd ?? null,
    high_risk_override: override,
    high_risk_reason: override === null ? null : text(v.high_risk_reason),
    osh_officer_name: text(v.osh_officer_name),
    osh_officer_phone: text(v.osh_officer_phone),
    osh_officer_email: text(v.osh_officer_email),
    phone: text(v.phone),
    email: text(v.email),
    founded_on: v.founded_on ? v.founded_on.format("YYYY-MM-DD") : null,
    status: v.status,
  };
}

/** Only what changed, for PATCH. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === "tax_code") continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null)) out[key] = value;
  }
  return out;
}

const moneyFormatter = (value: number | string | undefined) =>
  value === undefined || value === "" ? "" : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const moneyParser = (value: string | undefined) => (value ? Number(value.replace(/[^\d]/g, "")) : 0);

export function EnterpriseFormPage({ mode }: { mode: "create" | "edit" }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const params = useParams();
  const id = Number(params.id);
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const idempotencyKey = useRef(newKey());
  const communes = useCommunes();
  const zones = useZones();
  const current = useEnterprise(mode === "edit" ? id : 0);
  const loaded = current.data;
  const override = Form.useWatch("high_risk_override", form);

  useEffect(() => {
    if (mode === "edit" && loaded) form.setFieldsValue(toFormValues(loaded.data));
  }, [mode, loaded, form]);

  const communeOptions = useMemo(
    () => communes.list.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` })),
    [communes.list],
  );
  const zoneOptions = useMemo(
    () => zones.list.map((zone) => ({ value: zone.code, label: `${zone.name} (${zone.code})` })),
    [zones.list],
  );

  if (mode === "edit" && current.isPending) return <LoadingState rows={12} />;
  if (mode === "edit" && current.isError) {
    return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  }

  const reload = async () => {
    const fresh = await current.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toFormValues(fresh.data.data));
    }
    setConflict(false);
    setGeneral([]);
  };

  const onFinish = async (values: EnterpriseFormValues) => {
    setSaving(true);
    setGeneral([]);
    setConflict(false);
    try {
      const payload = toPayload(values);
      if (mode === "create") {
        const body = Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== null)) as EnterpriseCreate;
        const created = await unwrap(
          api.POST("/api/v1/enterprises", {
            body,
            headers: { "Idempotency-Key": idempotencyKey.current },
          }),
        );
        idempotencyKey.current = newKey();
        await client.invalidateQueries({ queryKey: ["enterprises"] });
        message.success(t("common.created"));
        navigate(`/enterprises/${created.id}`, { replace: true });
      } else if (loaded) {
        const body = changedFields(toPayload(toFormValues(loaded.data)), payload) as EnterpriseUpdate;
        if (Object.keys(body).length === 0) {
          navigate(`/enterprises/${id}`);
          return;
        }
        const ifMatch = loaded.etag ?? `"${loaded.data.version}"`;
        await unwrap(
          api.PATCH("/api/v1/enterprises/{enterprise_id}", {
            params: { path: { enterprise_id: id } },
            body,
            headers: { "If-Match": ifMatch },
          }),
        );
        await client.invalidateQueries({ queryKey: enterpriseKey(id) });
        await client.invalidateQueries({ queryKey: ["enterprises"] });
        await client.invalidateQueries({ queryKey: ["enterprise-history", id] });
        message.success(t("common.saved"));
        navigate(`/enterprises/${id}`);
      }
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        setConflict(true);
      } else {
        setGeneral(applyProblem(form, error, FIELDS, t));
      }
    } finally {
      setSaving(false);
    }
  };

  const title = mode === "create" ? t("enterprise.createTitle") : t("enterprise.editTitle");
  const backTo = mode === "create" ? "/enterprises" : `/enterprises/${id}`;

  return (
    <div className="page">
      <PageHeader
        title={title}
        subtitle={mode === "edit" && loaded ? loaded.data.name : undefined}
        back={
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(backTo)} />
        }
      />
      <Card className="form-card">
        <FormAlerts conflict={conflict} general={general} onReload={() => void reload()} />
        <Form<EnterpriseFormValues>
          form={form}
          layout="vertical"
          initialValues={EMPTY}
          onFinish={onFinish}
          onFinishFailed={() => setGeneral([t("errors.formInvalid")])}
          scrollToFirstError={{ behavior: "smooth", block: "center" }}
          disabled={saving}
        >
          <Typography.Title level={2} className="form-section-title">
            {t("enterprise.sectionGeneral")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="tax_code"
                label={t("enterprise.tax_code")}
                extra={mode === "edit" ? t("enterprise.taxCodeFixed") : t("enterprise.taxCodeHelp")}
                rules={[
                  { required: true, whitespace: true, message: t("common.required") },
                  { pattern: /^\s*\d{10}(-\d{3})?\s*$/, message: t("enterprise.taxCodeFormat") },
                ]}
              >
                <Input inputMode="numeric" maxLength={14} disabled={mode === "edit"} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="name"
                label={t("enterprise.name")}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 300 }]}
              >
                <Input maxLength={300} autoComplete="organization" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="legal_form" label={t("enterprise.legal_form")} rules={[{ required: true, message: t("common.required") }]}>
                <Select options={LEGAL_FORMS.map((v) => ({ value: v, label: t(`legalForm.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="ownership" label={t("enterprise.ownership")} rules={[{ required: true, message: t("common.required") }]}>
                <Select options={OWNERSHIPS.map((v) => ({ value: v, label: t(`ownership.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="vsic_code"
                label={t("enterprise.vsic_code")}
                extra={t("enterprise.vsicHelp")}
                rules={[
                  { required: true, whitespace: true, message: t("common.required") },
                  { pattern: /^\s*\d{2,5}\s*$/, message: t("enterprise.vsicFormat") },
                ]}
              >
                <Input inputMode="numeric" maxLength={5} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="status" label={t("enterprise.status")} rules={[{ required: true, message: t("common.required") }]}>
                <Select options={STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="founded_on" label={t("enterprise.founded_on")}>
                <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs())} />
              </Form.Item>
            </Col>
          </Row>

          <Typography.Title level={2} className="form-section-title">
            {t("enterprise.sectionLocation")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="admin_unit_code"
                label={t("enterprise.admin_unit_code")}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <Select
                  showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
                  placeholder={t("enterprise.selectCommune")}
                  options={communeOptions}
                  loading={communes.isPending}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="zone_code" label={t("enterprise.zone_code")}>
                <Select
                  allowClear
                  showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
                  placeholder={t("enterprise.selectZone")}
                  options={zoneOptions}
                  loading={zones.isPending}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="address"
                label={t("enterprise.address")}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 500 }]}
              >
                <Input maxLength={500} autoComplete="street-address" />
              </Form.Item>
            </Col>
          </Row>

          <Typography.Title level={2} className="form-section-title">
            {t("enterprise.sectionWorkforce")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="employees_total" label={t("enterprise.employees_total")} rules={[{ required: true, message: t("common.required") }]}>
                <InputNumber min={0} max={10_000_000} precision={0} style={{ width: "100%" }} formatter={moneyFormatter} parser={moneyParser} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="employees_female"
                label={t("enterprise.employees_female")}
                dependencies={["employees_total"]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: number | null) =>
                      (value ?? 0) <= (getFieldValue("employees_total") ?? 0)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t("enterprise.femaleOverTotal"))),
                  }),
                ]}
              >
                <InputNumber min={0} max={10_000_000} precision={0} style={{ width: "100%" }} formatter={moneyFormatter} parser={moneyParser} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="employees_hazardous"
                label={t("enterprise.employees_hazardous")}
                dependencies={["employees_total"]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: number | null) =>
                      (value ?? 0) <= (getFieldValue("employees_total") ?? 0)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t("enterprise.hazardousOverTotal"))),
                  }),
                ]}
              >
                <InputNumber min={0} max={10_000_000} precision={0} style={{ width: "100%" }} formatter={moneyFormatter} parser={moneyParser} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="annual_revenue_vnd" label={t("enterprise.annual_revenue_vnd")}>
                <InputNumber min={0} precision={0} style={{ width: "100%" }} formatter={moneyFormatter} parser={moneyParser} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="total_capital_vnd" label={t("enterprise.total_capital_vnd")}>
                <InputNumber min={0} precision={0} style={{ width: "100%" }} formatter={moneyFormatter} parser={moneyParser} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary">{t("enterprise.derivedNote")}</Typography.Paragraph>

          <Typography.Title level={2} className="form-section-title">
            {t("enterprise.sectionRisk")}
          </Typography.Title>
          <Form.Item name="high_risk_override" label={t("enterprise.high_risk_override")}>
            <Radio.Group
              options={[
                { value: "auto", label: t("enterprise.overrideAuto") },
                { value: "yes", label: t("enterprise.overrideYes") },
                { value: "no", label: t("enterprise.overrideNo") },
              ]}
            />
          </Form.Item>
          {override && override !== "auto" ? (
            <Form.Item
              name="high_risk_reason"
              label={t("enterprise.high_risk_reason")}
              rules={[{ required: true, whitespace: true, min: 5, message: t("enterprise.reasonRequired") }]}
            >
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
          ) : null}

          <Typography.Title level={2} className="form-section-title">
            {t("enterprise.sectionContact")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="osh_officer_name" label={t("enterprise.osh_officer_name")} rules={[{ max: 200 }]}>
                <Input maxLength={200} autoComplete="name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="osh_officer_phone"
                label={t("enterprise.osh_officer_phone")}
                rules={[{ pattern: /^\s*\+?[0-9 .()-]{6,20}\s*$/, message: t("enterprise.phoneFormat") }]}
              >
                <Input inputMode="tel" maxLength={20} autoComplete="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="osh_officer_email"
                label={t("enterprise.osh_officer_email")}
                rules={[{ type: "email", message: t("enterprise.emailFormat") }]}
              >
                <Input inputMode="email" maxLength={320} autoComplete="email" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="phone"
                label={t("enterprise.phone")}
                rules={[{ pattern: /^\s*\+?[0-9 .()-]{6,20}\s*$/, message: t("enterprise.phoneFormat") }]}
              >
                <Input inputMode="tel" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="email" label={t("enterprise.email")} rules={[{ type: "email", message: t("enterprise.emailFormat") }]}>
                <Input inputMode="email" maxLength={320} />
              </Form.Item>
            </Col>
          </Row>

          <div className="form-actions">
            <Button onClick={() => navigate(backTo)}>{t("common.cancel")}</Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t("common.save")}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
