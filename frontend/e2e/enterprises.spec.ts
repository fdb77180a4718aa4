import { OFFICER, apiToken, choose, expect, login, test, uniqueSuffix, uniqueTaxCode } from "./fixtures";

test("register, find without diacritics, edit, meet a conflict, delete", async ({ page, request }) => {
  const taxCode = uniqueTaxCode();
  const suffix = uniqueSuffix();
  const name = `Công ty TNHH Cơ khí Đức Việt ${suffix}`;
  await login(page, OFFICER);

  // Create, first with a tax code already registered: the server's field error lands on the field.
  await page.goto("/enterprises");
  await page.getByRole("button", { name: "Thêm doanh nghiệp" }).click();
  await expect(page.getByRole("heading", { name: "Thêm doanh nghiệp" })).toBeVisible();
  await page.getByLabel("Mã số thuế").fill("2300100011");
  await page.getByLabel("Tên doanh nghiệp/cơ sở").fill(name);
  await choose(page, "Loại hình", "Công ty TNHH hai thành viên trở lên");
  await page.getByLabel("Mã ngành kinh tế (VSIC)").fill("2592");
  await choose(page, "Xã/phường trụ sở", /Phường Phương Liễu/, "phuong lieu");
  await page.getByLabel("Địa chỉ").fill("Lô E4, KCN Quế Võ");
  await page.getByLabel("Tổng số lao động").fill("120");
  await page.getByLabel("Lao động nữ").fill("30");
  await page.getByLabel("Lao động nặng nhọc, độc hại, nguy hiểm").fill("45");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.locator("#tax_code_help")).toContainText("Mã số thuế đã được đăng ký");

  await page.getByLabel("Mã số thuế").fill(taxCode);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page).toHaveURL(/\/enterprises\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  await expect(page.getByText("Nguy cơ cao").first()).toBeVisible();
  await expect(page.getByText("Vừa", { exact: true }).first()).toBeVisible();

  // Find it by typing its name without diacritics.
  await page.goto("/enterprises");
  await page.getByRole("searchbox").fill(`co khi duc viet ${suffix}`);
  await expect(page).toHaveURL(new RegExp(`q=co\\+khi\\+duc\\+viet\\+${suffix}`));
  const row = page.getByRole("row").filter({ hasText: taxCode });
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId("pager-status")).toHaveText(/1–1 \/ 1/);
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  // Edit.
  await page.getByRole("button", { name: "Sửa" }).click();
  await expect(page.getByRole("heading", { name: "Sửa thông tin doanh nghiệp" })).toBeVisible();
  await expect(page.getByLabel("Địa chỉ")).toHaveValue("Lô E4, KCN Quế Võ");
  await page.getByLabel("Địa chỉ").fill("Lô E5, KCN Quế Võ");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("Lô E5, KCN Quế Võ").first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /Lô E4, KCN Quế Võ → Lô E5, KCN Quế Võ/ })).toBeVisible();

  // Someone else saves the same version meanwhile: the form says so and reloads on request.
  await page.getByRole("button", { name: "Sửa" }).click();
  await expect(page.getByLabel("Địa chỉ")).toHaveValue("Lô E5, KCN Quế Võ");
  const token = await apiToken(request, OFFICER);
  const current = await request.get(`/api/v1/enterprises/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  const etag = current.headers()["etag"] ?? "";
  const other = await request.patch(`/api/v1/enterprises/${id}`, {
    headers: { Authorization: `Bearer ${token}`, "If-Match": etag },
    data: { osh_officer_name: "Nguyễn Văn Đông" },
  });
  expect(other.status()).toBe(200);
  await page.getByLabel("Địa chỉ").fill("Lô E6, KCN Quế Võ");
  await page.getByRole("button", { name: "Lưu" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "Bản ghi đã được người khác sửa" });
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Tải lại bản mới nhất" }).click();
  await expect(conflict).toBeHidden();
  await expect(page.getByLabel("Cán bộ phụ trách ATVSLĐ")).toHaveValue("Nguyễn Văn Đông");
  await page.getByLabel("Địa chỉ").fill("Lô E6, KCN Quế Võ");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Lô E6, KCN Quế Võ").first()).toBeVisible();

  // Delete, after confirming.
  await page.getByRole("button", { name: "Xóa" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: "Xóa" }).click();
  await expect(page).toHaveURL(/\/enterprises$/);
  await page.goto(`/enterprises/${id}`);
  await expect(page.getByText("Không tìm thấy").first()).toBeVisible();
});
