import { ADMIN, expect, login, test, uniqueSuffix } from "./fixtures";

test("an admin creates an API client, sees its secret once, issues a new one and deactivates it", async ({
  page,
  request,
}) => {
  const name = `Phần mềm BQL KCN ${uniqueSuffix()}`;
  await login(page, ADMIN);
  await page.goto("/admin/api-clients");
  await page.getByRole("button", { name: "Thêm ứng dụng" }).click();
  await page.getByLabel("Tên ứng dụng").fill(name);
  // A multiple select stays open after a pick: pick, then close it.
  await page.getByLabel("Các khu công nghiệp", { exact: true }).click();
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").filter({ hasText: /Quế Võ/ }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Lưu" }).click();

  const secretBox = page.getByTestId("client-secret");
  await expect(secretBox).toBeVisible();
  const secret = (await secretBox.innerText()).trim();
  const clientId = (await page.locator(".ant-modal code").first().innerText()).trim();
  const token = await request.post("/api/v1/auth/token", {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: secret },
  });
  expect(token.status()).toBe(200);
  await page.getByRole("button", { name: "Tôi đã lưu khóa bí mật" }).click();

  // A new secret replaces the old one.
  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("button", { name: new RegExp(`Cấp khóa mới ${name}`) }).click();
  await page.getByRole("button", { name: "Cấp khóa mới", exact: true }).last().click();
  await expect(secretBox).toBeVisible();
  const newSecret = (await secretBox.innerText()).trim();
  expect(newSecret).not.toBe(secret);
  await page.getByRole("button", { name: "Tôi đã lưu khóa bí mật" }).click();
  const old = await request.post("/api/v1/auth/token", {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: secret },
  });
  expect(old.status()).toBe(401);

  // Deactivation (the list sends the row's version as If-Match).
  await row.getByRole("button", { name: new RegExp(`Vô hiệu hóa ${name}`) }).click();
  await page.getByRole("button", { name: "Vô hiệu hóa", exact: true }).last().click();
  await expect(page.getByText("Đã vô hiệu hóa")).toBeVisible();
  const refused = await request.post("/api/v1/auth/token", {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: newSecret },
  });
  expect(refused.status()).toBe(401);
});
