"""Excel export, the import template and the importer, with workbooks written and read by openpyxl."""

import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, COMMUNE_OTHER_PROVINCE, World, make_enterprise, xlsx_path
from osh.app import create_app
from osh.audit.models import AuditEvent
from osh.core.settings import Settings
from osh.enterprises.excel import EXPORT_EXTRA, IMPORT_COLUMNS
from osh.enterprises.models import Enterprise

API = "/api/v1/enterprises"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TITLES = {c.key: c.vi for c in IMPORT_COLUMNS}
EN_TITLES = {c.key: c.en for c in IMPORT_COLUMNS}
BILLION = 1_000_000_000


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    """One app for the module; each test still gets its own lifespan and emptied database."""
    return module_app


def sheet_row(**values: Any) -> list[Any]:
    return [values.get(c.key) for c in IMPORT_COLUMNS]


def good(tax_code: str, name: str, **extra: Any) -> list[Any]:
    values: dict[str, Any] = {
        "tax_code": tax_code,
        "name": name,
        "legal_form": "joint_stock",
        "ownership": "domestic_private",
        "vsic_code": "2592",
        "admin_unit_code": COMMUNE_A,
        "address": "Số 3 đường Ngô Gia Tự",
        "employees_total": 120,
        "employees_female": 30,
        "employees_hazardous": 10,
        "status": "active",
    }
    values.update(extra)
    return sheet_row(**values)


def upload(
    client: TestClient,
    world: World,
    content: bytes | Path,
    who: str = "officer",
    filename: str = "doanh-nghiep.xlsx",
    media_type: str = XLSX,
    headers: dict[str, str] | None = None,
    **params: Any,
) -> Response:
    data = content.read_bytes() if isinstance(content, Path) else content
    return client.post(
        f"{API}/import",
        params={k: str(v).lower() for k, v in params.items()},
        files={"file": (filename, data, media_type)},
        headers={**world.auth(who), **(headers or {})},
    )


def report_of(answer: Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    report: dict[str, Any] = answer.json()
    return report


def assert_problem(answer: Response, status: int, kind: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem: dict[str, Any] = answer.json()
    assert problem["type"] == f"urn:osh:problem:{kind}"
    assert problem["status"] == status
    return problem


def enterprises(db: Session) -> dict[str, Enterprise]:
    db.rollback()
    return {e.tax_code: e for e in db.scalars(select(Enterprise))}


def audit_count(db: Session) -> int:
    db.rollback()
    return int(db.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def audit_rows(db: Session) -> list[AuditEvent]:
    db.rollback()
    return list(db.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def read_book(content: bytes) -> list[list[Any]]:
    book = load_workbook(io.BytesIO(content), read_only=True)
    sheet = book.worksheets[0]
    return [list(r) for r in sheet.iter_rows(values_only=True)]


# --- template and export ----------------------------------------------------------------------------------


def test_import_template(client: TestClient, world: World) -> None:
    answer = client.get(f"{API}/import-template", headers=world.auth("officer"))
    assert answer.status_code == 200
    assert answer.headers["content-type"] == XLSX
    assert "attachment" in answer.headers["content-disposition"]
    book = load_workbook(io.BytesIO(answer.content))
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header == [c.vi for c in IMPORT_COLUMNS]
    assert sheet.max_row == 1
    codes = book["Danh muc"]
    commune_codes = [row[0] for row in codes.iter_rows(min_row=2, values_only=True) if row[0]]
    zone_codes = [row[3] for row in codes.iter_rows(min_row=2, values_only=True) if row[3]]
    assert COMMUNE_A in commune_codes and COMMUNE_B in commune_codes
    assert COMMUNE_OTHER_PROVINCE not in commune_codes
    assert zone_codes == ["ZA", "ZB"]

    assert_problem(client.get(f"{API}/import-template", headers=world.auth("inspector")), 403, "forbidden")
    assert client.get(f"{API}/import-template").status_code == 401


def test_template_filled_in_imports(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    template = client.get(f"{API}/import-template", headers=world.auth("officer")).content
    book = load_workbook(io.BytesIO(template))
    book.worksheets[0].append(good("0700000001", "Công ty Mẫu"))
    path = tmp_path / "filled.xlsx"
    book.save(path)
    report = report_of(upload(client, world, path))
    assert (report["created"], report["errors"]) == (1, [])
    assert enterprises(db)["0700000001"].name == "Công ty Mẫu"


@pytest.fixture
def export_world(world: World, db: Session) -> dict[str, int]:
    ids = {name: world.ids[name] for name in ("a1", "za", "b1", "zb")}
    ids["soft"] = make_enterprise(db, "0300000001", "Phần mềm Kinh Bắc", COMMUNE_A, vsic_code="6201").id
    ids["gone"] = make_enterprise(db, "0300000002", "Đã xóa", COMMUNE_A).id
    db.get_one(Enterprise, ids["gone"]).deleted_at = db.get_one(Enterprise, ids["gone"]).created_at
    db.commit()
    return ids


def exported(client: TestClient, world: World, who: str = "officer", **params: Any) -> list[list[Any]]:
    answer = client.get(f"{API}/export", params={"format": "xlsx", **params}, headers=world.auth(who))
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == XLSX
    assert answer.headers["content-disposition"].startswith("attachment; filename=")
    return read_book(answer.content)


def test_export_header_and_rows(client: TestClient, world: World, export_world: dict[str, int]) -> None:
    rows = exported(client, world)
    columns = IMPORT_COLUMNS + EXPORT_EXTRA
    assert rows[0] == [c.vi for c in columns]
    position = {c.key: index for index, c in enumerate(columns)}
    body = rows[1:]
    by_tax = {r[position["tax_code"]]: r for r in body}
    assert sorted(by_tax) == ["0100000001", "0100000002", "0100000003", "0100000004", "0300000001"]
    assert len(body) == 5

    a1 = by_tax["0100000001"]
    assert a1[position["id"]] == export_world["a1"]
    assert a1[position["name"]] == "Công ty Đồng Đức"
    assert a1[position["admin_unit_code"]] == COMMUNE_A
    assert a1[position["legal_form"]] == "llc_single_member"
    assert a1[position["employees_total"]] == 50
    assert a1[position["size_class"]] == "small"
    assert a1[position["high_risk"]] == "Có"
    assert a1[position["vsic_section"]] == "C"
    assert a1[position["zone_code"]] is None
    assert by_tax["0100000002"][position["zone_code"]] == "ZA"
    assert by_tax["0300000001"][position["high_risk"]] == "Không"

    names = [r[position["name"]] for r in body]
    assert names[0] == "Công ty Bình Minh"
    assert names.index("Công ty Đồng Đức") < names.index("Công ty Hòa Phát Khu A")


def test_export_in_english(client: TestClient, world: World, export_world: dict[str, int]) -> None:
    answer = client.get(
        f"{API}/export", params={"high_risk": "false"}, headers={**world.auth("officer"), "Accept-Language": "en"}
    )
    assert answer.status_code == 200
    rows = read_book(answer.content)
    assert rows[0] == [c.en for c in IMPORT_COLUMNS + EXPORT_EXTRA]
    assert len(rows) == 2
    assert rows[1][0] == "0300000001"
    assert rows[1][len(IMPORT_COLUMNS) + 3] == "No"


EXPORT_CASES: list[tuple[str, dict[str, Any], set[str]]] = [
    ("officer", {"admin_unit": COMMUNE_A}, {"0100000001", "0100000002", "0300000001"}),
    ("officer", {"zone": ["ZA", "ZB"]}, {"0100000002", "0100000004"}),
    ("officer", {"high_risk": "true", "admin_unit": COMMUNE_B}, {"0100000003", "0100000004"}),
    ("officer", {"vsic_section": "J"}, {"0300000001"}),
    ("officer", {"q": "dong duc"}, {"0100000001"}),
    ("officer", {"status": "dissolved"}, set()),
    ("commune_a", {}, {"0100000001", "0100000002", "0300000001"}),
    ("commune_a", {"admin_unit": COMMUNE_B}, set()),
    ("commune_a", {"q": "cong ty"}, {"0100000001", "0100000002"}),
    ("zone_a", {}, {"0100000002"}),
    ("inspector", {"zone": "ZB"}, {"0100000004"}),
    ("viewer", {"size_class": "small", "vsic_section": "J"}, {"0300000001"}),
    ("viewer", {"size_class": "micro"}, set()),
]


def test_export_filters_and_scope(client: TestClient, world: World, export_world: dict[str, int]) -> None:
    got = {}
    for who, params, _ in EXPORT_CASES:
        rows = exported(client, world, who, **params)
        assert rows[0][0] == TITLES["tax_code"]
        got[(who, repr(params))] = sorted(r[0] for r in rows[1:])
    assert got == {(who, repr(params)): sorted(expected) for who, params, expected in EXPORT_CASES}


def test_export_refusals(client: TestClient, world: World) -> None:
    answer = client.get(f"{API}/export", params={"format": "csv"}, headers=world.auth("officer"))
    assert_problem(answer, 422, "validation_error")
    answer = client.get(f"{API}/export", params={"sort": "secret"}, headers=world.auth("officer"))
    assert_problem(answer, 422, "validation_error")
    assert_problem(client.get(f"{API}/export", headers=world.auth("health")), 403, "forbidden")
    assert_problem(client.get(f"{API}/export", headers=world.auth("enterprise_a")), 403, "forbidden")


def test_export_sort(client: TestClient, world: World, export_world: dict[str, int]) -> None:
    rows = exported(client, world, sort="-tax_code")
    assert [r[0] for r in rows[1:]] == ["0300000001", "0100000004", "0100000003", "0100000002", "0100000001"]


# --- import -----------------------------------------------------------------------------------------------


def test_import_creates_rows_with_audit(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    path = xlsx_path(
        tmp_path,
        [
            good("0700000001", "Công ty Cơ khí Yên Phong", zone_code="ZA"),
            good(
                "0700000002",
                "Hợp tác xã Gốm Phù Lãng",
                legal_form="Hợp tác xã",
                ownership="Kinh tế tập thể",
                vsic_code="2393",
                admin_unit_code=COMMUNE_B,
                employees_total=8,
                employees_female=5,
                employees_hazardous=0,
                annual_revenue_vnd=2 * BILLION,
                high_risk_override="Không",
                high_risk_reason="Làm thủ công, lò điện nhỏ",
                founded_on=date(2015, 3, 8),
                email="HTX@Gom.vn",
                phone="0222 3838 123",
                status="Đang hoạt động",
            ),
        ],
    )
    report = report_of(upload(client, world, path))
    assert report == {
        "dry_run": False,
        "rows": 2,
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
        "written": True,
        "errors": [],
    }
    stored = enterprises(db)
    first, second = stored["0700000001"], stored["0700000002"]
    assert (first.name, first.zone_code, first.employees_total, first.size_class, first.high_risk) == (
        "Công ty Cơ khí Yên Phong",
        "ZA",
        120,
        "medium",
        True,
    )
    assert (second.legal_form, second.ownership, second.admin_unit_code, second.status) == (
        "cooperative",
        "collective",
        COMMUNE_B,
        "active",
    )
    assert (second.high_risk, second.high_risk_override, second.high_risk_reason) == (
        False,
        False,
        "Làm thủ công, lò điện nhỏ",
    )
    assert (second.size_class, second.founded_on, second.email, second.phone) == (
        "micro",
        date(2015, 3, 8),
        "htx@gom.vn",
        "0222 3838 123",
    )

    events = audit_rows(db)
    assert [(e.action, e.entity, e.entity_id) for e in events] == [
        ("create", "enterprise", str(first.id)),
        ("create", "enterprise", str(second.id)),
    ]
    assert all(e.actor_id == world.ids["user_officer"] and e.actor_label == "officer@test.vn" for e in events)
    assert events[0].after is not None and events[0].after["tax_code"] == "0700000001"


def test_importing_the_same_file_again_changes_nothing(
    client: TestClient, world: World, db: Session, tmp_path: Path
) -> None:
    path = xlsx_path(tmp_path, [good("0700000001", "Một"), good("0700000002", "Hai", founded_on="2001-02-03")])
    assert report_of(upload(client, world, path))["created"] == 2
    versions = {k: (e.version, e.updated_at) for k, e in enterprises(db).items()}
    events = audit_count(db)

    again = report_of(upload(client, world, path))
    assert (again["created"], again["updated"], again["unchanged"], again["written"]) == (0, 0, 2, False)
    assert again["errors"] == []
    assert audit_count(db) == events
    assert {k: (e.version, e.updated_at) for k, e in enterprises(db).items()} == versions


def test_bad_rows_are_all_reported_and_nothing_is_written(
    client: TestClient, world: World, db: Session, tmp_path: Path
) -> None:
    rows = [
        good("0700000001", "Tốt một"),
        good("0700000002", "Sai kiểu số", employees_total="abc"),
        good("0700000003", "Xã không có", admin_unit_code="99999"),
        good("0700000004", "Xã tỉnh khác", admin_unit_code=COMMUNE_OTHER_PROVINCE),
        good("12345", "Mã số thuế sai"),
        good("0700000001", "Trùng mã số thuế"),
        good("0700000005", "Nữ quá tổng", employees_total=5, employees_female=6, employees_hazardous=0),
        good("0700000006", "Khu lạ", zone_code="KHONGCO"),
        good("0700000007", "Loại hình lạ", legal_form="tập đoàn"),
        good("0700000008", "Thiếu địa chỉ", address=None),
        good("0700000009", "Tốt hai"),
    ]
    before = enterprises(db)
    events = audit_count(db)
    report = report_of(upload(client, world, xlsx_path(tmp_path, rows)))

    assert (report["rows"], report["created"], report["updated"], report["written"]) == (11, 0, 0, False)
    found = sorted((e["row"], e["column"], e["field"], e["code"]) for e in report["errors"])
    assert found == [
        (3, TITLES["employees_total"], "employees_total", "field_not_int"),
        (4, TITLES["admin_unit_code"], "admin_unit_code", "admin_unit_unknown"),
        (5, TITLES["admin_unit_code"], "admin_unit_code", "admin_unit_unknown"),
        (6, TITLES["tax_code"], "tax_code", "tax_code_format"),
        (7, TITLES["tax_code"], "tax_code", "import_duplicate_in_file"),
        (8, TITLES["employees_female"], "employees_female", "employees_female_over_total"),
        (9, TITLES["zone_code"], "zone_code", "zone_unknown"),
        (10, TITLES["legal_form"], "legal_form", "enum"),
        (11, TITLES["address"], "address", "missing"),
    ]
    assert all(e["message"] for e in report["errors"])
    duplicate = next(e for e in report["errors"] if e["code"] == "import_duplicate_in_file")
    assert "2" in duplicate["message"]

    assert enterprises(db).keys() == before.keys()
    assert audit_count(db) == events


def test_error_columns_in_english(client: TestClient, world: World, tmp_path: Path) -> None:
    path = xlsx_path(tmp_path, [good("0700000001", "X", employees_total="abc", admin_unit_code="99999")])
    answer = upload(client, world, path, headers={"Accept-Language": "en"})
    errors = sorted((e["row"], e["column"], e["code"]) for e in report_of(answer)["errors"])
    assert errors == [(2, "Employees", "field_not_int")]
    path = xlsx_path(tmp_path, [good("0700000001", "X", admin_unit_code="99999")])
    errors = report_of(upload(client, world, path, headers={"Accept-Language": "en"}))["errors"]
    assert [(e["row"], e["column"], e["message"]) for e in errors] == [
        (2, "Commune code", "No such commune or ward in the province")
    ]


def test_skip_invalid_writes_only_good_rows(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    rows = [
        good("0700000001", "Tốt một"),
        good("0700000002", "Sai kiểu số", employees_total="abc"),
        good("12345", "Mã số thuế sai"),
        good("0700000001", "Trùng mã số thuế"),
        good("0700000009", "Tốt hai", employees_total=3, employees_female=0, employees_hazardous=0),
    ]
    report = report_of(upload(client, world, xlsx_path(tmp_path, rows), skip_invalid=True))
    assert (report["created"], report["skipped"], report["written"]) == (2, 3, True)
    assert sorted(e["row"] for e in report["errors"]) == [3, 4, 5]
    stored = enterprises(db)
    assert "0700000002" not in stored
    assert stored["0700000001"].name == "Tốt một"
    assert stored["0700000009"].size_class == "micro"
    assert [e.action for e in audit_rows(db)] == ["create", "create"]


def test_dry_run_writes_nothing(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    rows = [
        good("0700000001", "Mới một"),
        good("0700000002", "Mới hai"),
        good("0100000001", "Công ty Đồng Đức đổi tên"),
        good(
            "0100000003",
            "Công ty Bình Minh",
            admin_unit_code=COMMUNE_B,
            legal_form="llc_single_member",
            address="Số 1",
            employees_total=50,
            employees_female=10,
            employees_hazardous=5,
        ),
    ]
    report = report_of(upload(client, world, xlsx_path(tmp_path, rows), dry_run=True))
    assert report == {
        "dry_run": True,
        "rows": 4,
        "created": 2,
        "updated": 1,
        "unchanged": 1,
        "skipped": 0,
        "written": False,
        "errors": [],
    }
    stored = enterprises(db)
    assert sorted(stored) == ["0100000001", "0100000002", "0100000003", "0100000004"]
    assert (stored["0100000001"].name, stored["0100000001"].version) == ("Công ty Đồng Đức", 1)
    assert audit_count(db) == 0

    bad = report_of(upload(client, world, xlsx_path(tmp_path, [*rows, good("1", "Sai")]), dry_run=True))
    assert (bad["created"], bad["written"], [e["row"] for e in bad["errors"]]) == (0, False, [6])


def test_numbers_typed_for_codes_keep_leading_zeros(
    client: TestClient, world: World, db: Session, tmp_path: Path
) -> None:
    rows = [
        good(700000001, "Mã số thuế kiểu số", admin_unit_code=9187, vsic_code=2592, phone=912345678),
        good(700000002.0, "Mã số thuế kiểu số thực", admin_unit_code=int(COMMUNE_B), vsic_code=4101),
    ]
    report = report_of(upload(client, world, xlsx_path(tmp_path, rows)))
    assert (report["created"], report["errors"]) == (2, [])
    stored = enterprises(db)
    assert stored["0700000001"].admin_unit_code == COMMUNE_A
    assert stored["0700000001"].vsic_code == "2592"
    assert stored["0700000001"].phone == "912345678"
    assert stored["0700000002"].admin_unit_code == COMMUNE_B
    assert stored["0700000002"].high_risk is True


def test_update_by_tax_code(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    row = good(
        "0100000001",
        "Công ty TNHH Đồng Đức",
        legal_form="llc_single_member",
        employees_total=250,
        employees_female=100,
        employees_hazardous=20,
        annual_revenue_vnd=500 * BILLION,
    )
    report = report_of(upload(client, world, xlsx_path(tmp_path, [row])))
    assert (report["created"], report["updated"], report["unchanged"], report["written"]) == (0, 1, 0, True)
    a1 = enterprises(db)["0100000001"]
    assert a1.id == world.ids["a1"]
    assert (a1.name, a1.employees_total, a1.size_class, a1.version) == ("Công ty TNHH Đồng Đức", 250, "large", 2)
    assert a1.address == "Số 3 đường Ngô Gia Tự"
    events = audit_rows(db)
    assert len(events) == 1
    assert (events[0].action, events[0].entity_id) == ("update", str(world.ids["a1"]))
    assert events[0].before is not None and events[0].after is not None
    assert (events[0].before["name"], events[0].after["name"]) == ("Công ty Đồng Đức", "Công ty TNHH Đồng Đức")
    assert (events[0].before["size_class"], events[0].after["size_class"]) == ("small", "large")
    assert "tax_code" not in events[0].after


def test_partial_columns_update_only_those(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    keys = ["tax_code", "name", "legal_form", "vsic_code", "admin_unit_code", "address", "employees_total"]
    header = [TITLES[k] for k in keys]
    path = xlsx_path(
        tmp_path, [["0100000001", "Công ty Đồng Đức", "llc_single_member", "2592", COMMUNE_A, "Số 1", 60]], header
    )
    report = report_of(upload(client, world, path))
    assert (report["updated"], report["errors"]) == (1, [])
    a1 = enterprises(db)["0100000001"]
    assert (a1.employees_total, a1.employees_female, a1.employees_hazardous) == (60, 10, 5)
    events = audit_rows(db)
    assert [(e.before, e.after) for e in events] == [({"employees_total": 50}, {"employees_total": 60})]


def test_blank_cells_keep_fields_that_cannot_be_empty(
    client: TestClient, world: World, db: Session, tmp_path: Path
) -> None:
    """On an update, an empty cell of a field that always has a value (status, ownership, headcounts) keeps
    the current value; an empty cell of an optional field clears it."""
    b1 = enterprises(db)["0100000003"]
    b1.status, b1.ownership, b1.osh_officer_name = "dissolved", "state", "Nguyễn Văn An"
    db.commit()
    db.expire_all()  # read back what the API wrote, not this session's copy
    keys = [
        "tax_code",
        "name",
        "legal_form",
        "vsic_code",
        "admin_unit_code",
        "address",
        "status",
        "ownership",
        "employees_total",
        "osh_officer_name",
    ]
    row = ["0100000003", "Công ty Bình Minh", "llc_single_member", "2592", COMMUNE_B, "Số 1", None, None, None, None]
    report = report_of(upload(client, world, xlsx_path(tmp_path, [row], [TITLES[k] for k in keys])))
    assert (report["updated"], report["errors"]) == (1, [])
    b1 = enterprises(db)["0100000003"]
    assert (b1.status, b1.ownership, b1.employees_total) == ("dissolved", "state", 50)
    assert b1.osh_officer_name is None


def test_import_respects_scope(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    rows = [
        good("0700000001", "Của xã A"),
        good("0100000003", "Công ty Bình Minh", admin_unit_code=COMMUNE_B),
        good("0100000004", "Công ty Khu B chuyển sang A"),
        good("0700000002", "Mới ở xã B", admin_unit_code=COMMUNE_B),
    ]
    report = report_of(upload(client, world, xlsx_path(tmp_path, rows), who="commune_a"))
    found = sorted((e["row"], e["field"], e["code"]) for e in report["errors"])
    assert found == [
        (3, "tax_code", "import_not_allowed"),
        (4, "tax_code", "import_not_allowed"),
        (5, "admin_unit_code", "out_of_scope_detail"),
    ]
    assert (report["created"], report["written"]) == (0, False)
    stored = enterprises(db)
    assert "0700000001" not in stored and "0700000002" not in stored
    assert stored["0100000003"].name == "Công ty Bình Minh" and stored["0100000004"].admin_unit_code == COMMUNE_B
    assert audit_count(db) == 0

    skipped = report_of(upload(client, world, xlsx_path(tmp_path, rows), who="commune_a", skip_invalid=True))
    assert (skipped["created"], skipped["skipped"]) == (1, 3)
    stored = enterprises(db)
    assert stored["0700000001"].admin_unit_code == COMMUNE_A
    assert stored["0100000004"].admin_unit_code == COMMUNE_B and stored["0100000004"].version == 1


def test_zone_board_import_names_the_zone(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    rows = [
        good("0700000011", "Mới trong KCN A", zone_code="ZA"),
        good("0700000012", "Mới trong KCN B", admin_unit_code=COMMUNE_B, zone_code="ZB"),
        good("0700000013", "Mới ngoài KCN"),
    ]
    report = report_of(upload(client, world, xlsx_path(tmp_path, rows), who="zone_a"))
    found = sorted((e["row"], e["field"], e["code"]) for e in report["errors"])
    assert found == [(3, "zone_code", "out_of_scope_detail"), (4, "zone_code", "out_of_scope_detail")]
    assert report["written"] is False and "0700000011" not in enterprises(db)


def test_import_permissions(client: TestClient, world: World, tmp_path: Path) -> None:
    path = xlsx_path(tmp_path, [good("0700000001", "X")])
    for who in ("inspector", "viewer", "health", "enterprise_a"):
        assert_problem(upload(client, world, path, who=who), 403, "forbidden")
    answer = client.post(f"{API}/import", files={"file": ("x.xlsx", path.read_bytes(), XLSX)})
    assert answer.status_code == 401


def test_not_excel_is_415(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("hello.txt", "not a workbook")
    cases = [
        ("note.txt", b"Ma so thue;Ten\n0700000001;X\n", "text/plain"),
        ("anh.xlsx", png, XLSX),
        ("archive.xlsx", archive.getvalue(), XLSX),
        ("empty.xlsx", b"", XLSX),
        ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 40, XLSX),
    ]
    for filename, content, media_type in cases:
        answer = upload(client, world, content, filename=filename, media_type=media_type)
        problem = assert_problem(answer, 415, "unsupported_media")
        assert problem["detail"], filename
    assert len(enterprises(db)) == 4
    assert audit_count(db) == 0


def test_upload_without_file(client: TestClient, world: World) -> None:
    answer = client.post(f"{API}/import", headers=world.auth("officer"))
    problem = assert_problem(answer, 422, "validation_error")
    assert [e["field"] for e in problem["errors"]] == ["file"]


def test_empty_sheets_are_422(client: TestClient, world: World, tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    assert_problem(upload(client, world, empty), 422, "validation_error")

    header_only = xlsx_path(tmp_path, [])
    problem = assert_problem(upload(client, world, header_only), 422, "validation_error")
    assert problem["detail"] == "Tệp không có dòng dữ liệu"

    blank_rows = xlsx_path(tmp_path, [[None] * len(IMPORT_COLUMNS), ["", " "]])
    assert_problem(upload(client, world, blank_rows), 422, "validation_error")


def test_missing_required_column_is_named(client: TestClient, world: World, tmp_path: Path) -> None:
    header = [c.vi for c in IMPORT_COLUMNS if c.key != "tax_code"]
    path = xlsx_path(tmp_path, [["Tên"] * len(header)], header)
    problem = assert_problem(upload(client, world, path), 422, "validation_error")
    assert "Mã số thuế" in problem["detail"]
    assert "Tên doanh nghiệp" not in problem["detail"]

    header = [c.vi for c in IMPORT_COLUMNS if c.key not in ("address", "vsic_code")]
    path = xlsx_path(tmp_path, [["x"] * len(header)], header)
    problem = assert_problem(upload(client, world, path), 422, "validation_error")
    assert "Địa chỉ" in problem["detail"] and "Mã ngành VSIC" in problem["detail"]


def test_header_by_english_title_or_key(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    english = xlsx_path(
        tmp_path, [good("0700000001", "Theo tiêu đề tiếng Anh")], [c.en.upper() for c in IMPORT_COLUMNS]
    )
    assert report_of(upload(client, world, english))["created"] == 1
    keys = xlsx_path(tmp_path, [good("0700000002", "Theo khóa")], [c.key for c in IMPORT_COLUMNS])
    assert report_of(upload(client, world, keys))["created"] == 1
    plain = xlsx_path(tmp_path, [good("0700000003", "Không dấu")], [f" {c.vi.upper()} " for c in IMPORT_COLUMNS])
    assert report_of(upload(client, world, plain))["created"] == 1
    assert {"0700000001", "0700000002", "0700000003"} <= enterprises(db).keys()


def test_row_numbers_count_blank_rows(client: TestClient, world: World, tmp_path: Path) -> None:
    rows = [good("0700000001", "Một"), [None] * len(IMPORT_COLUMNS), good("0700000002", "Hai", vsic_code="04")]
    report = report_of(upload(client, world, xlsx_path(tmp_path, rows)))
    assert (report["rows"], [(e["row"], e["field"]) for e in report["errors"]]) == (2, [(4, "vsic_code")])


def test_import_idempotency_key(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    path = xlsx_path(tmp_path, [good("0700000001", "Một")])
    headers = {"Idempotency-Key": "import-1"}
    first = upload(client, world, path, headers=headers)
    second = upload(client, world, path, headers=headers)
    assert report_of(first)["created"] == 1
    assert second.json() == first.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert audit_count(db) == 1
    other = upload(client, world, xlsx_path(tmp_path, [good("0700000002", "Hai")]), headers=headers)
    assert_problem(other, 422, "idempotency_mismatch")


def test_export_then_import_changes_nothing(client: TestClient, world: World, db: Session, tmp_path: Path) -> None:
    make_enterprise(
        db,
        "0300000001-001",
        "Chi nhánh Công ty Dệt May",
        COMMUNE_B,
        "ZB",
        legal_form="branch",
        ownership="foreign_invested",
        vsic_code="1410",
        employees_total=900,
        employees_female=700,
        employees_hazardous=40,
        annual_revenue_vnd=1_234_567_890_123,
        total_capital_vnd=98_765_432_100,
        high_risk_override=False,
        high_risk_reason="Đã tự động hóa khâu nguy hiểm",
        osh_officer_name="Trần Thị Hoa",
        osh_officer_phone="+84 912 345 678",
        osh_officer_email="hoa@detmay.vn",
        phone="(0222) 3.838.123",
        email="lienhe@detmay.vn",
        founded_on=date(2009, 12, 31),
        status="suspended",
    )
    make_enterprise(
        db,
        "0300000002",
        "Hộ kinh doanh Bánh Phu Thê",
        COMMUNE_A,
        legal_form="household_business",
        vsic_code="1071",
        employees_total=0,
        employees_female=0,
        employees_hazardous=0,
        status="dissolved",
    )
    db.commit()
    before = {k: (e.version, e.updated_at) for k, e in enterprises(db).items()}

    answer = client.get(f"{API}/export", headers=world.auth("officer"))
    assert answer.status_code == 200
    path = tmp_path / "export.xlsx"
    path.write_bytes(answer.content)
    report = report_of(upload(client, world, path))
    assert report == {
        "dry_run": False,
        "rows": 6,
        "created": 0,
        "updated": 0,
        "unchanged": 6,
        "skipped": 0,
        "written": False,
        "errors": [],
    }
    assert {k: (e.version, e.updated_at) for k, e in enterprises(db).items()} == before
    assert audit_count(db) == 0

    english = client.get(f"{API}/export", headers={**world.auth("officer"), "Accept-Language": "en"})
    path.write_bytes(english.content)
    report = report_of(upload(client, world, path))
    assert (report["unchanged"], report["errors"]) == (6, [])
    assert audit_count(db) == 0
