import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { useMe } from "../../auth/AuthContext";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { matches } from "../../lib/fold";
import { applyProblem, isConflict } from "../../lib/formErrors";
import { formatDate } from "../../lib/format";
import { newKey } from "../../lib/ids";
import { useCommunes } from "../../lib/lookups";
import { FormAlerts } from "../../components/FormAlerts";
import { HoursHint } from "./FormParts";
import { EMPTY_RECORD, RECORD_FIELDS, RECORD_FIXED, recordPayload, recordToValues, type RecordFormValues } from "./formValues";
import {
  RESULTS,
  TRAINING_KINDS,
  changedFields,
  courseGroups,
  hoursBelowMinimum,
  withoutNulls,
  type Course,
  type RecordCreate,
  type RecordUpdate,
} from "./model";
import { EnterprisePicker, ProviderPicker } from "./Pickers";
import { recordKey, useAllProviders, useCourse, useGroupRules, useRecord } from "./queries";
import { useGroupName } from "./TrainingTags";

/** The newest courses (a picker for the course a record belongs to); typed to find by title. */
function useRecentCourses(enabled: boolean) {
  return useQuery({
    queryKey: ["training-courses", "list", { limit: 200 }],
    enabled,
    queryFn: () => unwrap(api.GET("/api/v1/training-courses", { params: { query: { limit: 200 } } })),
  });
}

export function RecordFormPage({ mode }: { mode: "create" | "edit" }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const me = useMe();
  const id = Number(useParams().id);
  const [search] = useSearchParams();
  const editing = mode === "edit";
  const [form] = Form.useForm<RecordFormValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const idempotencyKey = useRef(newKey());
  const communes = useCommunes();
  const providers = useAllProviders();
  const { rules } = useGroupRules();
  const groupName = useGroupName();
  const courses = useRecentCourses(!editing);
  const current = useRecord(editing ? id : 0);
  const loaded = current.data;
  const ownEnterprise = me.scope.kind === "enterprise" ? me.scope.enterprise_id : null;

  const courseId = Form.useWatch("course_id", form);
  const providerId = Form.useWatch("provider_id", form);
  const group = Form.useWatch("trainee_group", form);
  const kind = Form.useWatch("kind", form);
  const result = Form.useWatch("result", form);
  const enterpriseId = Form.useWatch("enterprise_id", form);
  const hours = Form.useWatch("hours", form);
  const provider = providerId ? providers.byId.get(providerId) : undefined;
  const chosenCourse = useCourse(!editing && courseId ? courseId : 0);
  const course = courseId ? chosenCourse.data?.data : undefined;
  const courseList = useMemo(() => {
    const list = courses.data?.items ?? [];
    const chosen = chosenCourse.data?.data;
    return chosen && !list.some((c) => c.id === chosen.id) ? [chosen, ...list] : list;
  }, [courses.data, chosenCourse.data]);
  const rule = group ? rules.get(group) : undefined;
  const logBook = rule?.document === "log_book_entry";

  useEffect(() => {
    if (editing && loaded) form.setFieldsValue(recordToValues(loaded.data));
  }, [editing, loaded, form]);

  useEffect(() => {
    if (!editing && ownEnterprise) form.setFieldValue("enterprise_id", ownEnterprise);
  }, [editing, ownEnterprise, form]);

  const fromCourse = Number(search.get("course"));
  useEffect(() => {
    if (!editing && Number.isInteger(fromCourse) && fromCourse > 0) form.setFieldValue("course_id", fromCourse);
  }, [editing, fromCourse, form]);
  const fromEnterprise = Number(search.get("enterprise"));
  useEffect(() => {
    if (!editing && !ownEnterprise && Number.isInteger(fromEnterprise) && fromEnterprise > 0) form.setFieldValue("enterprise_id", fromEnterprise);
  }, [editing, ownEnterprise, fromEnterprise, form]);

  // A course sets the provider, group, kind, hours and day of the record (the last three may be changed).
  const applied = useRef<number | null>(null);
  useEffect(() => {
    if (editing || !course || applied.current === course.id) return;
    applied.current = course.id;
    form.setFieldsValue({
      provider_id: course.provider_id,
      trainee_group: course.trainee_group,
      kind: course.kind,
      hours: course.hours,
      issued_on: dayjs(course.end_on),
    });
  }, [editing, course, form]);

  // A self-training employer trains only its own workers.
  useEffect(() => {
    if (!editing && provider?.kind === "self_training_employer" && provider.enterprise_id && !ownEnterprise) {
      form.setFieldValue("enterprise_id", provider.enterprise_id);
    }
  }, [editing, provider, ownEnterprise, form]);

  const communeOptions = useMemo(
    () => communes.list.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` })),
    [communes.list],
  );
  const courseOptions = useMemo(
    () =>
      courseList.map((c: Course) => ({
        value: c.id,
        label: `${c.title} · ${t("training.groupN", { group: c.trainee_group })} · ${formatDate(c.end_on)}`,
      })),
    [courseList, t],
  );

  if (editing && current.isPending) return <LoadingState rows={10} />;
  if (editing && current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const reload = async () => {
    const fresh = await current.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(recordToValues(fresh.data.data));
    }
    setConflict(false);
    setGeneral([]);
  };

  const onFinish = async (values: RecordFormValues) => {
    setSaving(true);
    setGeneral([]);
    setConflict(false);
    const isLogBook = rules.get(values.trainee_group ?? 0)?.document === "log_book_entry";
    try {
      const payload = recordPayload(values, isLogBook);
      if (!editing) {
        const created = await unwrap(
          api.POST("/api/v1/training-records", {
            body: withoutNulls(payload) as RecordCreate,
            headers: { "Idempotency-Key": idempotencyKey.current },
          }),
        );
        idempotencyKey.current = newKey();
        await client.invalidateQueries({ queryKey: ["training-records"] });
        await client.invalidateQueries({ queryKey: ["training-courses"] });
        await client.invalidateQueries({ queryKey: ["training-compliance"] });
        message.success(t("common.created"));
        navigate(`/training/records/${created.id}`, { replace: true });
      } else if (loaded) {
        const before = recordPayload(recordToValues(loaded.data), isLogBook);
        const body = changedFields(before, payload, RECORD_FIXED);
        if (Object.keys(body).length === 0) {
          navigate(`/training/records/${id}`);
          return;
        }
        await unwrap(
          api.PATCH("/api/v1/training-records/{record_id}", {
            params: { path: { record_id: id } },
            body: body as RecordUpdate,
            headers: { "If-Match": loaded.etag ?? `"${loaded.data.version}"` },
          }),
        );
        await client.invalidateQueries({ queryKey: recordKey(id) });
        await client.invalidateQueries({ queryKey: ["training-records"] });
        await client.invalidateQueries({ queryKey: ["training-compliance"] });
        message.success(t("common.saved"));
        navigate(`/training/records/${id}`);
      }
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      else setGeneral(applyProblem(form, error, RECORD_FIELDS, t));
    } finally {
      setSaving(false);
    }
  };

  const backTo = editing ? `/training/records/${id}` : "/training/records";
  const groupOptions = (editing || course ? (group ? [group] : []) : courseGroups(provider)).map((g) => ({
    value: g,
    label: `${t("training.groupN", { group: g })} – ${groupName(g)}`,
  }));

  return (
    <div className="page">
      <PageHeader
        title={editing ? t("training.record.editTitle") : t("training.record.createTitle")}
        subtitle={editing && loaded ? loaded.data.worker_name : undefined}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={() => navigate(backTo)} />}
      />
      <Card className="form-card">
        <FormAlerts conflict={conflict} general={general} onReload={() => void reload()} />
        <Form<RecordFormValues>
          form={form}
          layout="vertical"
          initialValues={EMPTY_RECORD}
          onFinish={onFinish}
          onFinishFailed={() => setGeneral([t("errors.formInvalid")])}
          scrollToFirstError={{ behavior: "smooth", block: "center" }}
          disabled={saving}
        >
          <Typography.Title level={2} className="form-section-title">
            {t("training.record.sectionWorker")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="worker_name"
                label={t("training.record.worker_name")}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 200 }]}
              >
                <Input maxLength={200} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="birth_year" label={t("training.record.birth_year")}>
                <InputNumber min={1900} max={dayjs().year()} precision={0} style={{ width: "100%" }} inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="citizen_id"
                label={t("training.record.citizen_id")}
                rules={[{ pattern: /^\s*(\d{12})?\s*$/, message: t("training.record.citizenIdFormat") }]}
              >
                <Input inputMode="numeric" maxLength={12} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="occupation" label={t("training.record.occupation")} rules={[{ max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="enterprise_id"
                label={t("training.record.enterprise")}
                extra={
                  editing
                    ? undefined
                    : ownEnterprise
                      ? t("training.record.ownEnterprise")
                      : provider?.kind === "self_training_employer"
                        ? t("training.record.selfTrainingEnterprise")
                        : t("training.record.enterpriseHelp")
                }
              >
                <EnterprisePicker
                  allowClear
                  disabled={editing || Boolean(ownEnterprise) || provider?.kind === "self_training_employer"}
                  aria-label={t("training.record.enterprise")}
                />
              </Form.Item>
            </Col>
            {!enterpriseId && !editing ? (
              <Col xs={24} md={12}>
                <Form.Item name="admin_unit_code" label={t("training.record.admin_unit_code")} extra={t("training.record.communeHelp")}>
                  <Select
                    allowClear
                    showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
                    placeholder={t("enterprise.selectCommune")}
                    options={communeOptions}
                    loading={communes.isPending}
                  />
                </Form.Item>
              </Col>
            ) : null}
          </Row>

          <Typography.Title level={2} className="form-section-title">
            {t("training.record.sectionTraining")}
          </Typography.Title>
          {!editing ? (
            <Form.Item name="course_id" label={t("training.record.course")} extra={t("training.record.courseHelp")}>
              <Select
                allowClear
                showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
                placeholder={t("training.record.pickCourse")}
                options={courseOptions}
                loading={courses.isPending}
                popupMatchSelectWidth={false}
                onChange={(value: number | undefined) => {
                  if (!value) applied.current = null;
                }}
              />
            </Form.Item>
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="provider_id" label={t("training.record.provider")} rules={[{ required: true, message: t("common.required") }]}>
                <ProviderPicker disabled={editing || Boolean(course)} aria-label={t("training.record.provider")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="trainee_group"
                label={t("training.record.trainee_group")}
                extra={!editing && !course && provider ? t("training.course.groupsOfClass", { orgClass: provider.org_class }) : undefined}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <Select
                  aria-label={t("training.record.trainee_group")}
                  disabled={editing || Boolean(course) || !provider}
                  placeholder={t("training.course.pickGroup")}
                  options={groupOptions}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t("training.record.kind")}>
                <Radio.Group disabled={editing} options={TRAINING_KINDS.map((value) => ({ value, label: t(`training.kind.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="hours"
                label={t("training.record.hours")}
                extra={<HoursHint below={hoursBelowMinimum(rules, group, kind, hours)} minimum={rule?.firstTrainingMinHours} />}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <InputNumber min={1} max={1000} precision={0} style={{ width: "100%" }} inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="result" label={t("training.record.result")}>
                <Radio.Group options={RESULTS.map((value) => ({ value, label: t(`training.result.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="issued_on"
                label={t("training.record.issued_on")}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
              </Form.Item>
            </Col>
            {!logBook && result !== "fail" ? (
              <Col xs={24} md={12}>
                <Form.Item
                  name="document_number"
                  label={rule ? t("training.record.numberOf", { document: t(`training.document.${rule.document}`) }) : t("training.record.document_number")}
                  extra={t("training.record.numberHelp")}
                  rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 64 }]}
                >
                  <Input maxLength={64} autoComplete="off" />
                </Form.Item>
              </Col>
            ) : null}
          </Row>
          {logBook ? <Typography.Paragraph type="secondary">{t("training.record.logBookNote")}</Typography.Paragraph> : null}
          <Form.Item name="notes" label={t("training.record.notes")} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
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
