import type { ReactElement } from "react";
import { Navigate, Route } from "react-router";
import { RequirePermission } from "../../auth/AuthContext";
import { CourseDetailPage } from "./CourseDetailPage";
import { CourseFormPage } from "./CourseFormPage";
import { CourseListPage } from "./CourseListPage";
import { ProviderDetailPage } from "./ProviderDetailPage";
import { ProviderFormPage } from "./ProviderFormPage";
import { ProviderListPage } from "./ProviderListPage";
import { RecordDetailPage } from "./RecordDetailPage";
import { RecordFormPage } from "./RecordFormPage";
import { RecordListPage } from "./RecordListPage";
import { VerifyPage } from "./VerifyPage";

const READ = "training:read";
const MANAGE = "training:manage";
const RECORD = "training:record";

const routes: [path: string, permission: string, element: ReactElement][] = [
  ["training/providers", READ, <ProviderListPage />],
  ["training/providers/new", MANAGE, <ProviderFormPage mode="create" />],
  ["training/providers/:id", READ, <ProviderDetailPage />],
  ["training/providers/:id/edit", MANAGE, <ProviderFormPage mode="edit" />],
  ["training/courses", READ, <CourseListPage />],
  ["training/courses/new", MANAGE, <CourseFormPage mode="create" />],
  ["training/courses/:id", READ, <CourseDetailPage />],
  ["training/courses/:id/edit", MANAGE, <CourseFormPage mode="edit" />],
  ["training/records", READ, <RecordListPage key="all" view="all" />],
  ["training/records/new", RECORD, <RecordFormPage mode="create" />],
  ["training/records/:id", READ, <RecordDetailPage />],
  ["training/records/:id/edit", RECORD, <RecordFormPage mode="edit" />],
  ["training/expiring", READ, <RecordListPage key="expiring" view="expiring" />],
  ["training/verify", READ, <VerifyPage />],
];

/** The training pages, each behind the permission it needs (the API checks again). */
export const trainingRoutes = (
  <>
    {routes.map(([path, permission, element]) => (
      <Route key={path} path={path} element={<RequirePermission permission={permission}>{element}</RequirePermission>} />
    ))}
    <Route path="training" element={<Navigate to="/training/records" replace />} />
  </>
);
