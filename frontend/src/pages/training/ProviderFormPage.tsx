import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space, Typography } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { matches } from "../../lib/fold";
import { applyProblem, isConflict } from "../../lib/formErrors";
import { newKey } from "../../lib/ids";
import { useCommunes } from "../../lib/lookups";
import { FormAlerts } from "../../components/FormAlerts";
import {
  EMPTY_PROVIDER,
  PROVIDER_FIELDS,
  PROVIDER_FIXED,
  providerPayload,
  providerToValues,
  type ProviderFormValues,
} from "./formValues";
import { ORG_CLASSES, PROVIDER_KINDS, changedFields, withoutNulls, type ProviderCreate, type ProviderUpdate } from "./model";
import { EnterprisePicker } from "./Pickers";
import { providerKey, useClassGroups, useProvider } from "./queries";
import { GroupTag } from "./TrainingTags";

export function ProviderFormPage({ mode }: { mode: "create" | "edit" }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const [form] = Form.useForm<ProviderFormValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const idempotencyKey = useRef(newKey());
  const communes = useCommunes();
  const { classes } = useClassGroups();
  const current = useProvider(mode === "edit" ? id : 0);
  const loaded = current.data;
  const kind = Form.useWatch("kind", form);
  const orgClass = Form.useWatch("org_class", form);

  useEffect(() => {
    if (mode === "edit" && loaded) form.setFieldsValue(providerToValues(loaded.data));
  }, [mode, loaded, form]);

  const communeOptions = useMemo(
    () => communes.list.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` })),
    [communes.list],
  );

  if (mode === "edit" && current.isPending) return <LoadingState rows={10} />;
  if (mode === "edit" && current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const reload = async () => {
    const fresh = await current.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(providerToValues(fresh.data.data));
    }
    setConflict(false);
    setGeneral([]);
  };

  const onFinish = async (values: ProviderFormValues) => {
    setSaving(true);
    setGeneral([]);
    setConflict(false);
    try {
      const payload = providerPayload(values);
      if (mode === "create") {
        const created = await unwrap(
          api.POST("/api/v1/training-providers", {
            body: withoutNulls(payload) as ProviderCreate,
            headers: { "Idempotency-Key": idempotencyKey.current },
          }),
        );
        idempotencyKey.current = newKey();
        await client.invalidateQueries({ queryKey: ["training-providers"] });
        message.success(t("common.created"));
        navigate(`/training/providers/${created.id}`, { replace: true });
      } else if (loaded) {
        const body = changedFields(providerPayload(providerToValues(loaded.data)), payload, PROVIDER_FIXED);
        if (Object.keys(body).length === 0) {
          navigate(`/training/providers/${id}`);
          return;
        }
        await unwrap(
          api.PATCH("/api/v1/training-providers/{provider_id}", {
            params: { path: { provider_id: id } },
            body: body as ProviderUpdate,
            headers: { "If-Match": loaded.etag ?? `"${loaded.data.version}"` },
          }),
        );
        await client.invalidateQueries({ queryKey: providerKey(id) });
        await client.invalidateQueries({ queryKey: ["training-providers"] });
        message.success(t("common.saved"));
        navigate(`/training/providers/${id}`);
      }
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else setGeneral(applyProblem(form, error, PROVIDER_FIELDS, t));
    } finally {
      setSaving(false);
    }
  };

  const backTo = mode === "create" ? "/training/providers" : `/training/providers/${id}`;
  const editing = mode === "edit";
  const covered = orgClass ? (classes.get(orgClass) ?? []) : [];

  return (
    <div className="page">
      <PageHeader
        title={editing ? t("training.provider.editTitle") : t("training.provider.createTitle")}
        subtitle={editing && loaded ? loaded.data.name : undefined}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(backTo)} />}
      />
      <Card className="form-card">
        <FormAlerts conflict={conflict} general={general} onReload={() => void reload()} />
        <Form<ProviderFormValues>
          form={form}
          layout="vertical"
          initialValues={EMPTY_PROVIDER}
          onFinish={onFinish}
          onFinishFailed={() => setGeneral([t("errors.formInvalid")])}
          scrollToFirstError={{ behavior: "smooth", block: "center" }}
          disabled={saving}
        >
          <Form.Item name="kind" label={t("training.provider.kind")} extra={editing ? t("training.provider.kindFixed") : undefined}>
            <Radio.Group
              disabled={editing}
              options={PROVIDER_KINDS.map((value) => ({ value, label: t(`training.providerKind.${value}`) }))}
            />
          </Form.Item>
          {kind === "self_training_employer" ? (
            <Form.Item
              name="enterprise_id"
              label={t("training.provider.enterprise")}
              extra={t("training.provider.selfTrainingHelp")}
              rules={[{ required: true, message: t("common.required") }]}
            >
              <EnterprisePicker disabled={editing} aria-label={t("training.provider.enterprise")} />
            </Form.Item>
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="name"
                label={t("training.provider.name")}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 300 }]}
              >
                <Input maxLength={300} autoComplete="organization" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="license_number"
                label={t("training.provider.license_number")}
                extra={editing ? t("training.provider.licenceNumberFixed") : undefined}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 64 }]}
              >
                <Input maxLength={64} disabled={editing} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="org_class"
            label={t("training.provider.org_class")}
            rules={[{ required: true, message: t("common.required") }]}
            extra={
              covered.length > 0 ? (
                <Space size={4} wrap className="class-groups" data-testid="class-groups">
                  <Typography.Text type="secondary">{t("training.provider.mayTrain")}</Typography.Text>
                  {covered.map((group) => (
                    <GroupTag key={group} group={group} />
                  ))}
                </Space>
              ) : (
                t("training.provider.classHelp")
              )
            }
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={ORG_CLASSES.map((value) => ({ value, label: t("training.provider.classN", { orgClass: value }) }))}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="license_issued_on"
                label={t("training.provider.license_issued_on")}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="license_expires_on"
                label={t("training.provider.license_expires_on")}
                dependencies={["license_issued_on"]}
                rules={[
                  { required: true, message: t("common.required") },
                  ({ getFieldValue }) => ({
                    validator: (_, value: ProviderFormValues["license_expires_on"]) => {
                      const issued = getFieldValue("license_issued_on") as ProviderFormValues["license_issued_on"];
                      return !value || !issued || !value.isBefore(issued, "day")
                        ? Promise.resolve()
                        : Promise.reject(new Error(t("training.provider.expiryBeforeIssue")));
                    },
                  }),
                ]}
              >
                <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={2} className="form-section-title">
            {t("training.provider.sectionContact")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="admin_unit_code" label={t("training.provider.admin_unit_code")}>
                <Select
                  allowClear
                  showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
                  placeholder={t("enterprise.selectCommune")}
                  options={communeOptions}
                  loading={communes.isPending}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="phone"
                label={t("training.provider.phone")}
                rules={[{ pattern: /^\s*(\+?[0-9 .()-]{6,20})?\s*$/, message: t("enterprise.phoneFormat") }]}
              >
                <Input inputMode="tel" maxLength={20} autoComplete="tel" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="address" label={t("training.provider.address")} rules={[{ max: 500 }]}>
                <Input maxLength={500} autoComplete="street-address" />
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
