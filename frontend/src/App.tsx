import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import dayjs from "dayjs";
import "dayjs/locale/en-gb";
import "dayjs/locale/vi";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { ApiProblem } from "./api/problem";
import { RequireAuth, RequirePermission, SessionWatcher } from "./auth/AuthContext";
import { AppLayout } from "./components/AppLayout";
import { AccidentDetailPage } from "./pages/accidents/AccidentDetailPage";
import { AccidentFormPage } from "./pages/accidents/AccidentFormPage";
import { AccidentListPage } from "./pages/accidents/AccidentListPage";
import { ApiClientsPage } from "./pages/admin/ApiClientsPage";
import { UsersPage } from "./pages/admin/UsersPage";
import { AdminUnitsPage } from "./pages/areas/AdminUnitsPage";
import { ZonesPage } from "./pages/areas/ZonesPage";
import { DashboardPage } from "./pages/dashboard/DashboardPage";
import { EnterpriseDetailPage } from "./pages/enterprises/EnterpriseDetailPage";
import { EnterpriseFormPage } from "./pages/enterprises/EnterpriseFormPage";
import { EnterpriseListPage } from "./pages/enterprises/EnterpriseListPage";
import { ImportPage } from "./pages/enterprises/ImportPage";
import { HomeRedirect, NotFoundPage } from "./pages/HomePage";
import { LoginPage } from "./pages/LoginPage";
import { trainingRoutes } from "./pages/training/routes";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => {
        if (error instanceof ApiProblem && error.status < 500) return false;
        return failures < 1;
      },
    },
    mutations: { retry: false },
  },
});

const theme = {
  token: {
    colorPrimary: "#0b5cab",
    colorLink: "#0b5cab",
    borderRadius: 6,
    fontFamily:
      "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    colorTextSecondary: "rgba(0, 0, 0, 0.65)",
    colorTextDescription: "rgba(0, 0, 0, 0.65)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
    colorError: "#cf1322",
    colorSuccess: "#389e0d",
  },
  components: {
    Layout: { headerBg: "#ffffff", siderBg: "#ffffff", bodyBg: "#f3f5f8", headerPadding: "0 16px" },
    Descriptions: { labelColor: "rgba(0, 0, 0, 0.65)" },
    Menu: { itemSelectedColor: "#0b5cab", groupTitleColor: "rgba(0, 0, 0, 0.6)" },
  },
};

function Shell() {
  const { i18n } = useTranslation();
  const lang = i18n.language.startsWith("en") ? "en" : "vi";
  useEffect(() => {
    dayjs.locale(lang === "en" ? "en-gb" : "vi");
    document.documentElement.lang = lang;
    document.title = lang === "en" ? "OSH Program Management System" : "Hệ thống quản lý chương trình ATVSLĐ";
  }, [lang]);
  return (
    <ConfigProvider locale={lang === "en" ? enUS : viVN} theme={theme}>
      <AntApp>
        <BrowserRouter>
          <SessionWatcher />
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route element={<RequireAuth />}>
              <Route element={<AppLayout />}>
                <Route index element={<HomeRedirect />} />
                <Route
                  path="dashboard"
                  element={
                    <RequirePermission permission="accidents:read">
                      <DashboardPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="accidents"
                  element={
                    <RequirePermission permission="accidents:read">
                      <AccidentListPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="accidents/new"
                  element={
                    <RequirePermission permission="accidents:report">
                      <AccidentFormPage mode="create" />
                    </RequirePermission>
                  }
                />
                <Route
                  path="accidents/:id"
                  element={
                    <RequirePermission permission="accidents:read">
                      <AccidentDetailPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="accidents/:id/edit"
                  element={
                    <RequirePermission permission="accidents:report">
                      <AccidentFormPage mode="edit" />
                    </RequirePermission>
                  }
                />
                <Route path="enterprises" element={<EnterpriseListPage />} />
                <Route
                  path="enterprises/new"
                  element={
                    <RequirePermission permission="enterprises:create">
                      <EnterpriseFormPage mode="create" />
                    </RequirePermission>
                  }
                />
                <Route
                  path="enterprises/import"
                  element={
                    <RequirePermission permission="enterprises:import">
                      <ImportPage />
                    </RequirePermission>
                  }
                />
                <Route path="enterprises/:id" element={<EnterpriseDetailPage />} />
                <Route
                  path="enterprises/:id/edit"
                  element={
                    <RequirePermission permission="enterprises:write">
                      <EnterpriseFormPage mode="edit" />
                    </RequirePermission>
                  }
                />
                {trainingRoutes}
                <Route path="zones" element={<ZonesPage />} />
                <Route path="admin-units" element={<AdminUnitsPage />} />
                <Route
                  path="admin/users"
                  element={
                    <RequirePermission permission="users:manage">
                      <UsersPage />
                    </RequirePermission>
                  }
                />
                <Route
                  path="admin/api-clients"
                  element={
                    <RequirePermission permission="users:manage">
                      <ApiClientsPage />
                    </RequirePermission>
                  }
                />
                <Route path="admin" element={<Navigate to="/admin/users" replace />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export default function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
