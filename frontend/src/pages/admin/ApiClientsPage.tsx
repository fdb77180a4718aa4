import { KeyOutlined, PlusOutlined, StopOutlined, WarningOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Space, Table, Typography } from "antd";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, unwrap, type ApiClientOut, type Role, type Schemas } from "../../api/client";
import { ApiProblem } from "../../api/problem";
import { ListPager } from "../../components/ListPager";
import { ActiveTag } from "../../components/Tags";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { formatDateTime } from "../../lib/format";
import { applyProblem } from "../../lib/formErrors";
import { newKey } from "../../lib/ids";
import { type StateSpec } from "../../lib/urlState";
import { useUrlState } from "../../lib/useUrlState";
import { ROLES, ScopeFields, toScope, useScopeText, type ScopeValues } from "./ScopeFields";

const CLIENT_ROLES: Role[] = ROLES.filter((role) => role !== "admin");
const CLIENT_FILTERS = { cursor: { kind: "text", max: 512 } } as const satisfies StateSpec;
const PAGE_SIZE = 50;

interface ClientValues extends ScopeValues {
  name: string;
}

function CreateClient({ onCreated, onClose }: { onCreated: (client: Schemas["ApiClientCreated"]) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<ClientValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const key = useRef(newKey());

  const onFinish = async (values: ClientValues) => {
    setSaving(true);
    setGeneral([]);
    try {
      const created = await unwrap(
        api.POST("/api/v1/api-clients", {
          body: { name: values.name.trim(), role: values.role, scope: toScope(values) },
          headers: { "Idempotency-Key": key.current },
        }),
      );
      await client.invalidateQueries({ queryKey: ["api-clients"] });
      onCreated(created as Schemas["ApiClientCreated"]);
    } catch (error) {
      setGeneral(applyProblem(form, error, ["name", "role"], t, { scope: "scope_kind" }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t("clients.createTitle")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      width={560}
    >
      {general.length > 0 ? <Alert type="error" showIcon role="alert" className="login-alert" title={general.join(" ")} /> : null}
      <Form<ClientValues> form={form} layout="vertical" onFinish={onFinish} disabled={saving} initialValues={{ role: "zone_board" }}>
        <Form.Item name="name" label={t("clients.name")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <ScopeFields form={form} roles={CLIENT_ROLES} />
      </Form>
    </Modal>
  );
}

function SecretOnce({ created, onClose }: { created: Schemas["ApiClientCreated"]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t("clients.secretTitle")}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t("clients.secretSaved")}
        </Button>
      }
    >
      <Alert type="warning" showIcon icon={<WarningOutlined />} title={t("clients.secretWarning")} className="login-alert" />
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: "name", label: t("clients.name"), children: created.name },
          {
            key: "id",
            label: t("clients.client_id"),
            children: (
              <Typography.Text code copyable={{ text: created.client_id }}>
                {created.client_id}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Typography.Text strong>{t("clients.secret")}</Typography.Text>
      {created.client_secret ? (
        <div className="secret-box" data-testid="client-secret">
          <Typography.Text
            copyable={{ text: created.client_secret, tooltips: [t("common.copy"), t("common.copied")] }}
            className="mono"
          >
            {created.client_secret}
          </Typography.Text>
        </div>
      ) : (
        <Alert type="warning" showIcon title={t("clients.secretNotShown")} />
      )}
    </Modal>
  );
}

export function ApiClientsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const scopeText = useScopeText();
  const { state, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(CLIENT_FILTERS);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Schemas["ApiClientCreated"] | null>(null);

  const query = useMemo(() => ({ limit: PAGE_SIZE, ...(state.cursor ? { cursor: state.cursor } : {}) }), [state]);
  const list = useQuery({
    queryKey: ["api-clients", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/api-clients", { params: { query } })),
  });

  const deactivate = async (row: ApiClientOut) => {
    try {
      await unwrap(
        api.DELETE("/api/v1/api-clients/{client_id}", {
          params: { path: { client_id: row.id } },
          headers: { "If-Match": `"${row.version}"` },
        }),
      );
      message.success(t("users.deactivated"));
      await client.invalidateQueries({ queryKey: ["api-clients"] });
    } catch (error) {
      message.error(error instanceof ApiProblem ? (error.detail ?? error.title) : t("errors.networkTitle"));
    }
  };

  const rotateSecret = async (row: ApiClientOut) => {
    try {
      const answer = await unwrap(
        api.POST("/api/v1/api-clients/{client_id}/secret", {
          params: { path: { client_id: row.id } },
          headers: { "If-Match": `"${row.version}"` },
        }),
      );
      setCreated(answer);
      await client.invalidateQueries({ queryKey: ["api-clients"] });
    } catch (error) {
      message.error(error instanceof ApiProblem ? (error.detail ?? error.title) : t("errors.networkTitle"));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t("clients.title")}
        subtitle={t("clients.subtitle")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("clients.create")}
          </Button>
        }
      />
      <Card className="list-card">
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table<ApiClientOut>
              rowKey="id"
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: list.isPending ? <span className="muted">{t("common.loading")}</span> : <EmptyState title={t("clients.emptyTitle")} /> }}
              columns={[
                {
                  key: "name",
                  title: t("clients.name"),
                  render: (_: unknown, row) => (
                    <div className="cell-name">
                      <Typography.Text strong>{row.name}</Typography.Text>
                      <Typography.Text type="secondary" className="cell-sub mono">
                        {row.client_id}
                      </Typography.Text>
                    </div>
                  ),
                },
                { key: "role", title: t("users.role"), dataIndex: "role", render: (role: string) => t(`roles.${role}`) },
                { key: "scope", title: t("users.scope"), render: (_: unknown, row) => scopeText(row.scope) },
                { key: "status", title: t("users.is_active"), render: (_: unknown, row) => <ActiveTag active={row.is_active} /> },
                {
                  key: "last_used_at",
                  title: t("clients.last_used_at"),
                  dataIndex: "last_used_at",
                  render: (v: string | null) => (v ? formatDateTime(v) : t("users.never")),
                },
                {
                  key: "actions",
                  title: t("common.actions"),
                  render: (_: unknown, row) =>
                    row.is_active ? (
                      <Space>
                        <Popconfirm
                          title={t("clients.rotateConfirm", { name: row.name })}
                          okText={t("clients.rotate")}
                          cancelText={t("common.cancel")}
                          onConfirm={() => rotateSecret(row)}
                        >
                          <Button size="small" icon={<KeyOutlined />} aria-label={`${t("clients.rotate")} ${row.name}`}>
                            {t("clients.rotate")}
                          </Button>
                        </Popconfirm>
                        <Popconfirm
                          title={t("clients.deactivateConfirm", { name: row.name })}
                          okText={t("users.deactivate")}
                          cancelText={t("common.cancel")}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => deactivate(row)}
                        >
                          <Button
                            size="small"
                            danger
                            icon={<StopOutlined />}
                            aria-label={`${t("users.deactivate")} ${row.name}`}
                          >
                            {t("users.deactivate")}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ) : (
                      <Space />
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
      {creating ? (
        <CreateClient
          onClose={() => setCreating(false)}
          onCreated={(value) => {
            setCreating(false);
            setCreated(value);
          }}
        />
      ) : null}
      {created ? <SecretOnce created={created} onClose={() => setCreated(null)} /> : null}
    </div>
  );
}
