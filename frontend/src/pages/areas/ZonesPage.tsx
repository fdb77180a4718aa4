import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Typography } from "antd";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, unwrap, type Zone } from "../../api/client";
import { ApiProblem } from "../../api/problem";
import { useCan } from "../../auth/AuthContext";
import { ListPager } from "../../components/ListPager";
import { SearchBox } from "../../components/SearchBox";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { matches } from "../../lib/fold";
import { applyProblem } from "../../lib/formErrors";
import { newKey } from "../../lib/ids";
import { useCommunes } from "../../lib/lookups";
import { toQuery, type StateSpec } from "../../lib/urlState";
import { useUrlState } from "../../lib/useUrlState";

const ZONE_KINDS = ["industrial_zone", "economic_zone", "industrial_cluster"] as const;
const ZONE_FILTERS = {
  q: { kind: "text", max: 200 },
  kind: { kind: "choice", allowed: ZONE_KINDS },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;
const PAGE_SIZE = 50;

interface ZoneValues {
  code: string;
  name: string;
  kind: string;
  admin_unit_code: string;
}

function ZoneForm({ zone, onClose }: { zone: Zone | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ZoneValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const key = useRef(newKey());
  const communes = useCommunes();

  const onFinish = async (values: ZoneValues) => {
    setSaving(true);
    setGeneral([]);
    try {
      if (zone) {
        await unwrap(
          api.PATCH("/api/v1/industrial-zones/{zone_id}", {
            params: { path: { zone_id: zone.id } },
            body: { name: values.name, kind: values.kind as Zone["kind"], admin_unit_code: values.admin_unit_code },
            headers: { "If-Match": `"${zone.version}"` },
          }),
        );
      } else {
        await unwrap(
          api.POST("/api/v1/industrial-zones", {
            body: {
              code: values.code,
              name: values.name,
              kind: values.kind as Zone["kind"],
              admin_unit_code: values.admin_unit_code,
            },
            headers: { "Idempotency-Key": key.current },
          }),
        );
      }
      await client.invalidateQueries({ queryKey: ["zones"] });
      await client.invalidateQueries({ queryKey: ["lookup", "zones"] });
      message.success(zone ? t("common.saved") : t("common.created"));
      onClose();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) setConflict(true);
      else setGeneral(applyProblem(form, error, ["code", "name", "kind", "admin_unit_code"], t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={zone ? t("zone.editTitle") : t("zone.createTitle")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="login-alert"
          title={t("errors.conflictTitle")}
          description={t("errors.conflictDetail")}
          action={
            <Button
              size="small"
              onClick={async () => {
                await client.invalidateQueries({ queryKey: ["zones"] });
                onClose();
              }}
            >
              {t("common.reload")}
            </Button>
          }
        />
      ) : null}
      {general.length > 0 ? <Alert type="error" showIcon role="alert" className="login-alert" title={general.join(" ")} /> : null}
      <Form<ZoneValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          zone
            ? { code: zone.code, name: zone.name, kind: zone.kind, admin_unit_code: zone.admin_unit_code }
            : { kind: "industrial_zone" }
        }
        disabled={saving}
      >
        <Form.Item
          name="code"
          label={t("zone.code")}
          extra={zone ? undefined : t("zone.codeHelp")}
          rules={[
            { required: true, whitespace: true, message: t("common.required") },
            { pattern: /^\s*[A-Za-z0-9_.-]{1,32}\s*$/, message: t("zone.codeFormat") },
          ]}
          normalize={(value: string) => value.toUpperCase()}
        >
          <Input maxLength={32} disabled={Boolean(zone)} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t("zone.name")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="kind" label={t("zone.kind")} rules={[{ required: true, message: t("common.required") }]}>
          <Select options={ZONE_KINDS.map((value) => ({ value, label: t(`zoneKind.${value}`) }))} />
        </Form.Item>
        <Form.Item name="admin_unit_code" label={t("zone.admin_unit_code")} rules={[{ required: true, message: t("common.required") }]}>
          <Select
            showSearch={{ filterOption: (input, option) => matches(String(option?.label ?? ""), input) }}
            loading={communes.isPending}
            options={communes.list.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
            placeholder={t("enterprise.selectCommune")}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ZonesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const canWrite = useCan("zones:write");
  const canSeeEnterprises = useCan("enterprises:read");
  const { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(ZONE_FILTERS);
  const [editing, setEditing] = useState<Zone | "new" | null>(null);
  const communes = useCommunes();

  const query = useMemo(() => {
    const { cursor, ...rest } = toQuery(ZONE_FILTERS, state);
    return { ...rest, limit: PAGE_SIZE, ...(cursor ? { cursor: String(cursor) } : {}) } as {
      q?: string;
      kind?: Zone["kind"];
      limit: number;
      cursor?: string;
    };
  }, [state]);
  const list = useQuery({
    queryKey: ["zones", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/industrial-zones", { params: { query } })),
  });
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);

  const remove = async (zone: Zone) => {
    try {
      await unwrap(
        api.DELETE("/api/v1/industrial-zones/{zone_id}", {
          params: { path: { zone_id: zone.id } },
          headers: { "If-Match": `"${zone.version}"` },
        }),
      );
      message.success(t("common.deleted"));
      await client.invalidateQueries({ queryKey: ["zones"] });
      await client.invalidateQueries({ queryKey: ["lookup", "zones"] });
    } catch (error) {
      if (error instanceof ApiProblem) message.error(error.detail ?? error.title);
      else message.error(t("errors.networkTitle"));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t("zone.title")}
        subtitle={t("zone.listSubtitle")}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
              {t("zone.create")}
            </Button>
          ) : null
        }
      />
      <Card className="list-card">
        <div className="list-toolbar">
          <div className="list-search">
            <SearchBox value={state.q} onSearch={onSearch} placeholder={t("zone.searchPlaceholder")} label={t("common.search")} />
          </div>
          <Select
            aria-label={t("zone.kind")}
            style={{ minWidth: 180 }}
            size="large"
            value={state.kind ?? "any"}
            onChange={(value: string) => update({ kind: value === "any" ? null : value })}
            options={[
              { value: "any", label: `${t("zone.kind")}: ${t("common.all")}` },
              ...ZONE_KINDS.map((value) => ({ value, label: t(`zoneKind.${value}`) })),
            ]}
          />
        </div>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table<Zone>
              rowKey="id"
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{
                emptyText: list.isPending ? (
                  <span className="muted">{t("common.loading")}</span>
                ) : (
                  <EmptyState title={state.q || state.kind ? t("common.noMatch") : t("zone.emptyTitle")} />
                ),
              }}
              columns={[
                { key: "code", title: t("zone.code"), dataIndex: "code", render: (v: string) => <span className="mono">{v}</span> },
                { key: "name", title: t("zone.name"), dataIndex: "name", render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
                { key: "kind", title: t("zone.kind"), dataIndex: "kind", render: (v: string) => t(`zoneKind.${v}`) },
                {
                  key: "admin_unit_code",
                  title: t("zone.admin_unit_code"),
                  dataIndex: "admin_unit_code",
                  render: (code: string) => communes.byCode.get(code)?.name ?? code,
                },
                {
                  key: "actions",
                  title: t("common.actions"),
                  render: (_: unknown, zone: Zone) => (
                    <Space wrap size="small">
                      {canSeeEnterprises ? (
                        <Link to={`/enterprises?zone=${encodeURIComponent(zone.code)}`}>{t("zone.enterprises")}</Link>
                      ) : null}
                      {canWrite ? (
                        <>
                          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(zone)} aria-label={`${t("common.edit")} ${zone.name}`}>
                            {t("common.edit")}
                          </Button>
                          <Popconfirm
                            title={t("zone.deleteConfirm", { name: zone.name })}
                            okText={t("common.delete")}
                            cancelText={t("common.cancel")}
                            okButtonProps={{ danger: true }}
                            onConfirm={() => remove(zone)}
                          >
                            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t("common.delete")} ${zone.name}`}>
                              {t("common.delete")}
                            </Button>
                          </Popconfirm>
                        </>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
            <ListPager
              pageIndex={pageIndex}
              pageSize={PAGE_SIZE}
              count={list.data?.items.length ?? 0}
              total={list.data?.total}
              hasPrevious={hasPrevious}
              nextCursor={list.data?.next_cursor}
              onFirst={firstPage}
              onPrevious={previousPage}
              onNext={nextPage}
              busy={list.isFetching}
            />
          </>
        )}
      </Card>
      {editing ? <ZoneForm zone={editing === "new" ? null : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
