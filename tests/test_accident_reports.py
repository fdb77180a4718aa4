"""The employer's report (Decree 39/2016 Annex XII) and the province's summary against the hand-counted
accidents of accident_fixture: the JSON figures, the workbooks opened back with openpyxl, scope and errors."""

import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from accident_fixture import MILLION, build
from conftest import COMMUNE_A, COMMUNE_B, World
from osh.app import create_app
from osh.core.settings import Settings
from osh.enterprises.models import Enterprise
from osh.reference import service as reference

EMPLOYER = "/api/v1/accidents/employer-report"
PROVINCE = "/api/v1/accidents/province-report"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FIELDS = (
    "accidents",
    "fatal_accidents",
    "multi_victim_accidents",
    "victims",
    "victims_not_managed",
    "female_victims",
    "female_victims_not_managed",
    "deaths",
    "deaths_not_managed",
    "serious_injuries",
    "serious_injuries_not_managed",
    "days_off",
    "medical_cost_vnd",
    "wages_during_treatment_vnd",
    "compensation_vnd",
    "property_damage_vnd",
)


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    return module_app


@pytest.fixture
def counted(client: TestClient, world: World, db: Session) -> World:
    build(client, world, db)
    return world


def figures(*values: int) -> dict[str, int]:
    """Figures in FIELDS order; the cost is medical + wages + compensation."""
    result = dict(zip(FIELDS, values, strict=True))
    result["cost_vnd"] = result["medical_cost_vnd"] + result["wages_during_treatment_vnd"] + result["compensation_vnd"]
    return result


ZERO = figures(*[0] * 16)
# Enterprise a1, first half of 2025: A1 and A10 (A7 is in July, A8 was deleted).
A1_H1 = figures(2, 1, 1, 4, 1, 2, 0, 1, 0, 1, 0, 42, 20 * MILLION, 7_900_600, 210_600_000, 10 * MILLION)
CONTRACT_H1 = figures(5, 2, 2, 9, 2, 3, 0, 3, 1, 3, 0, 151, 70_700_000, 29_300_600, 675_600_000, 60 * MILLION)
NON_CONTRACT_H1 = figures(2, 1, 1, 3, 0, 2, 0, 1, 0, 0, 0, 5, 2_600_000, 0, 0, 2 * MILLION)
ALL_H1 = figures(7, 3, 3, 12, 2, 5, 0, 4, 1, 3, 0, 156, 73_300_000, 29_300_600, 675_600_000, 62 * MILLION)


def rate(value: float | None, numerator: int, denominator: int) -> dict[str, Any]:
    return {"value": value, "numerator": numerator, "denominator": denominator}


def get(client: TestClient, world: World, url: str, who: str = "officer", **params: Any) -> Response:
    return client.get(url, params=params, headers=world.auth(who))


def employer(client: TestClient, world: World, enterprise: str, who: str = "officer", **params: Any) -> dict[str, Any]:
    answer = get(client, world, EMPLOYER, who, enterprise_id=world.ids[enterprise], **{"period": "2025-H1", **params})
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data


def lines(report: dict[str, Any], section: str) -> dict[str | None, dict[str, Any]]:
    """The lines of figures of a section, by code (headings left out)."""
    return {row["code"]: row for row in report["rows"] if row["section"] == section and row["figures"] is not None}


def codes(list_name: str) -> list[str]:
    return [str(item["code"]) for item in reference.load(list_name)["items"]]


# --- the employer's report -----------------------------------------------------------------------------------


def test_employer_report_figures(counted: World, client: TestClient) -> None:
    report = employer(client, counted, "a1")
    assert (report["period"], report["date_from"], report["date_to"]) == ("2025-H1", "2025-01-01", "2025-06-30")
    assert report["period_label"] == "6 tháng đầu năm 2025"
    assert report["header"] == {
        "enterprise_id": counted.ids["a1"],
        "reporting_unit": "Công ty Đồng Đức",
        "tax_code": "0100000001",
        "address": "Số 1",
        "admin_unit_code": COMMUNE_A,
        "commune": "Phường Kinh Bắc",
        "province": "Bắc Ninh",
        "legal_form": "llc_single_member",
        "legal_form_label": "Công ty TNHH một thành viên",
        "ownership": "domestic_private",
        "ownership_label": "Ngoài nhà nước",
        "vsic_code": "2592",
        "main_industry": "C - Công nghiệp chế biến, chế tạo",
        "employees_total": 120,
        "employees_female": 40,
    }
    assert report["total"] == A1_H1

    causes = lines(report, "cause")
    assert list(causes) == codes("accident_causes")  # every code, with zeros
    assert causes["1"]["figures"] == A1_H1
    assert causes["2"]["figures"] == ZERO  # only the deleted A8 had cause 2
    assert all(causes[code]["figures"] == ZERO for code in "2345678" + "9")
    assert causes["1"]["label"] == reference.label("accident_causes", "1", "vi")

    factors = lines(report, "injury_factor")
    assert list(factors) == codes("injury_factors")
    assert factors["4"]["figures"] == A1_H1
    assert factors["5"]["figures"] == ZERO
    assert (factors["3"]["level"], factors["3.1"]["level"]) == (2, 3)

    occupations = lines(report, "occupation")
    assert list(occupations) == ["72", "82"]
    assert occupations["72"]["figures"] == figures(
        1, 1, 1, 2, 1, 0, 0, 1, 0, 0, 0, 5, 6 * MILLION, 500_000, 200 * MILLION, 10 * MILLION
    )
    assert occupations["82"]["figures"] == figures(
        2, 1, 1, 2, 0, 2, 0, 0, 0, 1, 0, 37, 14 * MILLION, 7_400_600, 10_600_000, 10 * MILLION
    )

    headings = [(row["number"], row["label"]) for row in report["rows"] if row["figures"] is None]
    assert headings == [
        ("1.1", "Phân theo nguyên nhân xảy ra tai nạn lao động"),
        ("a", "Do người sử dụng lao động"),
        ("b", "Do người lao động"),
        ("c", "Khách quan khó tránh, nguyên nhân chưa kể đến"),
        ("1.2", "Phân theo yếu tố gây chấn thương"),
        ("1.3", "Phân theo nghề nghiệp của người bị nạn"),
    ]


def test_employer_report_splits_victims_not_under_management(counted: World, client: TestClient) -> None:
    report = employer(client, counted, "b1")
    a3 = figures(1, 1, 1, 3, 1, 0, 0, 2, 1, 1, 0, 60, 30 * MILLION, 12 * MILLION, 450 * MILLION, 50 * MILLION)
    assert report["total"] == a3
    factors = lines(report, "injury_factor")
    # A factor's line holds its sub-factors': A3's factor is 6.1.
    assert factors["6.1"]["figures"] == a3 and factors["6"]["figures"] == a3
    occupations = lines(report, "occupation")
    assert list(occupations) == ["71", None]
    assert occupations["71"]["figures"] == figures(
        1, 1, 1, 2, 1, 0, 0, 2, 1, 0, 0, 0, 0, 0, 450 * MILLION, 50 * MILLION
    )
    assert occupations[None]["label"] == "Chưa xác định"
    assert occupations[None]["figures"] == figures(
        1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 60, 30 * MILLION, 12 * MILLION, 0, 50 * MILLION
    )


def test_employer_report_periods(counted: World, client: TestClient) -> None:
    year = employer(client, counted, "a1", period="2025")
    assert (year["date_from"], year["date_to"], year["period_label"]) == ("2025-01-01", "2025-12-31", "Năm 2025")
    assert (year["total"]["accidents"], year["total"]["deaths"]) == (3, 2)  # A7 on 1 July local time joins
    second = employer(client, counted, "a1", period="2025-H2")
    assert (second["total"]["accidents"], second["total"]["compensation_vnd"]) == (1, 100 * MILLION)
    assert employer(client, counted, "a1", period="2024")["total"] == ZERO


def find_row(sheet: Worksheet, value: Any, column: int = 1) -> int:
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row=row, column=column).value == value:
            return row
    raise AssertionError(f"{value!r} not in column {column}")


def cells(sheet: Worksheet, row: int, first: int = 3) -> list[Any]:
    return [sheet.cell(row=row, column=column).value for column in range(first, sheet.max_column + 1)]


def merged(sheet: Worksheet) -> set[str]:
    return {str(cell_range) for cell_range in sheet.merged_cells.ranges}


def test_employer_workbook(counted: World, client: TestClient) -> None:
    answer = get(client, counted, EMPLOYER, enterprise_id=counted.ids["a1"], period="2025-H1", format="xlsx")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == XLSX
    assert answer.headers["content-disposition"] == 'attachment; filename="bao-cao-tnld-0100000001-2025-H1.xlsx"'
    sheet = load_workbook(io.BytesIO(answer.content)).active

    assert sheet["A5"].value == "BÁO CÁO TỔNG HỢP TÌNH HÌNH TAI NẠN LAO ĐỘNG"
    assert sheet["A6"].value == "6 tháng đầu năm 2025 (từ 01/01/2025 đến 30/06/2025)"
    assert "Phụ lục XII" in sheet.cell(row=3, column=9).value
    assert sheet.cell(row=find_row(sheet, "Mã số thuế"), column=2).value == "0100000001"
    assert sheet.cell(row=find_row(sheet, "Tên cơ sở báo cáo"), column=2).value == "Công ty Đồng Đức"
    assert sheet.cell(row=find_row(sheet, "Tổng số lao động"), column=2).value == 120
    assert sheet.cell(row=find_row(sheet, "Trong đó lao động nữ"), column=2).value == 40
    assert "nghìn đồng" in sheet.cell(row=find_row(sheet, "Đơn vị tính"), column=2).value

    top = find_row(sheet, "Tên chỉ tiêu thống kê")
    assert sheet.cell(row=top, column=3).value == "Số vụ tai nạn lao động"
    assert sheet.cell(row=top, column=6).value == "Số người bị nạn"
    assert sheet.cell(row=top + 1, column=6).value == "Tổng số"
    assert sheet.cell(row=top + 2, column=7).value == "Nạn nhân không thuộc quyền quản lý"
    assert sheet.cell(row=top, column=15).value == "Chi phí tính bằng tiền (1.000 đồng)"
    assert sheet.cell(row=top + 2, column=16).value == "Y tế"
    assert {
        f"A{top}:A{top + 2}",
        f"B{top}:B{top + 2}",
        f"C{top}:E{top}",
        f"C{top + 1}:C{top + 2}",
        f"F{top}:M{top}",
        f"F{top + 1}:G{top + 1}",
        f"L{top + 1}:M{top + 1}",
        f"N{top}:N{top + 2}",
        f"O{top}:R{top}",
        f"O{top + 1}:O{top + 2}",
        f"P{top + 1}:R{top + 1}",
        f"S{top}:S{top + 2}",
    } <= merged(sheet)
    assert cells(sheet, top + 3, 1) == ["A", "B", *range(1, 18)]

    # Money in thousand VND: wages 7,900,600 -> 7,901; the cost total adds the rounded parts.
    expected = [2, 1, 1, 4, 1, 2, 0, 1, 0, 1, 0, 42, 238_501, 20_000, 7_901, 210_600, 10_000]
    assert cells(sheet, top + 4) == expected
    assert sheet.cell(row=top + 4, column=1).value == "1. Tai nạn lao động"
    cause = find_row(sheet, f"- {reference.label('accident_causes', '1', 'vi')}")
    assert sheet.cell(row=cause, column=2).value == "1"
    assert cells(sheet, cause) == expected
    assert cells(sheet, cause + 1) == [0] * 17  # cause 2
    assert sheet.cell(row=find_row(sheet, "1.2. Phân theo yếu tố gây chấn thương"), column=3).value is None
    occupation = find_row(sheet, "72", column=2)
    assert cells(sheet, occupation) == [1, 1, 1, 2, 1, 0, 0, 1, 0, 0, 0, 5, 206_500, 6_000, 500, 200_000, 10_000]
    total = find_row(sheet, "Tổng số")
    assert cells(sheet, total) == expected
    assert sheet.cell(row=total + 2, column=1).value == "Người lập báo cáo"


def test_employer_workbook_in_english(counted: World, client: TestClient) -> None:
    answer = client.get(
        EMPLOYER,
        params={"enterprise_id": counted.ids["a1"], "period": "2025", "format": "xlsx"},
        headers={**counted.auth("officer"), "Accept-Language": "en"},
    )
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert sheet["A5"].value == "OCCUPATIONAL ACCIDENT REPORT"
    assert sheet.cell(row=find_row(sheet, "Tax code"), column=2).value == "0100000001"
    top = find_row(sheet, "Item")
    assert sheet.cell(row=top, column=3).value == "Accidents"
    assert cells(sheet, find_row(sheet, "1. Occupational accidents"))[:3] == [3, 2, 1]
    assert find_row(sheet, "- No safety device, or device not ensuring safety") > top


@pytest.mark.parametrize(
    ("who", "enterprise"),
    [("commune_a", "b1"), ("zone_a", "a1"), ("integrator_a", "b1"), ("enterprise_a", "za"), ("enterprise_a", "zb")],
)
def test_employer_report_outside_scope_is_not_found(
    counted: World, client: TestClient, who: str, enterprise: str
) -> None:
    for fmt in ("json", "xlsx"):
        answer = get(client, counted, EMPLOYER, who, enterprise_id=counted.ids[enterprise], period="2025", format=fmt)
        assert answer.status_code == 404, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")


def test_employer_report_of_missing_or_deleted_enterprise(counted: World, client: TestClient, db: Session) -> None:
    gone = db.query(Enterprise).filter(Enterprise.tax_code == "0100000006").one()
    assert get(client, counted, EMPLOYER, enterprise_id=gone.id, period="2025").status_code == 404
    assert get(client, counted, EMPLOYER, enterprise_id=999_999, period="2025").status_code == 404


def test_employer_report_counts_what_the_caller_sees(counted: World, client: TestClient) -> None:
    assert employer(client, counted, "a1", "enterprise_a")["total"] == A1_H1
    assert employer(client, counted, "za", "zone_a")["total"]["accidents"] == 1
    assert employer(client, counted, "za", "integrator_a")["total"]["accidents"] == 1
    assert employer(client, counted, "a1", "commune_a")["total"] == A1_H1


def assert_validation(answer: Response, field: str) -> None:
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert [error["field"] for error in answer.json()["errors"]] == [field]


def test_report_period_errors(counted: World, client: TestClient) -> None:
    a1 = counted.ids["a1"]
    assert_validation(get(client, counted, EMPLOYER, enterprise_id=a1, period="2025-H3"), "period")
    assert_validation(get(client, counted, EMPLOYER, enterprise_id=a1, period="0000"), "period")
    assert_validation(get(client, counted, EMPLOYER, enterprise_id=a1), "period")
    assert_validation(get(client, counted, EMPLOYER, enterprise_id=a1, period="2025", format="pdf"), "format")
    assert_validation(get(client, counted, PROVINCE, period="1999"), "period")
    assert_validation(get(client, counted, PROVINCE, period="25"), "period")


def test_reports_need_the_read_permission(counted: World, client: TestClient) -> None:
    assert get(client, counted, EMPLOYER, "health", enterprise_id=counted.ids["a1"], period="2025").status_code == 403
    assert get(client, counted, PROVINCE, "health", period="2025").status_code == 403
    assert client.get(PROVINCE, params={"period": "2025"}).status_code == 401


# --- the province's summary ----------------------------------------------------------------------------------


def province(client: TestClient, world: World, who: str = "officer", period: str = "2025-H1") -> dict[str, Any]:
    answer = get(client, world, PROVINCE, who, period=period, format="json")
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data


def split(contract: dict[str, int], non_contract: dict[str, int]) -> dict[str, Any]:
    total = {name: contract[name] + non_contract[name] for name in contract}
    return {"contract": contract, "non_contract": non_contract, "total": total}


def test_province_report_figures(counted: World, client: TestClient) -> None:
    report = province(client, counted)
    assert (report["province_code"], report["province"], report["scope"]) == ("24", "Bắc Ninh", "Toàn tỉnh")
    assert report["total"] == {"contract": CONTRACT_H1, "non_contract": NON_CONTRACT_H1, "total": ALL_H1}
    assert report["k"] == rate(15.91, 7, 440)
    assert report["k_fatal"] == rate(4.55, 2, 440)

    causes = lines(report, "cause")
    assert list(causes) == [*codes("accident_causes"), None]
    cause_1 = figures(3, 1, 1, 5, 1, 2, 0, 1, 0, 1, 0, 46, 20_700_000, 8_300_600, 210_600_000, 10 * MILLION)
    assert causes["1"]["figures"] == split(cause_1, ZERO)
    assert causes["9"]["figures"] == split(ZERO, figures(1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 3, 800_000, 0, 0, 0))
    assert causes[None]["figures"]["non_contract"]["accidents"] == 1  # A5 has no cause
    assert all(row["k"] is None for row in causes.values())

    factors = lines(report, "injury_factor")
    a6 = figures(1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 4, 700_000, 400_000, 0, 0)
    assert factors["3"]["figures"] == factors["3.1"]["figures"] == split(a6, ZERO)
    assert factors["14"]["figures"] == factors["14.1"]["figures"]
    assert factors["14"]["figures"]["non_contract"]["accidents"] == 1

    occupations = lines(report, "occupation")
    assert list(occupations) == ["71", "72", "81", "82", "92", "93", None]
    assert occupations["92"]["figures"]["contract"] == ZERO
    assert occupations["92"]["figures"]["non_contract"]["accidents"] == 2

    communes = lines(report, "commune")
    assert list(communes) == [COMMUNE_A, COMMUNE_B]
    assert communes[COMMUNE_A]["label"] == "Phường Kinh Bắc"
    assert communes[COMMUNE_A]["figures"]["contract"]["accidents"] == 4
    assert communes[COMMUNE_A]["figures"]["non_contract"]["accidents"] == 1
    assert communes[COMMUNE_B]["figures"]["total"]["victims"] == 3
    assert communes[COMMUNE_A]["k"] == rate(20.0, 4, 200)
    assert communes[COMMUNE_B]["k"] == rate(12.5, 3, 240)
    assert communes[COMMUNE_B]["k_fatal"] == rate(4.17, 1, 240)


def test_province_report_is_scoped(counted: World, client: TestClient) -> None:
    commune = province(client, counted, "commune_a")
    assert commune["scope"] == "Phường Kinh Bắc"
    assert commune["total"]["total"]["accidents"] == 5
    assert list(lines(commune, "commune")) == [COMMUNE_A]
    assert commune["k"] == rate(20.0, 4, 200)
    zone = province(client, counted, "zone_a")
    assert zone["scope"] == "Khu công nghiệp A"
    assert zone["total"]["total"]["accidents"] == 1 and zone["total"]["non_contract"] == ZERO
    own = province(client, counted, "enterprise_a")
    assert own["scope"] == "Công ty Đồng Đức"
    assert own["total"]["contract"] == A1_H1


def test_province_workbook(counted: World, client: TestClient) -> None:
    answer = get(client, counted, PROVINCE, period="2025-H1")  # a workbook unless asked for JSON
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == XLSX
    assert answer.headers["content-disposition"] == 'attachment; filename="tong-hop-tnld-2025-H1.xlsx"'
    book = load_workbook(io.BytesIO(answer.content))
    assert book.sheetnames == ["Tong hop", "Co HDLD", "Khong HDLD"]

    sheet = book["Tong hop"]
    assert sheet["A5"].value == "BÁO CÁO TỔNG HỢP TÌNH HÌNH TAI NẠN LAO ĐỘNG TRÊN ĐỊA BÀN"
    assert sheet.cell(row=find_row(sheet, "Phạm vi số liệu"), column=2).value == "Toàn tỉnh"
    top = find_row(sheet, "Tên chỉ tiêu thống kê")
    assert sheet.cell(row=top, column=16).value == "Tần suất tai nạn lao động (khu vực có quan hệ lao động)"
    assert sheet.cell(row=top + 1, column=18).value == "K (trên 1.000 lao động)"
    assert {f"A{top}:A{top + 1}", f"C{top}:E{top}", f"F{top}:I{top}", f"K{top}:N{top}", f"P{top}:T{top}"} <= merged(
        sheet
    )
    k_cells = [440, 7, 15.91, 2, 4.55]
    line_1 = [7, 3, 3, 12, 5, 4, 3, 156, 778_201, 73_300, 29_301, 675_600, 62_000, *k_cells]
    assert cells(sheet, top + 3) == line_1
    contract = find_row(sheet, "- Khu vực có quan hệ lao động")
    assert cells(sheet, contract) == [5, 2, 2, 9, 3, 3, 3, 151, 775_601, 70_700, 29_301, 675_600, 60_000, *k_cells]
    non_contract = find_row(sheet, "- Người lao động không theo hợp đồng lao động")
    assert cells(sheet, non_contract) == [2, 1, 1, 3, 2, 1, 0, 5, 2_600, 2_600, 0, 0, 2_000, *[None] * 5]
    commune_a = find_row(sheet, COMMUNE_A, column=2)
    assert sheet.cell(row=commune_a, column=1).value == "- Phường Kinh Bắc"
    assert cells(sheet, commune_a)[:1] + cells(sheet, commune_a)[-5:] == [5, 200, 4, 20, 1, 5]
    commune_b = find_row(sheet, COMMUNE_B, column=2)
    assert cells(sheet, commune_b)[-5:] == [240, 3, 12.5, 1, 4.17]
    factor_3 = find_row(sheet, "- Máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động")
    assert cells(sheet, factor_3)[:8] == [1, 0, 0, 1, 0, 0, 0, 4]
    assert cells(sheet, find_row(sheet, "Tổng số")) == line_1

    contract_sheet = book["Co HDLD"]
    top = find_row(contract_sheet, "Tên chỉ tiêu thống kê")
    assert cells(contract_sheet, top + 3) == [
        5,
        2,
        2,
        9,
        3,
        3,
        3,
        151,
        775_601,
        70_700,
        29_301,
        675_600,
        60_000,
        *k_cells,
    ]

    others = book["Khong HDLD"]
    assert others.max_column == 15  # no frequency rates without a worker count
    top = find_row(others, "Tên chỉ tiêu thống kê")
    assert cells(others, top + 3) == [2, 1, 1, 3, 2, 1, 0, 5, 2_600, 2_600, 0, 0, 2_000]
    cause_9 = find_row(others, "9", column=2)
    assert cells(others, cause_9)[:4] == [1, 0, 0, 1]
