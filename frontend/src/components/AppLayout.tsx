import {
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  BankOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  IdcardOutlined,
  LogoutOutlined,
  MenuOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScanOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Drawer, Grid, Layout, Menu, Segmented, Tooltip, Typography, type MenuProps } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { api, logout, unwrap, type Me } from "../api/client";
import { useMe } from "../auth/AuthContext";
import { rememberLanguage, type Language } from "../i18n";
import { useCommunes, useProvinceTitle, useZones } from "../lib/lookups";

const { Header, Sider, Content } = Layout;
const TRAINING_KEYS = ["/training/providers", "/training/courses", "/training/records", "/training/expiring", "/training/verify"];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language.startsWith("en") ? "en" : "vi";
  return (
    <Segmented<Language>
      size="small"
      aria-label={t("header.language")}
      value={current}
      onChange={(value) => {
        rememberLanguage(value);
        void i18n.changeLanguage(value);
      }}
      options={[
        { label: <span lang="vi" title="Tiếng Việt">VI</span>, value: "vi" },
        { label: <span lang="en" title="English">EN</span>, value: "en" },
      ]}
    />
  );
}

function useScopeLabel(me: Me): string {
  const { t } = useTranslation();
  const communes = useCommunes();
  const zones = useZones();
  const scope = me.scope;
  const enterprise = useQuery({
    queryKey: ["enterprise", scope.kind === "enterprise" ? scope.enterprise_id : 0, "name"],
    enabled: scope.kind === "enterprise",
    staleTime: 5 * 60 * 1000,
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/enterprises/{enterprise_id}", {
          params: { path: { enterprise_id: scope.kind === "enterprise" ? scope.enterprise_id : 0 } },
        }),
      ),
  });
  switch (scope.kind) {
    case "province":
      return t("scope.province");
    case "communes":
      return scope.codes.length <= 2
        ? scope.codes.map((code) => communes.byCode.get(code)?.name ?? code).join(", ")
        : t("scope.nCommunes", { count: scope.codes.length });
    case "zones":
      return scope.codes.length <= 2
        ? scope.codes.map((code) => zones.byCode.get(code)?.name ?? code).join(", ")
        : t("scope.nZones", { count: scope.codes.length });
    case "enterprise":
      return enterprise.data?.name ?? t("scope.enterpriseN", { id: scope.enterprise_id });
    default:
      return "";
  }
}

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const can = (p: string) => me.permissions.includes(p);
  const items: MenuProps["items"] = [];
  if (can("accidents:read")) items.push({ key: "/dashboard", icon: <DashboardOutlined />, label: t("nav.dashboard") });
  if (can("accidents:read")) items.push({ key: "/accidents", icon: <AlertOutlined />, label: t("accidents.menu") });
  if (can("enterprises:read")) items.push({ key: "/enterprises", icon: <BankOutlined />, label: t("nav.enterprises") });
  if (can("areas:read")) {
    items.push({ key: "/zones", icon: <ApartmentOutlined />, label: t("nav.zones") });
    items.push({ key: "/admin-units", icon: <EnvironmentOutlined />, label: t("nav.adminUnits") });
  }
  if (can("training:read")) {
    items.push({
      key: "training",
      type: "group",
      label: t("training.menu"),
      children: [
        { key: "/training/providers", icon: <SafetyCertificateOutlined />, label: t("training.nav.providers") },
        { key: "/training/courses", icon: <ReadOutlined />, label: t("training.nav.courses") },
        { key: "/training/records", icon: <IdcardOutlined />, label: t("training.nav.records") },
        { key: "/training/expiring", icon: <FieldTimeOutlined />, label: t("training.nav.expiring") },
        { key: "/training/verify", icon: <ScanOutlined />, label: t("training.nav.verify") },
      ],
    });
  }
  if (can("users:manage")) {
    items.push({
      key: "admin",
      type: "group",
      label: t("nav.administration"),
      children: [
        { key: "/admin/users", icon: <TeamOutlined />, label: t("nav.users") },
        { key: "/admin/api-clients", icon: <ApiOutlined />, label: t("nav.apiClients") },
      ],
    });
  }
  const selected = [...TRAINING_KEYS, "/admin/users", "/admin/api-clients", "/dashboard", "/accidents", "/enterprises", "/zones", "/admin-units"].find((key) =>
    location.pathname.startsWith(key),
  );
  return (
    <nav aria-label={t("nav.mainMenu")}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={items}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}

function Brand({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const province = useProvinceTitle(i18n.language);
  return (
    <Link to="/" className="brand" aria-label={t("app.name")}>
      <SafetyCertificateOutlined className="brand-icon" aria-hidden />
      {!compact ? (
        <span className="brand-text">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-province">{province}</span>
        </span>
      ) : null}
    </Link>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();
  const scopeLabel = useScopeLabel(me);
  const name = me.full_name ?? me.label;

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      {!mobile ? (
        <Sider width={248} theme="light" className="app-sider">
          <Brand />
          <NavMenu />
        </Sider>
      ) : null}
      <Layout>
        <Header className="app-header">
          {mobile ? (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t("nav.menu")}
                aria-expanded={drawerOpen}
                aria-controls="nav-drawer"
                onClick={() => setDrawerOpen(true)}
              />
              <Brand compact />
            </>
          ) : null}
          <div className="header-spacer" />
          <div className="header-user" data-testid="header-user">
            <UserOutlined aria-hidden className="header-user-icon" />
            <div className="header-user-text">
              <Typography.Text strong className="header-user-name" ellipsis>
                {name}
              </Typography.Text>
              <Typography.Text type="secondary" className="header-user-role" ellipsis>
                {t(`roles.${me.role}`)} · {scopeLabel}
              </Typography.Text>
            </div>
          </div>
          <LanguageSwitch />
          <Tooltip title={t("header.logout")}>
            <Button
              type="text"
              icon={<LogoutOutlined />}
              aria-label={t("header.logout")}
              onClick={async () => {
                await logout();
                navigate("/login", { replace: true });
              }}
            >
              {screens.md ? t("header.logout") : null}
            </Button>
          </Tooltip>
        </Header>
        <Drawer
          id="nav-drawer"
          placement="left"
          open={mobile && drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
        >
          <div className="drawer-user">
            <Typography.Text strong>{name}</Typography.Text>
            <Typography.Text type="secondary">
              {t(`roles.${me.role}`)} · {scopeLabel}
            </Typography.Text>
          </div>
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
        <Content id="main" className="app-content" tabIndex={-1}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
