import type { APIRequestContext, Page } from "@playwright/test";
import { COMMUNE_OFFICER, OFFICER, apiToken, expect, login, seriousViolations, test, uniqueSuffix } from "./fixtures";

const KINH_BAC = "09187"; // the demo commune officer's commune
const DAY = 86_400_000;

interface Rate {
  value: number | null;
  numerator: number;
  denominator: number | null;
}
interface Figures {
  accidents: number;
  deaths: number;
  victims: number;
  k: Rate | null;
  k_fatal: Rate | null;
}
interface Stats {
  rows: (Figures & { key: string | null; label: string })[];
  total: Figures;
}
interface Accident {
  id: number;
  code: string;
  overdue: boolean;
  investigation_deadline: string | null;
}

/** A date in Vietnam, as the server counts days. */
function vnDate(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(at);
}

function vi(value: number, digits = 0): string {
  return new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** This year to today and the same days of last year (the dashboard's default comparison). */
function periods(today: string) {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const lastDayLastYear = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    year,
    current: { date_from: `${year}-01-01`, date_to: today },
    previous: { date_from: `${year - 1}-01-01`, date_to: `${year - 1}-${pad(month)}-${pad(Math.min(day, lastDayLastYear))}` },
  };
}

async function stats(request: APIRequestContext, token: string, query: Record<string, string | number>): Promise<Stats> {
  const response = await request.get("/api/v1/accidents/stats", {
    headers: { Authorization: `Bearer ${token}` },
    params: query,
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Stats;
}

async function report(request: APIRequestContext, token: string, body: Record<string, unknown>): Promise<Accident> {
  const response = await request.post("/api/v1/accidents", {
    headers: { Authorization: `Bearer ${token}` },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Accident;
}

async function openDashboard(page: Page) {
  await page.getByRole("navigation", { name: "Menu chính" }).getByText("Tổng quan").click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Tổng quan tai nạn lao động", level: 1 })).toBeVisible();
}

test("the province officer's dashboard: figures as the statistics answer, twelve months, overdue investigations", async ({
  page,
  request,
}) => {
  const token = await apiToken(request, OFFICER);
  const enterprises = await request.get("/api/v1/enterprises", {
    headers: { Authorization: `Bearer ${token}` },
    params: { limit: 1, status: "active" },
  });
  const enterprise = ((await enterprises.json()) as { items: { id: number }[] }).items[0];
  expect(enterprise).toBeDefined();

  // A minor accident notified ten days ago: four days allowed, so six days overdue.
  const tenDaysAgo = new Date(Date.now() - 10 * DAY).toISOString();
  const overdue = await report(request, token, {
    sector: "contract",
    enterprise_id: enterprise?.id,
    occurred_at: tenDaysAgo,
    notified_at: tenDaysAgo,
    place: `Kho nguyên liệu ${uniqueSuffix()}`,
    description: "Trượt ngã khi bốc xếp hàng",
    cause_code: "3",
    victims: [{ full_name: "Nguyễn Văn Bình", sex: "male", severity: "minor", days_off: 3 }],
  });
  expect(overdue.overdue).toBe(true);
  // And a fatal one today, so that deaths and K-fatal have something to count.
  const now = new Date().toISOString();
  await report(request, token, {
    sector: "contract",
    enterprise_id: enterprise?.id,
    occurred_at: now,
    notified_at: now,
    place: `Dây chuyền ${uniqueSuffix()}`,
    description: "Bị cuốn vào băng tải",
    cause_code: "3",
    victims: [
      { full_name: "Trần Văn Cường", sex: "male", severity: "fatal" },
      { full_name: "Lê Thị Dung", sex: "female", severity: "serious" },
    ],
  });

  const today = vnDate(new Date());
  const { year, current, previous } = periods(today);
  const thisYear = await stats(request, token, { ...current, group_by: "month" });
  const sameDaysLastYear = await stats(request, token, { ...previous, group_by: "month" });
  expect(thisYear.total.accidents).toBeGreaterThanOrEqual(1);

  await login(page, OFFICER);
  await openDashboard(page);
  await expect(page.getByText(`so với cùng kỳ năm ${year - 1}`)).toBeVisible();

  // This year against last year, as the statistics endpoint counts them.
  await expect(page.getByTestId("dashboard-accidents-this-year")).toHaveText(String(thisYear.total.accidents));
  await expect(page.getByTestId("dashboard-deaths-this-year")).toHaveText(String(thisYear.total.deaths));
  await expect(page.getByTestId("dashboard-victims-this-year")).toHaveText(String(thisYear.total.victims));
  const k = thisYear.total.k;
  expect(k?.denominator).toBeTruthy();
  await expect(page.getByTestId("dashboard-k-this-year")).toHaveText(vi(k?.value ?? 0, 2));
  await expect(page.getByTestId("dashboard-k-this-year-ratio")).toHaveText(
    `${vi(k?.numerator ?? 0)} / ${vi(k?.denominator ?? 0)} lao động`,
  );
  await expect(page.getByTestId("dashboard-k-fatal-this-year")).toHaveText(vi(thisYear.total.k_fatal?.value ?? 0, 2));
  const accidentsCard = page.locator(".kpi-card").filter({ has: page.getByTestId("dashboard-accidents-this-year") });
  await expect(accidentsCard).toContainText(`Cùng kỳ ${year - 1}: ${vi(sameDaysLastYear.total.accidents)}`);
  const direction =
    thisYear.total.accidents > sameDaysLastYear.total.accidents ? "Tăng" : thisYear.total.accidents < sameDaysLastYear.total.accidents ? "Giảm" : "Không đổi";
  await expect(accidentsCard).toContainText(direction);

  // Twelve months, each with the month's figure from the same endpoint.
  const chart = page.getByTestId("month-chart");
  await expect(chart.locator("svg [data-month]")).toHaveCount(12);
  const table = chart.locator("table tbody tr");
  await expect(table).toHaveCount(12);
  const month = Number(today.slice(5, 7));
  const thisMonth = thisYear.rows.find((row) => row.key === today.slice(0, 7))?.accidents ?? 0;
  expect(thisMonth).toBeGreaterThanOrEqual(1);
  await expect(table.nth(month - 1).locator("td").first()).toHaveText(vi(thisMonth));
  await page.getByLabel("Chỉ tiêu của biểu đồ").getByText("Người chết").click();
  const deathsThisMonth = thisYear.rows.find((row) => row.key === today.slice(0, 7))?.deaths ?? 0;
  await expect(table.nth(month - 1).locator("td").first()).toHaveText(vi(deathsThisMonth));

  // Top causes, labelled as the statistics label them.
  const causes = await stats(request, token, { ...current, group_by: "cause" });
  const topCause = [...causes.rows].sort((a, b) => b.accidents - a.accidents)[0];
  await expect(page.getByTestId("dashboard-top-causes")).toContainText(topCause?.label ?? "?");
  await expect(page.getByTestId("dashboard-top-causes").locator("li")).toHaveCount(
    Math.min(5, causes.rows.filter((row) => row.accidents > 0).length),
  );

  // The overdue accident is listed with its days overdue and links to its page.
  const days = Math.round((Date.parse(today) - Date.parse(overdue.investigation_deadline ?? today)) / DAY);
  expect(days).toBe(6);
  const item = page.getByTestId("dashboard-overdue").locator("li").filter({ hasText: overdue.code });
  await expect(item).toContainText(`Quá hạn ${days} ngày`);
  await expect(item.getByRole("link", { name: overdue.code })).toHaveAttribute("href", `/accidents/${overdue.id}`);

  await expect(page.locator(".ant-skeleton")).toHaveCount(0);
  expect(await seriousViolations(page), "dashboard").toEqual([]);

  // A past year compares whole years.
  await page.getByLabel("Năm thống kê").click();
  await page.locator(".ant-select-dropdown .ant-select-item-option").filter({ hasText: `Năm ${year - 1}` }).click();
  await expect(page).toHaveURL(new RegExp(`year=${year - 1}`));
  await expect(page.getByText(`Cả năm ${year - 1}, so với cả năm ${year - 2}`)).toBeVisible();
  const wholeLastYear = await stats(request, token, { year: year - 1, group_by: "month" });
  await expect(page.getByTestId("dashboard-accidents-this-year")).toHaveText(String(wholeLastYear.total.accidents));
});

test("a commune officer's dashboard counts only the accidents of their commune", async ({ page, request }) => {
  const officer = await apiToken(request, OFFICER);
  const commune = await apiToken(request, COMMUNE_OFFICER);
  const now = new Date().toISOString();
  // One accident in the officer's commune, one elsewhere.
  await report(request, officer, {
    sector: "non_contract",
    admin_unit_code: KINH_BAC,
    occurred_at: now,
    notified_at: now,
    place: `Công trình nhà dân ${uniqueSuffix()}`,
    description: "Ngã từ giàn giáo",
    victims: [{ full_name: "Phạm Văn Hải", sex: "male", severity: "serious" }],
  });
  const enterprises = await request.get("/api/v1/enterprises", {
    headers: { Authorization: `Bearer ${officer}` },
    params: { limit: 100, status: "active" },
  });
  const elsewhere = ((await enterprises.json()) as { items: { id: number; admin_unit_code: string }[] }).items.find(
    (e) => e.admin_unit_code !== KINH_BAC,
  );
  expect(elsewhere).toBeDefined();
  await report(request, officer, {
    sector: "contract",
    enterprise_id: elsewhere?.id,
    occurred_at: now,
    notified_at: now,
    place: `Phân xưởng ${uniqueSuffix()}`,
    description: "Kẹp tay vào máy dập",
    victims: [{ full_name: "Đỗ Thị Mai", sex: "female", severity: "minor" }],
  });

  const { current } = periods(vnDate(new Date()));
  const mine = await stats(request, commune, { ...current, group_by: "month" });
  const province = await stats(request, officer, { ...current, group_by: "month" });
  // Counted another way: the province officer's accident list filtered on the commune.
  const listed = await request.get("/api/v1/accidents", {
    headers: { Authorization: `Bearer ${officer}` },
    params: { ...current, admin_unit: KINH_BAC, kind: "accident", limit: 1 },
  });
  const inCommune = ((await listed.json()) as { total: number }).total;
  expect(inCommune).toBeGreaterThanOrEqual(1);
  expect(mine.total.accidents).toBe(inCommune);
  expect(province.total.accidents).toBeGreaterThan(inCommune);

  await login(page, COMMUNE_OFFICER);
  await openDashboard(page);
  await expect(page.getByText("Số liệu chỉ gồm các vụ trong phạm vi quản lý của bạn.")).toBeVisible();
  await expect(page.getByTestId("dashboard-accidents-this-year")).toHaveText(String(inCommune));
  await expect(page.getByTestId("dashboard-victims-this-year")).toHaveText(String(mine.total.victims));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the dashboard fits the screen", async ({ page, request }) => {
    const token = await apiToken(request, OFFICER);
    const now = new Date().toISOString();
    await report(request, token, {
      sector: "non_contract",
      admin_unit_code: KINH_BAC,
      occurred_at: now,
      notified_at: now,
      place: `Ruộng lúa ${uniqueSuffix()}`,
      description: "Máy cày lật",
      victims: [{ full_name: "Vũ Văn Nam", sex: "male", severity: "minor" }],
    });
    await login(page, OFFICER);
    await page.goto("/dashboard");
    await expect(page.getByTestId("dashboard-accidents-this-year")).toBeVisible();
    await expect(page.getByTestId("month-chart").locator("svg [data-month]")).toHaveCount(12);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chartWidth = await page.getByTestId("month-chart").locator("svg").evaluate((svg) => svg.getBoundingClientRect().width);
    expect(chartWidth).toBeLessThanOrEqual(390);
  });
});
