import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch, Typography } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { matches } from "../../lib/fold";
import { applyProblem, isConflict } from "../../lib/formErrors";
import { formatDate } from "../../lib/format";
import { newKey } from "../../lib/ids";
import { useCommunes } from "../../lib/lookups";
import { FormAlerts } from "../../components/FormAlerts";
import { HoursHint } from "./FormParts";
import { COURSE_FIELDS, COURSE_FIXED, COURSE_RENAME, EMPTY_COURSE, coursePayload, courseToValues, type CourseFormValues } from "./formValues";
import {
  AUDIENCES,
  TRAINING_KINDS,
  changedFields,
  courseGroups,
  hoursBelowMinimum,
  licenceInForce,
  withoutNulls,
  type CourseCreate,
  type CourseUpdate,
} from "./model";
import { EnterprisePicker, ProviderPicker } from "./Pickers";
import { courseKey, useAllProviders, useCourse, useGroupRules } from "./queries";
import { useGroupName } from "./TrainingTags";

const moneyFormatter = (value: number | string | undefined) =>
  value === undefined || value === "" ? "" : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const moneyParser = (value: string | undefined) => (value ? Number(value.replace(/[^\d]/g, "")) : 0);

export function CourseFormPage({ mode }: { mode: "create" | "edit" }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = Number(useParams().id);
  const [search] = useSearchParams();
  const [form] = Form.useForm<CourseFormValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const idempotencyKey = useRef(newKey());
  const communes = useCommunes();
  const providers = useAllProviders();
  const { rules } = useGroupRules();
  const groupName = useGroupName();
  const current = useCourse(mode === "edit" ? id : 0);
  const loaded = current.data;
  const editing = mode === "edit";

  const providerId = Form.useWatch("provider_id", form);
  const group = Form.useWatch("trainee_group", form);
  const kind = Form.useWatch("kind", form);
  const dates = Form.useWatch("dates", form);
  const funded = Form.useWatch("funded_by_program", form);
  const hours = Form.useWatch("hours", form);
  const provider = providerId ? providers.byId.get(providerId) : undefined;
  const groups = courseGroups(provider);

  useEffect(() => {
    if (editing && loaded) form.setFieldsValue(courseToValues(loaded.data));
  }, [editing, loaded, form]);

  const fromProvider = Number(search.get("provider"));
  useEffect(() => {
    if (!editing && Number.isInteger(fromProvider) && fromProvider > 0) form.setFieldValue("provider_id", fromProvider);
  }, [editing, fromProvider, form]);

  // A group the newly chosen provider's class does not cover is dropped rather than sent and refused.
  useEffect(() => {
    if (!editing && provider && group && !provider.trains_groups.includes(group)) form.setFieldValue("trainee_group", null);
  }, [editing, provider, group, form]);

  const communeOptions = useMemo(
    () => communes.list.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` })),
    [communes.list],
  );

  if (editing && current.isPending) return <LoadingState rows={10} />;
  if (editing && current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const reload = async () => {
    const fresh = await current.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(courseToValues(fresh.data.data));
    }
    setConflict(false);
    setGeneral([]);
  };

  const onFinish = async (values: CourseFormValues) => {
    setSaving(true);
    setGeneral([]);
    setConflict(false);
    try {
      const payload = coursePayload(values);
      if (!editing) {
        const created = await unwrap(
          api.POST("/api/v1/training-courses", {
            body: withoutNulls(payload) as CourseCreate,
            headers: { "Idempotency-Key": idempotencyKey.current },
          }),
        );
        idempotencyKey.current = newKey();
        await client.invalidateQueries({ queryKey: ["training-courses"] });
        message.success(t("common.created"));
        navigate(`/training/courses/${created.id}`, { replace: true });
      } else if (loaded) {
        const body = changedFields(coursePayload(courseToValues(loaded.data)), payload, COURSE_FIXED);
        if (Object.keys(body).length === 0) {
          navigate(`/training/courses/${id}`);
          return;
        }
        await unwrap(
          api.PATCH("/api/v1/training-courses/{course_id}", {
            params: { path: { course_id: id } },
            body: body as CourseUpdate,
            headers: { "If-Match": loaded.etag ?? `"${loaded.data.version}"` },
          }),
        );
        await client.invalidateQueries({ queryKey: courseKey(id) });
        await client.invalidateQueries({ queryKey: ["training-courses"] });
        message.success(t("common.saved"));
        navigate(`/training/courses/${id}`);
      }
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else setGeneral(applyProblem(form, error, COURSE_FIELDS, t, COURSE_RENAME));
    } finally {
      setSaving(false);
    }
  };

  const backTo = editing ? `/training/courses/${id}` : "/training/courses";
  const start = dates?.[0]?.format("YYYY-MM-DD");
  const end = dates?.[1]?.format("YYYY-MM-DD");
  const licenceGap = provider && start && end && !(licenceInForce(provider, start) && licenceInForce(provider, end));
  const minimum = group ? rules.get(group)?.firstTrainingMinHours : undefined;

  return (
    <div className="page">
      <PageHeader
        title={editing ? t("training.course.editTitle") : t("training.course.createTitle")}
        subtitle={editing && loaded ? loaded.data.title : undefined}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(backTo)} />}
      />
      <Card className="form-card">
        <FormAlerts conflict={conflict} general={general} onReload={() => void reload()} />
        <Form<CourseFormValues>
          form={form}
          layout="vertical"
          initialValues={EMPTY_COURSE}
          onFinish={onFinish}
          onFinishFailed={() => setGeneral([t("errors.formInvalid")])}
          scrollToFirstError={{ behavior: "smooth", block: "center" }}
          disabled={saving}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="provider_id"
                label={t("training.course.provider")}
                extra={editing ? t("training.course.providerFixed") : undefined}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <ProviderPicker disabled={editing} aria-label={t("training.course.provider")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="trainee_group"
                label={t("training.course.trainee_group")}
                extra={
                  editing
                    ? t("training.course.groupFixed")
                    : provider
                      ? t("training.course.groupsOfClass", { orgClass: provider.org_class })
                      : t("training.course.pickProviderFirst")
                }
                rules={[{ required: true, message: t("common.required") }]}
              >
                <Select
                  aria-label={t("training.course.trainee_group")}
                  disabled={editing || !provider}
                  placeholder={t("training.course.pickGroup")}
                  options={(editing && loaded ? [loaded.data.trainee_group] : groups).map((g) => ({
                    value: g,
                    label: `${t("training.groupN", { group: g })} – ${groupName(g)}`,
                  }))}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
          </Row>
          {licenceGap ? (
            <Alert
              type="warning"
              showIcon
              className="login-alert"
              title={t("training.course.licenceGap", {
                from: formatDate(provider.license_issued_on),
                to: formatDate(provider.license_expires_on),
              })}
            />
          ) : null}
          <Form.Item name="kind" label={t("training.course.kind")} extra={editing ? t("training.course.kindFixed") : undefined}>
            <Radio.Group disabled={editing} options={TRAINING_KINDS.map((value) => ({ value, label: t(`training.kind.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t("training.course.title")}
            rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 300 }]}
          >
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="dates" label={t("training.course.dates")} rules={[{ required: true, message: t("common.required") }]}>
                <DatePicker.RangePicker
                  format="DD/MM/YYYY"
                  style={{ width: "100%" }}
                  aria-label={t("training.course.dates")}
                  placeholder={[t("training.course.start_on"), t("training.course.end_on")]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="hours"
                label={t("training.course.hours")}
                extra={<HoursHint below={hoursBelowMinimum(rules, group, kind, hours)} minimum={minimum} />}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <InputNumber min={1} max={1000} precision={0} style={{ width: "100%" }} inputMode="numeric" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="place" label={t("training.course.place")} rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 500 }]}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="admin_unit_code" label={t("training.course.admin_unit_code")} rules={[{ required: true, message: t("common.required") }]}>
                <Select
                  showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
                  placeholder={t("enterprise.selectCommune")}
                  options={communeOptions}
                  loading={communes.isPending}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="enterprise_id"
                label={t("training.course.enterprise")}
                extra={editing ? undefined : t("training.course.enterpriseHelp")}
              >
                <EnterprisePicker allowClear disabled={editing} aria-label={t("training.course.enterprise")} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={2} className="form-section-title">
            {t("training.course.sectionProgram")}
          </Typography.Title>
          <Form.Item name="funded_by_program" label={t("training.course.funded_by_program")} valuePropName="checked">
            <Switch aria-label={t("training.course.funded_by_program")} />
          </Form.Item>
          {funded ? (
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="program_funding_vnd" label={t("training.course.program_funding_vnd")}>
                  <InputNumber min={0} precision={0} style={{ width: "100%" }} formatter={moneyFormatter} parser={moneyParser} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="audience" label={t("training.course.audience")}>
                  <Select allowClear options={AUDIENCES.map((a) => ({ value: a, label: t(`training.audience.${a}`) }))} />
                </Form.Item>
              </Col>
            </Row>
          ) : null}
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
