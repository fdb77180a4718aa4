import { KeyOutlined, PlusOutlined, StopOutlined, CheckOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, unwrap, type Role, type User } from "../../api/client";
import { ApiProblem } from "../../api/problem";
import { ListPager } from "../../components/ListPager";
import { SearchBox } from "../../components/SearchBox";
import { ActiveTag } from "../../components/Tags";
import { EmptyState, ErrorState, PageHeader } from "../../components/States";
import { formatDateTime } from "../../lib/format";
import { applyProblem } from "../../lib/formErrors";
import { newKey } from "../../lib/ids";
import { type StateSpec } from "../../lib/urlState";
import { useUrlState } from "../../lib/useUrlState";
import { ROLES, ScopeFields, toScope, useScopeText, type ScopeValues } from "./ScopeFields";

const USER_FILTERS = {
  q: { kind: "text", max: 200 },
  role: { kind: "choice", allowed: ROLES },
  active: { kind: "bool" },
  cursor: { kind: "text", max: 512 },
} as const satisfies StateSpec;
const PAGE_SIZE = 50;

interface UserValues extends ScopeValues {
  email: string;
  full_name: string;
  password: string;
}

function scopeField(kind: string | undefined): string {
  return kind === "communes" ? "scope_communes" : kind === "zones" ? "scope_zones" : kind === "enterprise" ? "scope_enterprise" : "scope_kind";
}

function CreateUser({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<UserValues>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const key = useRef(newKey());

  const onFinish = async (values: UserValues) => {
    setSaving(true);
    setGeneral([]);
    try {
      await unwrap(
        api.POST("/api/v1/users", {
          body: {
            email: values.email.trim(),
            full_name: values.full_name.trim(),
            password: values.password,
            role: values.role,
            scope: toScope(values),
          },
          headers: { "Idempotency-Key": key.current },
        }),
      );
      await client.invalidateQueries({ queryKey: ["users"] });
      message.success(t("common.created"));
      onClose();
    } catch (error) {
      setGeneral(
        applyProblem(form, error, ["email", "full_name", "password", "role"], t, { scope: scopeField(values.scope_kind) }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t("users.createTitle")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      width={560}
    >
      {general.length > 0 ? <Alert type="error" showIcon role="alert" className="login-alert" title={general.join(" ")} /> : null}
      <Form<UserValues> form={form} layout="vertical" onFinish={onFinish} disabled={saving} autoComplete="off">
        <Form.Item name="email" label={t("users.email")} rules={[{ required: true, type: "email", message: t("enterprise.emailFormat") }]}>
          <Input inputMode="email" maxLength={320} autoComplete="off" />
        </Form.Item>
        <Form.Item name="full_name" label={t("users.full_name")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t("users.password")}
          extra={t("users.passwordHelp")}
          rules={[{ required: true, min: 10, message: t("users.passwordHelp") }]}
        >
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
        <ScopeFields form={form} />
      </Form>
    </Modal>
  );
}

function ResetPassword({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ password: string }>();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const onFinish = async (values: { password: string }) => {
    setSaving(true);
    setGeneral([]);
    try {
      await unwrap(
        api.POST("/api/v1/users/{user_id}/password", {
          params: { path: { user_id: user.id } },
          body: { password: values.password },
        }),
      );
      await client.invalidateQueries({ queryKey: ["users"] });
      message.success(t("users.resetDone"));
      onClose();
    } catch (error) {
      setGeneral(applyProblem(form, error, ["password"], t));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t("users.resetTitle", { email: user.email })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      {general.length > 0 ? <Alert type="error" showIcon role="alert" className="login-alert" title={general.join(" ")} /> : null}
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={saving}>
        <Form.Item name="password" label={t("users.newPassword")} extra={t("users.passwordHelp")} rules={[{ required: true, min: 10, message: t("users.passwordHelp") }]}>
          <Input.Password maxLength={256} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const scopeText = useScopeText();
  const { state, update, nextPage, previousPage, firstPage, pageIndex, hasPrevious } = useUrlState(USER_FILTERS);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

  const query = useMemo(
    () => ({
      limit: PAGE_SIZE,
      ...(state.q.trim() ? { q: state.q.trim() } : {}),
      ...(state.role ? { role: state.role as Role } : {}),
      ...(state.active !== null ? { is_active: state.active } : {}),
      ...(state.cursor ? { cursor: state.cursor } : {}),
    }),
    [state],
  );
  const list = useQuery({
    queryKey: ["users", query],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET("/api/v1/users", { params: { query } })),
  });
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);

  const setActive = async (user: User, active: boolean) => {
    try {
      if (active) {
        await unwrap(
          api.PATCH("/api/v1/users/{user_id}", {
            params: { path: { user_id: user.id } },
            body: { is_active: true },
            headers: { "If-Match": `"${user.version}"` },
          }),
        );
      } else {
        await unwrap(
          api.DELETE("/api/v1/users/{user_id}", {
            params: { path: { user_id: user.id } },
            headers: { "If-Match": `"${user.version}"` },
          }),
        );
      }
      message.success(active ? t("users.activated") : t("users.deactivated"));
      await client.invalidateQueries({ queryKey: ["users"] });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        message.warning(t("errors.conflictTitle"));
        await client.invalidateQueries({ queryKey: ["users"] });
      } else if (error instanceof ApiProblem) message.error(error.detail ?? error.title);
      else message.error(t("errors.networkTitle"));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t("users.title")}
        subtitle={t("users.subtitle")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t("users.create")}
          </Button>
        }
      />
      <Card className="list-card">
        <div className="list-toolbar list-toolbar-wrap">
          <div className="list-search">
            <SearchBox value={state.q} onSearch={onSearch} placeholder={t("users.searchPlaceholder")} label={t("common.search")} />
          </div>
          <Space wrap>
            <Select
              aria-label={t("users.role")}
              size="large"
              style={{ minWidth: 200 }}
              value={state.role ?? "any"}
              onChange={(value: string) => update({ role: value === "any" ? null : value })}
              options={[{ value: "any", label: `${t("users.role")}: ${t("common.all")}` }, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
            />
            <Select
              aria-label={t("users.is_active")}
              size="large"
              style={{ minWidth: 170 }}
              value={state.active === null ? "any" : String(state.active)}
              onChange={(value: string) => update({ active: value === "any" ? null : value === "true" })}
              options={[
                { value: "any", label: `${t("users.is_active")}: ${t("common.all")}` },
                { value: "true", label: t("common.active") },
                { value: "false", label: t("common.inactive") },
              ]}
            />
          </Space>
        </div>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Table<User>
              rowKey="id"
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              pagination={false}
              scroll={{ x: "max-content" }}
              locale={{ emptyText: list.isPending ? <span className="muted">{t("common.loading")}</span> : <EmptyState title={state.q || state.role ? t("common.noMatch") : t("users.emptyTitle")} /> }}
              columns={[
                {
                  key: "user",
                  title: t("users.full_name"),
                  render: (_: unknown, user) => (
                    <div className="cell-name">
                      <Typography.Text strong>{user.full_name}</Typography.Text>
                      <Typography.Text type="secondary" className="cell-sub">
                        {user.email}
                      </Typography.Text>
                    </div>
                  ),
                },
                { key: "role", title: t("users.role"), dataIndex: "role", render: (role: string) => t(`roles.${role}`) },
                { key: "scope", title: t("users.scope"), render: (_: unknown, user) => scopeText(user.scope) },
                {
                  key: "status",
                  title: t("users.is_active"),
                  render: (_: unknown, user) => (
                    <Space size={4} wrap>
                      <ActiveTag active={user.is_active} />
                      {user.locked_until && new Date(user.locked_until) > new Date() ? <Tag color="orange">{t("users.locked")}</Tag> : null}
                    </Space>
                  ),
                },
                {
                  key: "last_login_at",
                  title: t("users.last_login_at"),
                  dataIndex: "last_login_at",
                  render: (v: string | null) => (v ? formatDateTime(v) : t("users.never")),
                },
                {
                  key: "actions",
                  title: t("common.actions"),
                  render: (_: unknown, user) => (
                    <Space wrap size="small">
                      <Tooltip title={t("users.resetPassword")}>
                        <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(user)} aria-label={`${t("users.resetPassword")} ${user.email}`} />
                      </Tooltip>
                      {user.is_active ? (
                        <Popconfirm
                          title={t("users.deactivateConfirm", { email: user.email })}
                          okText={t("users.deactivate")}
                          cancelText={t("common.cancel")}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => setActive(user, false)}
                        >
                          <Button size="small" danger icon={<StopOutlined />} aria-label={`${t("users.deactivate")} ${user.email}`}>
                            {t("users.deactivate")}
                          </Button>
                        </Popconfirm>
                      ) : (
                        <Button size="small" icon={<CheckOutlined />} onClick={() => void setActive(user, true)} aria-label={`${t("users.activate")} ${user.email}`}>
                          {t("users.activate")}
                        </Button>
                      )}
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
      {creating ? <CreateUser onClose={() => setCreating(false)} /> : null}
      {resetting ? <ResetPassword user={resetting} onClose={() => setResetting(null)} /> : null}
    </div>
  );
}
