import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { OFFICER, apiToken, choose, expect, login, test, uniqueSuffix } from "./fixtures";

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
// The inspector's account is locked by the session spec; a zone board officer checks cards in the field too.
const FIELD_CHECKER = "bql.kcn@demo.osh.vn";

/** A day `days` from today in Vietnam time, as typed in the app's date inputs (DD/MM/YYYY). */
function vnDay(days: number): string {
  const local = new Date(Date.now() + VN_OFFSET_MS + days * 24 * 60 * 60 * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

function isoDay(days: number): string {
  const [d, m, y] = vnDay(days).split("/");
  return `${y}-${m}-${d}`;
}

async function typeDay(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press("Tab");
  await expect(field).toHaveValue(value);
}

interface EnterpriseRow {
  id: number;
  name: string;
  tax_code: string;
}

async function demoEnterprise(request: APIRequestContext, token: string, q: string): Promise<EnterpriseRow> {
  const response = await request.get("/api/v1/enterprises", {
    params: { q, limit: 1 },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.ok()).toBeTruthy();
  const items = ((await response.json()) as { items: EnterpriseRow[] }).items;
  expect(items).toHaveLength(1);
  return items[0] as EnterpriseRow;
}

async function validCards(request: APIRequestContext, token: string, enterpriseId: number): Promise<number> {
  const response = await request.get(`/api/v1/enterprises/${enterpriseId}/training-compliance`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.ok()).toBeTruthy();
  const body = (await response.json()) as { groups: { trainee_group: number; valid: number }[] };
  return body.groups.find((g) => g.trainee_group === 3)?.valid ?? 0;
}

async function classGroups(request: APIRequestContext, token: string): Promise<Map<string, number[]>> {
  const response = await request.get("/api/v1/reference/training_org_classes", { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok()).toBeTruthy();
  const items = ((await response.json()) as { items: { class: string; trains_groups: number[] }[] }).items;
  return new Map(items.map((item) => [item.class, [...item.trains_groups].sort((a, b) => a - b)]));
}

/** A provider registered through the API, its licence in force from a year ago for two more years. */
async function createProvider(
  request: APIRequestContext,
  token: string,
  name: string,
  licence: string,
  orgClass: string,
): Promise<{ id: number; name: string }> {
  const response = await request.post("/api/v1/training-providers", {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      name,
      license_number: licence,
      org_class: orgClass,
      license_issued_on: isoDay(-365),
      license_expires_on: isoDay(730),
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: number; name: string };
}

type Trainee = Record<string, string | number | null>;

/**
 * Fills the downloaded attendance template: each trainee under the header row, in the column whose
 * heading is the column's Vietnamese title, as someone filling the sheet by hand would.
 */
function fillTemplate(template: string, trainees: Trainee[], name: string): { path: string; header: number } {
  const path = join(process.env.OSH_E2E_DATA_DIR ?? "/tmp", name);
  const script = [
    "import json, sys",
    "from openpyxl import load_workbook",
    "from osh.training.excel import ATTENDANCE_COLUMNS",
    "rows = json.loads(sys.argv[3])",
    "book = load_workbook(sys.argv[1])",
    "sheet = book.worksheets[0]",
    "titles = {c.vi: c.key for c in ATTENDANCE_COLUMNS}",
    "header = next(r for r in range(1, 60) if any(sheet.cell(r, c).value == 'Họ và tên' for c in range(1, 20)))",
    "keys = {c: titles.get(str(sheet.cell(header, c).value or '').strip()) for c in range(1, 20)}",
    "assert 'worker_name' in keys.values() and 'document_number' in keys.values(), keys",
    "for i, row in enumerate(rows):",
    "    for c, key in keys.items():",
    "        if key and row.get(key) is not None:",
    "            sheet.cell(header + 1 + i, c, row[key])",
    "book.save(sys.argv[2])",
    "print(header)",
  ].join("\n");
  const out = execFileSync(process.env.OSH_E2E_PYTHON ?? resolve("..", ".venv", "bin", "python"), ["-c", script, template, path, JSON.stringify(trainees)], {
    cwd: resolve(import.meta.dirname, "..", ".."),
    encoding: "utf-8",
  });
  return { path, header: Number(out.trim()) };
}

/** The worker names on the first sheet of a downloaded workbook (the column headed "Họ và tên"). */
function namesInWorkbook(path: string): string[] {
  const script = [
    "import json, sys",
    "from openpyxl import load_workbook",
    "sheet = load_workbook(sys.argv[1], read_only=True).worksheets[0]",
    "rows = list(sheet.iter_rows(values_only=True))",
    "column = list(rows[0]).index('Họ và tên')",
    "print(json.dumps([r[column] for r in rows[1:] if r[column]]))",
  ].join("\n");
  const out = execFileSync(process.env.OSH_E2E_PYTHON ?? resolve("..", ".venv", "bin", "python"), ["-c", script, path], { encoding: "utf-8" });
  return JSON.parse(out) as string[];
}

async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole("navigation", { name: "Menu chính" }).getByText(item, { exact: true }).click();
}

test("a province officer registers a provider, imports a group-3 course's attendance list after fixing a bad row, and the enterprise's compliance panel shows the new safety cards", async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const token = await apiToken(request, OFFICER);
  const steel = await demoEnterprise(request, token, "Thép Hòa Phát");
  const machining = await demoEnterprise(request, token, "Cơ khí Chính xác Việt Nhật");
  const cardsBefore = await validCards(request, token, steel.id);
  // Which class trains which group is reference data (Decree 44/2016 as amended by Decree 140/2018):
  // class B does not train group 3 under the amended text, so the course is given by a class that does.
  const classes = await classGroups(request, token);
  const trainsThree = [...classes.entries()].find(([, groups]) => groups.includes(3));
  const notThree = [...classes.entries()].find(([, groups]) => !groups.includes(3));
  expect(trainsThree, "a class that trains group 3").toBeDefined();
  expect(notThree, "a class that does not train group 3").toBeDefined();
  const [cls, clsGroups] = trainsThree as [string, number[]];
  const [otherCls, otherGroups] = notThree as [string, number[]];
  const otherProvider = await createProvider(request, token, `Công ty Tư vấn An toàn Đông Bắc ${suffix}`, `HLB-${suffix.toUpperCase()}`, otherCls);
  const provider = `Trung tâm Huấn luyện An toàn Kinh Bắc ${suffix}`;
  const licence = `HL-${suffix.toUpperCase()}/2025`;
  const course = `Huấn luyện nhóm 3 vận hành cầu trục ${suffix}`;
  const workers = [`Nguyễn Văn Đức ${suffix}`, `Trần Thị Hoa ${suffix}`];
  const numbers = [`TAT-${suffix}-001`, `TAT-${suffix}-002`, `TAT-${suffix}-003`];
  const groupTags = (groups: number[]) => groups.map((g) => `Nhóm ${g}`);
  const groupOptions = (groups: number[]) => groups.map((g) => new RegExp(`^Nhóm ${g} –`));

  // Register the provider: the groups a class may train show as soon as the class is picked.
  await login(page, OFFICER);
  await menu(page, "Tổ chức huấn luyện");
  await expect(page.getByRole("heading", { name: "Tổ chức huấn luyện", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Đăng ký tổ chức huấn luyện" }).click();
  await expect(page.getByRole("heading", { name: "Đăng ký tổ chức huấn luyện", level: 1 })).toBeVisible();
  await page.getByLabel("Tên tổ chức").fill(provider);
  await page.getByLabel("Số giấy chứng nhận").fill(licence);
  const classTags = page.getByTestId("class-groups").locator(".ant-tag");
  await page.getByText(`Hạng ${otherCls}`, { exact: true }).click();
  await expect(classTags).toHaveText(groupTags(otherGroups));
  await page.getByText(`Hạng ${cls}`, { exact: true }).click();
  await expect(page.getByRole("radio", { name: `Hạng ${cls}` })).toBeChecked();
  await expect(classTags).toHaveText(groupTags(clsGroups));
  await typeDay(page.getByLabel("Ngày cấp"), vnDay(-400));
  await typeDay(page.getByLabel("Ngày hết hạn"), vnDay(800));
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { name: provider, level: 1 })).toBeVisible();
  await expect(page.getByText("Còn hiệu lực").first()).toBeVisible();

  // A group-3 course: the group picker offers only the groups of the chosen provider's class.
  await page.getByRole("button", { name: "Thêm khóa huấn luyện" }).click();
  await expect(page.getByRole("heading", { name: "Thêm khóa huấn luyện", level: 1 })).toBeVisible();
  const providerField = page.locator(".ant-form-item").filter({ hasText: "Tổ chức huấn luyện" }).first();
  await expect(providerField).toContainText(provider);
  const group = page.getByLabel("Nhóm đối tượng", { exact: true });
  const options = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option");
  await group.click();
  await expect(options).toHaveText(groupOptions(clsGroups));
  await group.press("Escape");
  await choose(page, "Tổ chức huấn luyện", otherProvider.name, "dong bac");
  await group.click();
  await expect(options).toHaveText(groupOptions(otherGroups));
  await group.press("Escape");
  await choose(page, "Tổ chức huấn luyện", provider, "kinh bac");
  await choose(page, "Nhóm đối tượng", /^Nhóm 3 –/);
  await page.getByLabel("Tên khóa").fill(course);
  await typeDay(page.getByPlaceholder("Ngày bắt đầu"), vnDay(-6));
  await typeDay(page.getByPlaceholder("Ngày kết thúc"), vnDay(-3));
  const hours = page.getByLabel("Số giờ");
  await hours.fill("16");
  await expect(page.getByText("Ít hơn thời gian tối thiểu 24 giờ của huấn luyện lần đầu")).toBeVisible();
  await hours.fill("24");
  await expect(page.getByText("Ít hơn thời gian tối thiểu 24 giờ của huấn luyện lần đầu")).toHaveCount(0);
  await page.getByLabel("Địa điểm").fill("Hội trường KCN Quế Võ");
  await choose(page, "Xã/phường", /\(09265\)/, "09265");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { name: course, level: 1 })).toBeVisible();

  // The attendance template, filled in: two good rows for the steel works, one row without its card number.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải tệp mẫu danh sách (.xlsx)" }).click();
  const template = join(process.env.OSH_E2E_DATA_DIR ?? "/tmp", `mau-${suffix}.xlsx`);
  await (await downloading).saveAs(template);
  const good: Trainee[] = workers.map((name, i) => ({
    worker_name: name,
    birth_year: 1988 + i,
    citizen_id: `0270${String(Date.now()).slice(-6)}${i}${i}`.slice(0, 12),
    tax_code: steel.tax_code,
    occupation: "Vận hành cầu trục",
    result: "Đạt",
    document_number: numbers[i] ?? null,
  }));
  const other: Trainee = {
    worker_name: `Lê Văn Bình ${suffix}`,
    birth_year: 1992,
    tax_code: machining.tax_code,
    occupation: "Thợ hàn",
    result: "Đạt",
    document_number: null,
  };
  const broken = fillTemplate(template, [...good, other], `diem-danh-loi-${suffix}.xlsx`);
  const fixed = fillTemplate(template, [...good, { ...other, document_number: numbers[2] ?? null }], `diem-danh-${suffix}.xlsx`);

  const attendance = page.getByTestId("attendance-import");
  await attendance.locator("input[type=file]").setInputFiles(broken.path);
  await expect(attendance.getByText("1 lỗi cần sửa")).toBeVisible();
  const bad = attendance.getByTestId("attendance-errors").getByRole("row").filter({ hasText: "Số giấy chứng nhận/thẻ" });
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText("Cần số giấy chứng nhận hoặc thẻ an toàn");
  // The third trainee, below the template's header row.
  await expect(bad.getByRole("cell").first()).toHaveText(String(broken.header + 3));
  const confirm = attendance.getByRole("button", { name: "Nhập vào hệ thống" });
  await expect(confirm).toBeDisabled();

  // Fixed and uploaded again: the dry run is clean, then the import writes the three records.
  await attendance.getByRole("button", { name: "Chọn tệp khác" }).click();
  await attendance.locator("input[type=file]").setInputFiles(fixed.path);
  await expect(attendance.getByText("Tệp hợp lệ, không có lỗi.")).toBeVisible();
  await expect(attendance.getByTestId("attendance-preview")).toContainText("Sẽ thêm mới3");
  await confirm.click();
  await expect(attendance.getByText("Đã nhập danh sách học viên")).toBeVisible();
  await expect(attendance.getByTestId("attendance-result")).toContainText("Đã thêm mới3");
  const participants = page.getByTestId("course-participants");
  for (const name of [...workers, other.worker_name as string]) {
    await expect(participants.getByRole("row").filter({ hasText: String(name) })).toHaveCount(1);
  }

  // The steel works' training tab: two more valid group-3 safety cards, held by the two workers.
  await page.goto(`/enterprises/${steel.id}`);
  await expect(page.getByRole("heading", { name: steel.name, level: 1 })).toBeVisible();
  await page.getByRole("tab", { name: "Huấn luyện" }).click();
  const panel = page.getByTestId("compliance-panel");
  const groupThree = panel.getByTestId("compliance-groups").getByRole("row").filter({ hasText: "Nhóm 3" });
  await expect(groupThree.getByRole("cell").nth(1)).toHaveText(String(cardsBefore + 2));
  const records = panel.getByTestId("enterprise-training-records");
  for (const [i, name] of workers.entries()) {
    const row = records.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Thẻ an toàn");
    await expect(row).toContainText(numbers[i] ?? "");
    await expect(row).toContainText("Còn hiệu lực");
  }
  await expect(records.getByRole("row").filter({ hasText: other.worker_name as string })).toHaveCount(0);

  // A check of one of the new cards answers valid, with the holder's initials only.
  await menu(page, "Kiểm tra chứng chỉ");
  await choose(page, "Tổ chức cấp", provider, `kinh bac ${suffix}`);
  await page.getByLabel("Số chứng chỉ").fill(numbers[0] ?? "");
  await page.getByRole("button", { name: "Kiểm tra" }).click();
  const answer = page.getByTestId("verify-answer");
  await expect(answer).toHaveAttribute("data-status", "valid");
  await expect(answer).toContainText("Còn hiệu lực");
  await expect(answer).toContainText("N. V. Đ.");
  await expect(answer).toContainText("Nhóm 3");
  await expect(answer).not.toContainText(workers[0] ?? "");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("an officer checks a safety card in the field; too many checks are refused with the time to wait", async ({ page, request }) => {
    const suffix = uniqueSuffix();
    const officer = await apiToken(request, OFFICER);
    const classes = await classGroups(request, officer);
    const trainsThree = [...classes.entries()].find(([, groups]) => groups.includes(3));
    expect(trainsThree, "a class that trains group 3").toBeDefined();
    const provider = await createProvider(request, officer, `Trung tâm An toàn Lao động Thuận Thành ${suffix}`, `TT-${suffix.toUpperCase()}`, (trainsThree as [string, number[]])[0]);
    const steel = await demoEnterprise(request, officer, "Thép Hòa Phát");
    const number = `TT-${suffix}-17`;
    const created = await request.post("/api/v1/training-records", {
      headers: { Authorization: `Bearer ${officer}` },
      data: {
        worker_name: `Phạm Thị Mai ${suffix}`,
        birth_year: 1993,
        enterprise_id: steel.id,
        provider_id: provider.id,
        trainee_group: 3,
        hours: 24,
        document_number: number,
        issued_on: isoDay(-30),
      },
    });
    expect(created.status()).toBe(201);

    await login(page, FIELD_CHECKER);
    await page.getByRole("button", { name: "Mở menu" }).click();
    await menu(page, "Kiểm tra chứng chỉ");
    await expect(page.getByRole("heading", { name: "Kiểm tra chứng chỉ huấn luyện", level: 1 })).toBeVisible();
    // The menu drawer hands the focus back to its button once closed: wait for that before typing.
    await expect(page.locator(".ant-drawer-content-wrapper")).toBeHidden();
    await choose(page, "Tổ chức cấp", provider.name, `thuan thanh ${suffix}`);
    await page.getByLabel("Số chứng chỉ").fill(`  ${number} `);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const answer = page.getByTestId("verify-answer");
    await expect(answer).toHaveAttribute("data-status", "valid");
    await expect(answer).toContainText("P. T. M.");
    await expect(answer).toContainText("Thẻ an toàn");
    await expect(answer).toContainText("Nhóm 3");
    await expect(answer).toContainText(vnDay(-30));

    // A number the provider never issued.
    await page.getByLabel("Số chứng chỉ").fill(`${number}-X`);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    await expect(answer).toHaveAttribute("data-status", "unknown");
    await expect(answer).toContainText("Không tìm thấy");

    // The officer's checks run out: the next one says how long to wait and the button waits too.
    const token = await apiToken(request, FIELD_CHECKER);
    let refused = false;
    for (let i = 0; i < 60 && !refused; i += 1) {
      const response = await request.get("/api/v1/training-records/verify", {
        params: { provider: String(provider.id), number },
        headers: { Authorization: `Bearer ${token}` },
      });
      refused = response.status() === 429;
    }
    expect(refused, "the check is rate-limited").toBe(true);
    await page.getByRole("button", { name: "Kiểm tra" }).click();
    const limited = page.getByTestId("verify-limited");
    await expect(limited).toContainText("Bạn đã kiểm tra quá nhiều lần");
    await expect(limited).toContainText(/Hãy thử lại sau (\d+ phút )?\d+ giây\./);
    await expect(page.getByRole("button", { name: /Thử lại sau/ })).toBeDisabled();
    await expect(answer).toHaveCount(0);
  });
});

test("the expiring-soon list shows who needs periodic training, and exports it to Excel", async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const token = await apiToken(request, OFFICER);
  const classes = await classGroups(request, token);
  const trainsOne = [...classes.entries()].find(([, groups]) => groups.includes(1));
  expect(trainsOne, "a class that trains group 1").toBeDefined();
  const steel = await demoEnterprise(request, token, "Thép Hòa Phát");
  const providerResponse = await request.post("/api/v1/training-providers", {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      name: `Trung tâm Huấn luyện Từ Sơn ${suffix}`,
      license_number: `TS-${suffix.toUpperCase()}`,
      org_class: (trainsOne as [string, number[]])[0],
      license_issued_on: isoDay(-1000),
      license_expires_on: isoDay(700),
    },
  });
  expect(providerResponse.status()).toBe(201);
  const provider = (await providerResponse.json()) as { id: number; name: string };
  // A 24-month certificate issued 700 days ago ends within the next 60 days; one issued 100 days ago does not.
  const soon = `Đỗ Văn Hùng ${suffix}`;
  const later = `Vũ Thị Thu ${suffix}`;
  for (const [name, days] of [
    [soon, -700],
    [later, -100],
  ] as const) {
    const created = await request.post("/api/v1/training-records", {
      headers: { Authorization: `Bearer ${token}` },
      data: {
        worker_name: name,
        enterprise_id: steel.id,
        provider_id: provider.id,
        trainee_group: 1,
        hours: 16,
        document_number: `GCN-${suffix}-${-days}`,
        issued_on: isoDay(days),
      },
    });
    expect(created.status()).toBe(201);
  }

  await login(page, OFFICER);
  await menu(page, "Sắp hết hạn");
  await expect(page.getByRole("heading", { name: "Chứng chỉ sắp hết hạn", level: 1 })).toBeVisible();
  await choose(page, "Tổ chức huấn luyện", provider.name, `tu son ${suffix}`);
  const list = page.getByTestId("record-list");
  await expect(list.getByRole("row").filter({ hasText: soon })).toContainText("Sắp hết hạn");
  await expect(list.getByRole("row").filter({ hasText: later })).toHaveCount(0);
  await expect(page.getByTestId("pager-status")).toHaveText("Hiển thị 1–1 / 1");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất Excel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = join(process.env.OSH_E2E_DATA_DIR ?? "/tmp", `sap-het-han-${suffix}.xlsx`);
  await download.saveAs(file);
  expect(namesInWorkbook(file)).toEqual([soon]);
});
