import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
  type FormInstance,
} from "antd";
import dayjs from "dayjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { api, unwrap, unwrapWithEtag, type Enterprise } from "../../api/client";
import { ApiProblem } from "../../api/problem";
import { useMe } from "../../auth/AuthContext";
import { FormAlerts } from "../../components/FormAlerts";
import { ErrorState, LoadingState, PageHeader } from "../../components/States";
import { matches } from "../../lib/fold";
import { applyProblem } from "../../lib/formErrors";
import { newKey } from "../../lib/ids";
import { codeLabel, useCodeList, useCommunes } from "../../lib/lookups";
import { EnterprisePicker } from "./EnterprisePicker";
import {
  emptyAccident,
  emptyVictim,
  formFieldNames,
  toCreatePayload,
  toFormValues,
  toUpdatePayload,
  type AccidentFormValues,
} from "./formValues";
import { CHANNELS, CONTRACT_STATUSES, KINDS, SECTORS, SEVERITIES, SEXES, accidentKey, sectorsFor } from "./model";
import { useAccident } from "./useAccident";

const moneyFormatter = (value: number | string | undefined) =>
  value === undefined || value === "" ? "" : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const moneyParser = (value: string | undefined) => (value ? Number(value.replace(/[^\d]/g, "")) : 0);

function MoneyInput(props: { id?: string; value?: number | null; onChange?: (value: number | null) => void; disabled?: boolean }) {
  return (
    <InputNumber<number>
      {...props}
      min={0}
      max={9_000_000_000_000_000}
      precision={0}
      style={{ width: "100%" }}
      formatter={moneyFormatter}
      parser={moneyParser}
      inputMode="numeric"
    />
  );
}

function useCodeOptions(name: "accident_causes" | "injury_factors" | "occupations_vsco", lang: string) {
  const list = useCodeList(name);
  const options = useMemo(
    () =>
      list.list.map((item) => ({
        value: item.code,
        label: codeLabel(item, item.code, lang),
      })),
    [list.list, lang],
  );
  return { options, loading: list.isPending };
}

const searchable = { filterOption: (input: string, option?: { label?: unknown }) => matches(String(option?.label ?? ""), input) };

function VictimCard({
  form,
  index,
  name,
  onRemove,
  canRemove,
  occupations,
}: {
  form: FormInstance<AccidentFormValues>;
  index: number;
  name: number;
  onRemove: () => void;
  canRemove: boolean;
  occupations: { options: { value: string; label: string }[]; loading: boolean };
}) {
  const { t } = useTranslation();
  const severity = Form.useWatch(["victims", name, "severity"], form);
  const n = index + 1;
  return (
    <Card
      size="small"
      className="victim-card"
      data-testid={`victim-${index}`}
      title={<h3 className="card-title">{t("accidents.victim.title", { n })}</h3>}
      extra={
        canRemove ? (
          <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t("accidents.victim.remove", { n })}>
            {t("common.delete")}
          </Button>
        ) : null
      }
      style={{ marginBottom: 12 }}
    >
      <Form.Item name={[name, "id"]} hidden>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, "full_name"]}
            label={t("accidents.victim.full_name")}
            rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 200 }]}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, "sex"]} label={t("accidents.victim.sex")} rules={[{ required: true, message: t("common.required") }]}>
            <Radio.Group options={SEXES.map((value) => ({ value, label: t(`accidents.sex.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, "birth_year"]} label={t("accidents.victim.birth_year")}>
            <InputNumber min={1900} max={dayjs().year()} precision={0} style={{ width: "100%" }} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, "occupation_code"]} label={t("accidents.victim.occupation_code")}>
            <Select
              allowClear
              showSearch={searchable}
              placeholder={t("accidents.form.pickOccupation")}
              options={occupations.options}
              loading={occupations.loading}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name={[name, "citizen_id"]}
            label={t("accidents.victim.citizen_id")}
            rules={[{ pattern: /^\s*(\d{12})?\s*$/, message: t("accidents.victim.citizenIdFormat") }]}
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={[name, "contract_status"]} label={t("accidents.victim.contract_status")}>
            <Select options={CONTRACT_STATUSES.map((value) => ({ value, label: t(`accidents.contractStatus.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[name, "not_under_management"]} valuePropName="checked">
            <Checkbox>{t("accidents.victim.not_under_management")}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[name, "severity"]}
            label={t("accidents.victim.severity")}
            rules={[{ required: true, message: t("common.required") }]}
          >
            <Radio.Group options={SEVERITIES.map((value) => ({ value, label: t(`accidents.victimSeverity.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, "injury_description"]} label={t("accidents.victim.injury_description")} rules={[{ max: 1000 }]}>
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, "days_off"]} label={t("accidents.victim.days_off")}>
            <InputNumber min={0} max={36500} precision={0} style={{ width: "100%" }} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, "capacity_loss_pct"]} label={t("accidents.victim.capacity_loss_pct")}>
            <InputNumber min={0} max={100} precision={0} style={{ width: "100%" }} disabled={severity === "fatal"} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, "medical_cost_vnd"]} label={t("accidents.victim.medical_cost_vnd")}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, "wages_during_treatment_vnd"]} label={t("accidents.victim.wages_during_treatment_vnd")}>
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, "compensation_vnd"]} label={t("accidents.victim.compensation_vnd")}>
            <MoneyInput />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

export function AccidentFormPage({ mode }: { mode: "create" | "edit" }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const me = useMe();
  const id = Number(useParams().id);
  const [form] = Form.useForm<AccidentFormValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [dirty, setDirty] = useState(false);
  const idempotencyKey = useRef(newKey());
  const inFlight = useRef(false);
  const communes = useCommunes();
  const lang = i18n.language;
  const causes = useCodeOptions("accident_causes", lang);
  const factors = useCodeOptions("injury_factors", lang);
  const occupations = useCodeOptions("occupations_vsco", lang);
  const current = useAccident(mode === "edit" ? id : 0);
  const loaded = current.data;

  const scope = me.scope;
  const sectors = sectorsFor(scope.kind);
  const ownEnterpriseId = scope.kind === "enterprise" ? scope.enterprise_id : undefined;
  const ownEnterprise = useQuery({
    queryKey: ["enterprise", ownEnterpriseId ?? 0, "name"],
    enabled: mode === "create" && ownEnterpriseId !== undefined,
    staleTime: 5 * 60 * 1000,
    queryFn: () =>
      unwrap(api.GET("/api/v1/enterprises/{enterprise_id}", { params: { path: { enterprise_id: ownEnterpriseId ?? 0 } } })),
  });
  const [initial] = useState(() =>
    emptyAccident(
      sectors[0] ?? "contract",
      ownEnterpriseId,
      scope.kind === "communes" && scope.codes.length === 1 ? scope.codes[0] : undefined,
    ),
  );

  const kind = Form.useWatch("kind", form);
  const sector = Form.useWatch("sector", form);

  useEffect(() => {
    if (mode === "edit" && loaded) form.setFieldsValue(toFormValues(loaded.data));
  }, [mode, loaded, form]);

  // An enterprise user's own commune, once known, unless a commune was chosen already.
  useEffect(() => {
    if (ownEnterprise.data && !form.getFieldValue("admin_unit_code")) {
      form.setFieldValue("admin_unit_code", ownEnterprise.data.admin_unit_code);
    }
  }, [ownEnterprise.data, form]);

  // Leaving the browser page with unsaved input asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const communeOptions = useMemo(() => {
    const allowed = scope.kind === "communes" ? new Set(scope.codes) : null;
    return communes.list
      .filter((unit) => !allowed || allowed.has(unit.code))
      .map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }));
  }, [communes.list, scope]);

  if (mode === "edit" && current.isPending) return <LoadingState rows={12} />;
  if (mode === "edit" && current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;

  const backTo = mode === "create" ? "/accidents" : `/accidents/${id}`;
  const leave = () => {
    if (!dirty) {
      navigate(backTo);
      return;
    }
    modal.confirm({
      title: t("accidents.form.unsavedTitle"),
      content: t("accidents.form.unsavedDetail"),
      okText: t("accidents.form.leave"),
      cancelText: t("accidents.form.stay"),
      okButtonProps: { danger: true },
      onOk: () => navigate(backTo),
    });
  };

  const reload = async () => {
    const fresh = await current.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toFormValues(fresh.data.data));
    }
    setConflict(false);
    setGeneral([]);
    setDirty(false);
  };

  const onPickedEnterprise = (enterprise: Enterprise) => {
    form.setFieldValue("admin_unit_code", enterprise.admin_unit_code);
  };

  const onFinish = async (values: AccidentFormValues) => {
    // A second click before the first answer sends nothing more.
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    setGeneral([]);
    setConflict(false);
    try {
      if (mode === "create") {
        const created = await unwrapWithEtag(
          api.POST("/api/v1/accidents", {
            body: toCreatePayload(values),
            headers: { "Idempotency-Key": idempotencyKey.current },
          }),
        );
        idempotencyKey.current = newKey();
        setDirty(false);
        client.setQueryData(accidentKey(created.data.id), created);
        await client.invalidateQueries({ queryKey: ["accidents"] });
        message.success(t("accidents.form.reported", { code: created.data.code }));
        navigate(`/accidents/${created.data.id}`, { replace: true });
      } else if (loaded) {
        const body = toUpdatePayload(loaded.data, values);
        if (Object.keys(body).length === 0) {
          setDirty(false);
          navigate(`/accidents/${id}`);
          return;
        }
        const saved = await unwrapWithEtag(
          api.PATCH("/api/v1/accidents/{accident_id}", {
            params: { path: { accident_id: id } },
            body,
            headers: { "If-Match": loaded.etag ?? `"${loaded.data.version}"` },
          }),
        );
        setDirty(false);
        client.setQueryData(accidentKey(id), saved);
        await client.invalidateQueries({ queryKey: ["accidents"] });
        await client.invalidateQueries({ queryKey: ["accident-timeline", id] });
        message.success(t("common.saved"));
        navigate(`/accidents/${id}`);
      }
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) setConflict(true);
      else setGeneral(applyProblem(form, error, formFieldNames(values.victims.length), t));
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  const fixedSector = mode === "edit" || sectors.length === 1;

  return (
    <div className="page">
      <PageHeader
        title={mode === "create" ? t("accidents.reportTitle") : t("accidents.editTitle")}
        subtitle={mode === "edit" && loaded ? loaded.data.code : undefined}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t("common.back")} onClick={leave} />}
      />
      <Card className="form-card">
        <FormAlerts conflict={conflict} general={general} onReload={() => void reload()} />
        <Form<AccidentFormValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={onFinish}
          onFinishFailed={() => setGeneral([t("errors.formInvalid")])}
          onValuesChange={() => setDirty(true)}
          scrollToFirstError={{ behavior: "smooth", block: "center" }}
          disabled={saving}
        >
          <Typography.Title level={2} className="form-section-title">
            {t("accidents.form.sectionGeneral")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="kind"
                label={t("accidents.kind")}
                extra={mode === "edit" ? t("accidents.form.sectorFixedEdit") : undefined}
              >
                <Radio.Group
                  disabled={mode === "edit"}
                  options={KINDS.map((value) => ({ value, label: t(`accidents.kindValue.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="sector"
                label={t("accidents.sector")}
                extra={mode === "create" && fixedSector ? t("accidents.form.sectorFixed") : undefined}
              >
                <Radio.Group
                  disabled={fixedSector}
                  options={SECTORS.map((value) => ({ value, label: t(`accidents.sectorValue.${value}`) }))}
                  onChange={(event) => {
                    if (event.target.value === "non_contract") form.setFieldValue("enterprise_id", undefined);
                  }}
                />
              </Form.Item>
            </Col>
            {sector === "contract" ? (
              <Col xs={24}>
                <Form.Item
                  name="enterprise_id"
                  label={t("accidents.enterprise")}
                  extra={ownEnterpriseId !== undefined && mode === "create" ? t("accidents.form.enterpriseFixed") : undefined}
                  rules={[{ required: true, message: t("common.required") }]}
                >
                  <EnterprisePicker disabled={mode === "edit" || ownEnterpriseId !== undefined} onPicked={onPickedEnterprise} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={12}>
              <Form.Item
                name="occurred_at"
                label={t("accidents.occurred_at")}
                rules={[{ required: true, message: t("common.required") }]}
              >
                <DatePicker
                  showTime={{ format: "HH:mm" }}
                  format="DD/MM/YYYY HH:mm"
                  needConfirm={false}
                  style={{ width: "100%" }}
                  disabledDate={(d) => d.isAfter(dayjs(), "day")}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="admin_unit_code"
                label={t("accidents.admin_unit_code")}
                extra={sector === "contract" ? t("accidents.form.communeHelp") : undefined}
                rules={sector === "non_contract" ? [{ required: true, message: t("common.required") }] : []}
              >
                <Select
                  showSearch={searchable}
                  placeholder={t("accidents.form.pickCommune")}
                  options={communeOptions}
                  loading={communes.isPending}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="place"
                label={t("accidents.place")}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 500 }]}
              >
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="cause_code" label={t("accidents.cause_code")}>
                <Select
                  allowClear
                  showSearch={searchable}
                  placeholder={t("accidents.form.pickCause")}
                  options={causes.options}
                  loading={causes.loading}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="injury_factor_code" label={t("accidents.injury_factor_code")}>
                <Select
                  allowClear
                  showSearch={searchable}
                  placeholder={t("accidents.form.pickFactor")}
                  options={factors.options}
                  loading={factors.loading}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="description"
                label={t("accidents.description")}
                rules={[{ required: true, whitespace: true, message: t("common.required") }, { max: 10000 }]}
              >
                <Input.TextArea rows={4} maxLength={10000} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="property_damage_vnd" label={t("accidents.property_damage_vnd")}>
                <MoneyInput />
              </Form.Item>
            </Col>
            {mode === "create" ? (
              <Col xs={24} md={12}>
                <Form.Item name="needs_examination" valuePropName="checked" extra={t("accidents.form.examinationHelp")}>
                  <Checkbox>{t("accidents.needs_examination")}</Checkbox>
                </Form.Item>
              </Col>
            ) : null}
          </Row>

          <Typography.Title level={2} className="form-section-title">
            {t("accidents.form.sectionNotification")}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="notified_at"
                label={t("accidents.notified_at")}
                extra={mode === "create" ? t("accidents.form.notifiedHelp") : undefined}
                rules={mode === "edit" ? [{ required: true, message: t("common.required") }] : []}
              >
                <DatePicker
                  showTime={{ format: "HH:mm" }}
                  format="DD/MM/YYYY HH:mm"
                  needConfirm={false}
                  style={{ width: "100%" }}
                  disabledDate={(d) => d.isAfter(dayjs(), "day")}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="notification_channel" label={t("accidents.notification_channel")}>
                <Select options={CHANNELS.map((value) => ({ value, label: t(`accidents.channel.${value}`) }))} />
              </Form.Item>
            </Col>
          </Row>

          <Typography.Title level={2} className="form-section-title">
            {t("accidents.form.sectionVictims")}
          </Typography.Title>
          {kind === "technical_incident" ? (
            <Typography.Paragraph type="secondary">{t("accidents.victim.incidentHint")}</Typography.Paragraph>
          ) : null}
          <Form.List
            name="victims"
            rules={[
              {
                validator: async (_, victims: unknown[] | undefined) => {
                  if (form.getFieldValue("kind") === "accident" && (!victims || victims.length === 0)) {
                    throw new Error(t("accidents.victim.required"));
                  }
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, index) => (
                  <VictimCard
                    key={field.key}
                    form={form}
                    index={index}
                    name={field.name}
                    onRemove={() => remove(field.name)}
                    canRemove={fields.length > 1 || kind === "technical_incident"}
                    occupations={occupations}
                  />
                ))}
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined />} onClick={() => add(emptyVictim())} style={{ marginTop: 4 }}>
                  {t("accidents.victim.add")}
                </Button>
              </>
            )}
          </Form.List>

          <div className="form-actions">
            <Button onClick={leave}>{t("common.cancel")}</Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {mode === "create" ? t("accidents.report") : t("common.save")}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
