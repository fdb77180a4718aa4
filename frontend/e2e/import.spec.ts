import { OFFICER, expect, login, makeWorkbook, test, uniqueSuffix, uniqueTaxCode } from "./fixtures";

test("import: the dry run reports the bad row, then the good rows are imported", async ({ page }) => {
  const good = uniqueTaxCode();
  const suffix = uniqueSuffix();
  const file = makeWorkbook(
    [
      {
        tax_code: good,
        name: `Hợp tác xã Mây tre đan Xuân Lai ${suffix}`,
        legal_form: "cooperative",
        vsic_code: "1629",
        admin_unit_code: "09187",
        address: "Thôn Xuân Lai",
        employees_total: 40,
        employees_female: 25,
      },
      {
        tax_code: "12345",
        name: "Cơ sở thiếu mã số thuế",
        legal_form: "household_business",
        vsic_code: "1629",
        admin_unit_code: "09187",
        address: "Thôn Đông",
      },
    ],
    `import-${suffix}.xlsx`,
  );

  await login(page, OFFICER);
  await page.goto("/enterprises");
  await page.getByRole("button", { name: "Nhập từ Excel" }).click();
  await expect(page.getByRole("heading", { name: "Nhập doanh nghiệp từ Excel" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tải tệp mẫu (.xlsx)" })).toBeVisible();
  await page.getByRole("button", { name: "Tôi đã có tệp, tiếp tục" }).click();
  await page.locator("input[type=file]").setInputFiles(file);

  await expect(page.getByText("1 lỗi cần sửa")).toBeVisible();
  const errors = page.getByTestId("import-errors");
  const bad = errors.getByRole("row").filter({ hasText: "Mã số thuế" });
  await expect(bad).toHaveCount(1);
  await expect(bad.getByRole("cell").first()).toHaveText("3");
  await expect(bad).toContainText("10 chữ số");
  const confirm = page.getByRole("button", { name: "Nhập vào hệ thống" });
  await expect(confirm).toBeDisabled();

  await page.getByLabel("Bỏ qua các dòng lỗi, chỉ nhập các dòng hợp lệ").check();
  await confirm.click();
  await expect(page.getByText("Đã nhập xong")).toBeVisible();

  await page.getByRole("button", { name: "Về danh sách doanh nghiệp" }).click();
  await page.getByRole("searchbox").fill(`may tre dan xuan lai ${suffix}`);
  await expect(page.getByRole("row").filter({ hasText: good })).toHaveCount(1);
});
