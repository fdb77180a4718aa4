"""A course's attendance list: the template laid out for the course, the import (every bad row reported, nothing
written from a file with errors, re-imports idempotent) and the export of the records list, with workbooks
written and read by openpyxl."""

import asyncio
import io
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, World, xlsx_path
from osh.app import create_app
from osh.audit.models import AuditEvent
from osh.auth.permissions import Role
from osh.auth.principal import Principal
from osh.auth.scope import CommunesScope
from osh.core.calendar import today
from osh.core.database import make_engine, make_sessionmaker
from osh.core.settings import Settings
from osh.training import importer, rules
from osh.training.excel import ATTENDANCE_COLUMNS, RECORD_EXPORT_COLUMNS
from osh.training.models import TrainingCourse, TrainingRecord

API = "/api/v1"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TITLES = {c.key: c.vi for c in ATTENDANCE_COLUMNS}
EN_TITLES = {c.key: c.en for c in ATTENDANCE_COLUMNS}
HEADER = [c.vi for c in ATTENDANCE_COLUMNS]
TODAY = today()
COURSE_END = TODAY - timedelta(days=10)
COURSE_START = COURSE_END - timedelta(days=2)
LICENCE = "15/2023/GCN-HLATVSLĐ"


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    """One app for the module; each test still gets its own lifespan and emptied database."""
    return module_app


def created(answer: Response) -> dict[str, Any]:
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def make_provider(client: TestClient, world: World, **extra: Any) -> dict[str, Any]:
    body = {
        "name": "Trung tâm Huấn luyện An toàn Kinh Bắc",
        "license_number": LICENCE,
        "org_class": "C",
        "license_issued_on": date(TODAY.year - 3, 1, 15).isoformat(),
        "license_expires_on": date(TODAY.year + 2, 1, 14).isoformat(),
        "admin_unit_code": COMMUNE_A,
        **extra,
    }
    return created(client.post(f"{API}/training-providers", json=body, headers=world.auth("officer")))


def make_course(client: TestClient, world: World, provider_id: int, **extra: Any) -> dict[str, Any]:
    body = {
        "provider_id": provider_id,
        "title": "Huấn luyện nhóm 3 đợt 1",
        "trainee_group": 3,
        "kind": "first",
        "start_on": COURSE_START.isoformat(),
        "end_on": COURSE_END.isoformat(),
        "hours": 24,
        "place": "Hội trường phường Kinh Bắc",
        "admin_unit_code": COMMUNE_A,
        **extra,
    }
    return created(client.post(f"{API}/training-courses", json=body, headers=world.auth("officer")))


@pytest.fixture
def course(client: TestClient, world: World) -> dict[str, Any]:
    provider = make_provider(client, world)
    return make_course(client, world, provider["id"])


def trainee(name: str | None, **values: Any) -> list[Any]:
    values["worker_name"] = name
    return [values.get(c.key) for c in ATTENDANCE_COLUMNS]


def good_rows() -> list[list[Any]]:
    return [
        trainee(
            "Nguyễn Văn An",
            row_no=1,
            birth_year=1990,
            citizen_id="001090000001",
            tax_code="0100000001",
            occupation="Thợ hàn",
            result="Đạt",
            document_number="THE-001",
            notes="Hàn điện",
        ),
        trainee(
            "Trần Thị Bình",
            row_no=2,
            birth_year=1985,
            tax_code="0100000002",
            hours=30,
            result="Đạt",
            document_number="THE-002",
            issued_on=COURSE_END - timedelta(days=1),
        ),
        trainee("Lê Văn Cường", row_no=3, birth_year=1992, citizen_id="001092000003", result="Không đạt"),
    ]


def sheet(tmp_path: Path, rows: list[list[Any]], header: list[str] | None = None) -> Path:
    return xlsx_path(tmp_path, rows, header or HEADER)


def upload(
    client: TestClient,
    world: World,
    course_id: int,
    content: bytes | Path,
    who: str = "officer",
    filename: str = "danh-sach.xlsx",
    media_type: str = XLSX,
    headers: dict[str, str] | None = None,
    **params: Any,
) -> Response:
    data = content.read_bytes() if isinstance(content, Path) else content
    return client.post(
        f"{API}/training-courses/{course_id}/attendance-import",
        params={k: str(v).lower() for k, v in params.items()},
        files={"file": (filename, data, media_type)},
        headers={**world.auth(who), **(headers or {})},
    )


def report_of(answer: Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    report: dict[str, Any] = answer.json()
    return report


def counts(report: dict[str, Any]) -> tuple[int, int, int, bool]:
    return report["created"], report["updated"], report["unchanged"], report["written"]


def assert_problem(answer: Response, status: int, kind: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem: dict[str, Any] = answer.json()
    assert (problem["type"], problem["status"]) == (f"urn:osh:problem:{kind}", status)
    return problem


def records(db: Session) -> dict[str, TrainingRecord]:
    db.rollback()
    return {r.worker_name: r for r in db.scalars(select(TrainingRecord).where(TrainingRecord.deleted_at.is_(None)))}


def record_count(db: Session) -> int:
    db.rollback()
    return int(db.scalar(select(func.count()).select_from(TrainingRecord)) or 0)


def audit_rows(db: Session, entity: str = "training_record") -> list[AuditEvent]:
    db.rollback()
    return list(db.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)))


def book_rows(content: bytes) -> list[list[Any]]:
    book = load_workbook(io.BytesIO(content))
    return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]


# --- the template -----------------------------------------------------------------------------------------


def template(client: TestClient, world: World, course_id: int, **headers: str) -> Response:
    return client.get(
        f"{API}/training-courses/{course_id}/attendance-template", headers={**world.auth("officer"), **headers}
    )


def test_template_is_laid_out_for_the_course(client: TestClient, world: World, course: dict[str, Any]) -> None:
    answer = template(client, world, course["id"])
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == XLSX
    assert f"khoa-{course['id']}.xlsx" in answer.headers["content-disposition"]
    book = load_workbook(io.BytesIO(answer.content))
    sheet = book.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, r in enumerate(rows) if r[: len(HEADER)] == HEADER)
    block = {r[0]: r[2] for r in rows[1:header_at] if r[0]}
    assert rows[0][0].startswith("DANH SÁCH HỌC VIÊN")
    assert block["Khóa huấn luyện"] == "Huấn luyện nhóm 3 đợt 1"
    assert block["Mã khóa huấn luyện"] == course["id"]
    assert block["Tổ chức huấn luyện"] == f"Trung tâm Huấn luyện An toàn Kinh Bắc ({LICENCE}, hạng C)"
    assert block["Nhóm huấn luyện"].startswith("Nhóm 3: Người lao động làm công việc có yêu cầu nghiêm ngặt")
    assert block["Loại huấn luyện"] == "Huấn luyện lần đầu"
    assert block["Thời gian"] == f"{COURSE_START:%d/%m/%Y} - {COURSE_END:%d/%m/%Y}"
    assert (block["Số giờ"], block["Địa điểm"]) == (24, "Hội trường phường Kinh Bắc")
    assert block["Giấy tờ cấp"] == "Thẻ an toàn (24 tháng)"
    assert "Số CCCD" in block["Hướng dẫn"] and f"{COURSE_END:%d/%m/%Y}" in block["Hướng dẫn"]
    # The rows below the header are empty, with a drop-down list for the result and checks on the numbers.
    assert all(not any(r) for r in rows[header_at + 1 :])
    letters = {c.key: chr(ord("A") + i) for i, c in enumerate(ATTENDANCE_COLUMNS)}
    first = header_at + 2
    checks = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    assert checks[f"{letters['result']}{first}"].type == "list"
    assert checks[f"{letters['result']}{first}"].formula1 == '"Đạt,Không đạt"'
    assert checks[f"{letters['birth_year']}{first}"].type == "whole"
    assert checks[f"{letters['hours']}{first}"].type == "whole"
    assert checks[f"{letters['issued_on']}{first}"].type == "date"
    assert checks[f"{letters['citizen_id']}{first}"].type == "textLength"


def test_template_in_english_and_for_a_log_book_group(client: TestClient, world: World) -> None:
    provider = make_provider(client, world)
    course = make_course(client, world, provider["id"], trainee_group=4, hours=16, enterprise_id=world.ids["a1"])
    answer = template(client, world, course["id"], **{"Accept-Language": "en"})
    rows = book_rows(answer.content)
    header = [c.en for c in ATTENDANCE_COLUMNS]
    header_at = next(i for i, r in enumerate(rows) if r[: len(header)] == header)
    block = {r[0]: r[2] for r in rows[1:header_at] if r[0]}
    assert block["Course id"] == course["id"]
    assert block["Trainee group"] == "Group 4: Other workers"
    assert block["Document"] == "Training log-book entry"
    assert block["Enterprise"] == "Công ty Đồng Đức (0100000001)"
    assert "no document number" in block["Guide"] and "(blank: Công ty Đồng Đức (0100000001))" in block["Guide"]


def test_template_refusals(client: TestClient, world: World, course: dict[str, Any]) -> None:
    url = f"{API}/training-courses/{course['id']}/attendance-template"
    for who in ("inspector", "commune_a", "zone_a", "enterprise_a", "viewer"):
        assert_problem(client.get(url, headers=world.auth(who)), 403, "forbidden")
    assert client.get(url).status_code == 401
    assert_problem(template(client, world, 999999), 404, "not_found")


def test_template_filled_in_imports(client: TestClient, world: World, db: Session, course: dict[str, Any]) -> None:
    book = load_workbook(io.BytesIO(template(client, world, course["id"]).content))
    sheet = book.worksheets[0]
    header_at = next(row[0].row for row in sheet.iter_rows() if row[1].value == "Họ và tên")
    for offset, values in enumerate(good_rows(), start=1):
        for column, value in enumerate(values, start=1):
            sheet.cell(header_at + offset, column, value)
    buffer = io.BytesIO()
    book.save(buffer)
    report = report_of(upload(client, world, course["id"], buffer.getvalue()))
    assert (report["rows"], *counts(report), report["errors"]) == (3, 3, 0, 0, True, [])
    assert sorted(records(db)) == ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"]


def test_a_template_goes_to_its_own_course_only(
    client: TestClient, world: World, db: Session, course: dict[str, Any]
) -> None:
    other = make_course(client, world, course["provider_id"], title="Đợt 2")
    book = load_workbook(io.BytesIO(template(client, world, course["id"]).content))
    sheet = book.worksheets[0]
    header_at = next(row[0].row for row in sheet.iter_rows() if row[1].value == "Họ và tên")
    for column, value in enumerate(good_rows()[0], start=1):
        sheet.cell(header_at + 1, column, value)
    buffer = io.BytesIO()
    book.save(buffer)
    problem = assert_problem(upload(client, world, other["id"], buffer.getvalue()), 422, "validation_error")
    assert (
        problem["detail"] == f"Tệp là danh sách của khóa huấn luyện số {course['id']}, không phải khóa số {other['id']}"
    )
    assert record_count(db) == 0


# --- the import -------------------------------------------------------------------------------------------


def test_import_creates_the_records_with_the_course_defaults_and_audit(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, good_rows())))
    assert report == {
        "dry_run": False,
        "rows": 3,
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
        "written": True,
        "errors": [],
    }
    stored = records(db)
    an, binh, cuong = stored["Nguyễn Văn An"], stored["Trần Thị Bình"], stored["Lê Văn Cường"]
    for record in (an, binh, cuong):
        assert (record.course_id, record.provider_id, record.trainee_group, record.kind) == (
            course["id"],
            course["provider_id"],
            3,
            "first",
        )
        assert record.import_key is not None and len(record.import_key) == 64
    # The course's hours and last day where the cells are blank; the enterprise's places for scoping.
    assert (an.hours, an.issued_on, an.enterprise_id, an.admin_unit_code, an.zone_code) == (
        24,
        COURSE_END,
        world.ids["a1"],
        COMMUNE_A,
        None,
    )
    assert (an.citizen_id, an.birth_year, an.occupation, an.notes) == ("001090000001", 1990, "Thợ hàn", "Hàn điện")
    assert (an.document_kind, an.document_number, an.expires_on) == (
        "safety_card",
        "THE-001",
        rules.last_day_of(COURSE_END, 24),
    )
    assert (binh.hours, binh.issued_on, binh.enterprise_id, binh.zone_code) == (
        30,
        COURSE_END - timedelta(days=1),
        world.ids["za"],
        "ZA",
    )
    # Without an enterprise the record belongs to the course's commune; a failed training gives no document.
    assert (cuong.enterprise_id, cuong.admin_unit_code, cuong.result, cuong.document_kind, cuong.valid_until) == (
        None,
        COMMUNE_A,
        "fail",
        None,
        None,
    )
    events = audit_rows(db)
    assert sorted((e.action, e.entity_id) for e in events) == sorted(("create", str(r.id)) for r in (an, binh, cuong))
    assert all(e.actor_label == "officer@test.vn" for e in events)
    listed = client.get(f"{API}/training-records", params={"course_id": course["id"]}, headers=world.auth("officer"))
    assert {i["worker_name"]: i["state"] for i in listed.json()["items"]} == {
        "Nguyễn Văn An": "valid",
        "Trần Thị Bình": "valid",
        "Lê Văn Cường": "failed",
    }
    participants = client.get(f"{API}/training-courses/{course['id']}", headers=world.auth("officer"))
    assert participants.json()["participants"] == 3


def test_reimporting_the_same_file_changes_nothing(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    path = sheet(tmp_path, good_rows())
    assert counts(report_of(upload(client, world, course["id"], path))) == (3, 0, 0, True)
    before = {name: (r.id, r.version, r.updated_at) for name, r in records(db).items()}
    events = len(audit_rows(db))

    again = report_of(upload(client, world, course["id"], path))
    assert (*counts(again), again["errors"]) == (0, 0, 3, False, [])
    assert {name: (r.id, r.version, r.updated_at) for name, r in records(db).items()} == before
    assert (record_count(db), len(audit_rows(db))) == (3, events)


def test_every_bad_row_is_reported_and_nothing_is_written(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    taken = client.post(
        f"{API}/training-records",
        json={
            "worker_name": "Người đã có thẻ",
            "provider_id": course["provider_id"],
            "trainee_group": 3,
            "hours": 24,
            "document_number": "DA-CAP",
            "issued_on": COURSE_END.isoformat(),
            "admin_unit_code": COMMUNE_B,
        },
        headers=world.auth("officer"),
    )
    created(taken)
    client.delete(
        f"{API}/enterprises/{world.ids['b1']}", headers={**world.auth("officer"), "If-Match": '"1"'}
    ).raise_for_status()
    future = TODAY + timedelta(days=1)
    rows = [
        *good_rows(),  # rows 2-4
        trainee(None, birth_year=1990, result="Đạt", document_number="X-5"),  # 5
        trainee("Năm sinh chữ", birth_year="199x", result="Đạt", document_number="X-6"),  # 6
        trainee("Năm sinh xa", birth_year=1800, result="Đạt", document_number="X-7"),  # 7
        trainee("CCCD ngắn", citizen_id="12345", result="Đạt", document_number="X-8"),  # 8
        trainee("Mã số thuế lạ", tax_code="0999999999", result="Đạt", document_number="X-9"),  # 9
        trainee("Doanh nghiệp đã xóa", tax_code="0100000003", result="Đạt", document_number="X-10"),  # 10
        trainee("Trùng CCCD", citizen_id="001090000001", result="Đạt", document_number="X-11"),  # 11
        trainee("lê  văn CƯỜNG", birth_year=1992, result="Đạt", document_number="X-12"),  # 12: row 4's name
        trainee("Trùng số", result="Đạt", document_number="THE-001"),  # 13: row 2's number
        trainee("Số đã cấp", result="Đạt", document_number="DA-CAP"),  # 14
        trainee("Đạt không số", result="Đạt"),  # 15
        trainee("Kết quả lạ", result="Chưa rõ", document_number="X-16"),  # 16
        trainee("Thiếu kết quả", document_number="X-17"),  # 17
        trainee("Ngày sai", result="Đạt", document_number="X-18", issued_on="31/02/2026"),  # 18
        trainee("Ngày tương lai", result="Đạt", document_number="X-19", issued_on=future),  # 19
        trainee("Trước giấy phép", result="Đạt", document_number="X-20", issued_on=date(TODAY.year - 4, 6, 1)),  # 20
        trainee("Giờ chữ", hours="hai mươi", result="Đạt", document_number="X-21"),  # 21
        trainee("Giờ số không", hours=0, result="Đạt", document_number="X-22"),  # 22
        trainee("Sinh sau ngày cấp", birth_year=TODAY.year + 1, result="Đạt", document_number="X-23"),  # 23
        trainee("Giờ lẻ", hours=2.5, result="Đạt", document_number="X-24"),  # 24
    ]
    before, events = record_count(db), len(audit_rows(db))
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, rows)))

    assert (report["rows"], *counts(report)) == (23, 0, 0, 0, False)
    found = sorted((e["row"], e["column"], e["field"], e["code"]) for e in report["errors"])
    assert found == [
        (5, TITLES["worker_name"], "worker_name", "missing"),
        (6, TITLES["birth_year"], "birth_year", "field_not_int"),
        (7, TITLES["birth_year"], "birth_year", "greater_than_equal"),
        (8, TITLES["citizen_id"], "citizen_id", "string_pattern_mismatch"),
        (9, TITLES["tax_code"], "tax_code", "enterprise_unknown"),
        (10, TITLES["tax_code"], "tax_code", "enterprise_unknown"),
        (11, TITLES["citizen_id"], "citizen_id", "import_person_repeated"),
        (12, TITLES["worker_name"], "worker_name", "import_person_repeated"),
        (13, TITLES["document_number"], "document_number", "import_number_repeated"),
        (14, TITLES["document_number"], "document_number", "document_number_taken"),
        (15, TITLES["document_number"], "document_number", "document_number_required"),
        (16, TITLES["result"], "result", "import_result_invalid"),
        (17, TITLES["result"], "result", "missing"),
        (18, TITLES["issued_on"], "issued_on", "field_date"),
        (19, TITLES["issued_on"], "issued_on", "issued_in_future"),
        (20, TITLES["issued_on"], "issued_on", "provider_licence_not_in_force"),
        (21, TITLES["hours"], "hours", "field_not_int"),
        (22, TITLES["hours"], "hours", "greater_than_equal"),
        (23, TITLES["birth_year"], "birth_year", "born_after_issue"),
        (24, TITLES["hours"], "hours", "field_not_int"),
    ]
    messages = {e["row"]: e["message"] for e in report["errors"]}
    assert messages[11] == "Học viên trùng với dòng 2 trong tệp"
    assert messages[12] == "Học viên trùng với dòng 4 trong tệp"
    assert messages[13] == "Số giấy chứng nhận/thẻ trùng với dòng 2 trong tệp"
    assert messages[14] == "Số giấy chứng nhận đã được tổ chức này cấp"
    assert all(e["message"] for e in report["errors"])
    assert (record_count(db), len(audit_rows(db))) == (before, events)

    english = report_of(upload(client, world, course["id"], sheet(tmp_path, rows), headers={"Accept-Language": "en"}))
    by_row = {e["row"]: (e["column"], e["message"]) for e in english["errors"]}
    assert by_row[16] == (EN_TITLES["result"], "The result must be Pass or Fail")
    assert by_row[13] == (EN_TITLES["document_number"], "The certificate or card number repeats row 2 of the file")


def test_dry_run_writes_nothing_then_the_corrected_file_writes(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    bad = [*good_rows(), trainee("Đạt không số", birth_year=1999, result="Đạt")]
    first = report_of(upload(client, world, course["id"], sheet(tmp_path, bad)))
    assert (*counts(first), [(e["row"], e["code"]) for e in first["errors"]]) == (
        0,
        0,
        0,
        False,
        [(5, "document_number_required")],
    )
    assert record_count(db) == 0

    fixed = [*good_rows(), trainee("Đạt không số", birth_year=1999, result="Đạt", document_number="THE-004")]
    dry = report_of(upload(client, world, course["id"], sheet(tmp_path, fixed), dry_run=True))
    assert (dry["dry_run"], *counts(dry), dry["errors"]) == (True, 4, 0, 0, False, [])
    assert (record_count(db), len(audit_rows(db))) == (0, 0)

    written = report_of(upload(client, world, course["id"], sheet(tmp_path, fixed)))
    assert (*counts(written), written["errors"]) == (4, 0, 0, True, [])
    assert records(db)["Đạt không số"].document_number == "THE-004"
    assert len(audit_rows(db)) == 4


def test_a_corrected_file_updates_the_same_people(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    report_of(upload(client, world, course["id"], sheet(tmp_path, good_rows())))
    ids = {name: r.id for name, r in records(db).items()}
    corrected = good_rows()
    corrected[0][1] = "Nguyễn Văn Ân"  # the name's spelling, on a row with a citizen ID
    corrected[1][3] = "001085000002"  # a citizen ID added to a row known by name and birth year
    corrected[2][7] = "Đạt"  # passed after all, with a card
    corrected[2][8] = "THE-003"
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, corrected)))
    assert (*counts(report), report["errors"]) == (0, 3, 0, True, [])
    stored = records(db)
    assert {name: r.id for name, r in stored.items()} == {
        "Nguyễn Văn Ân": ids["Nguyễn Văn An"],
        "Trần Thị Bình": ids["Trần Thị Bình"],
        "Lê Văn Cường": ids["Lê Văn Cường"],
    }
    assert stored["Trần Thị Bình"].citizen_id == "001085000002"
    assert (stored["Lê Văn Cường"].result, stored["Lê Văn Cường"].document_kind) == ("pass", "safety_card")
    assert record_count(db) == 3
    updates = [e for e in audit_rows(db) if e.action == "update"]
    assert len(updates) == 3
    renamed = next(e for e in updates if e.entity_id == str(ids["Nguyễn Văn An"]))
    assert (renamed.before, renamed.after) == ({"worker_name": "Nguyễn Văn An"}, {"worker_name": "Nguyễn Văn Ân"})

    # And that file again: nothing left to change.
    again = report_of(upload(client, world, course["id"], sheet(tmp_path, corrected)))
    assert counts(again) == (0, 0, 3, False)
    assert record_count(db) == 3


def test_records_entered_by_hand_or_removed_are_not_doubled(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    by_hand = created(
        client.post(
            f"{API}/training-records",
            json={
                "worker_name": "Nguyễn Văn An",
                "birth_year": 1990,
                "course_id": course["id"],
                "enterprise_id": world.ids["a1"],
                "document_number": "THE-001",
            },
            headers=world.auth("officer"),
        )
    )
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, good_rows())))
    assert (*counts(report), report["errors"]) == (2, 1, 0, True, [])
    stored = records(db)
    assert stored["Nguyễn Văn An"].id == by_hand["id"]
    assert stored["Nguyễn Văn An"].citizen_id == "001090000001"
    assert record_count(db) == 3

    removed = stored["Trần Thị Bình"]
    client.delete(
        f"{API}/training-records/{removed.id}", headers={**world.auth("officer"), "If-Match": f'"{removed.version}"'}
    ).raise_for_status()
    again = report_of(upload(client, world, course["id"], sheet(tmp_path, good_rows())))
    assert counts(again) == (0, 1, 2, True)
    assert records(db)["Trần Thị Bình"].id == removed.id
    assert record_count(db) == 3
    assert [e.action for e in audit_rows(db) if e.entity_id == str(removed.id)][-2:] == ["delete", "restore"]


def test_skip_invalid_writes_the_good_rows(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    rows = [*good_rows(), trainee("Đạt không số", result="Đạt"), trainee("Năm sinh chữ", birth_year="x", result="Đạt")]
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, rows), skip_invalid=True))
    assert (report["created"], report["skipped"], report["written"]) == (3, 2, True)
    assert sorted(e["row"] for e in report["errors"]) == [5, 6]
    assert sorted(records(db)) == ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"]


def test_cells_typed_as_numbers_and_headers_in_english(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    rows = [
        # Excel drops the leading zero of codes typed as numbers.
        trainee("Phạm Thị Dung", citizen_id=1090000005, tax_code=100000001, result="dat", document_number=5001),
        trainee("Hoàng Văn Em", birth_year=date(1991, 4, 2), result="PASS", document_number="5002", hours=24.0),
        trainee("Vũ Thị Gấm", result="KHÔNG ĐẠT", issued_on=f"{COURSE_END:%d/%m/%Y}"),
    ]
    header = [f" {c.en.upper()} " for c in ATTENDANCE_COLUMNS]
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, rows, header)))
    assert (*counts(report), report["errors"]) == (3, 0, 0, True, [])
    stored = records(db)
    assert (stored["Phạm Thị Dung"].citizen_id, stored["Phạm Thị Dung"].enterprise_id) == (
        "001090000005",
        world.ids["a1"],
    )
    assert stored["Phạm Thị Dung"].document_number == "5001"
    assert (stored["Hoàng Văn Em"].birth_year, stored["Hoàng Văn Em"].result) == (1991, "pass")
    assert (stored["Vũ Thị Gấm"].result, stored["Vũ Thị Gấm"].issued_on) == ("fail", COURSE_END)


def test_a_log_book_group_keeps_no_number_and_an_in_house_course_its_enterprise(
    client: TestClient, world: World, db: Session, tmp_path: Path
) -> None:
    provider = make_provider(client, world)
    course = make_course(client, world, provider["id"], trainee_group=4, hours=16, enterprise_id=world.ids["za"])
    rows = [trainee("Đỗ Văn Hải", result="Đạt", document_number="BO-QUA"), trainee("Ngô Thị Lan", result="Đạt")]
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, rows)))
    assert (*counts(report), report["errors"]) == (2, 0, 0, True, [])
    stored = records(db)
    for record in stored.values():
        assert (record.document_kind, record.document_number, record.expires_on) == ("log_book_entry", None, None)
        assert (record.enterprise_id, record.zone_code) == (world.ids["za"], "ZA")
    assert counts(report_of(upload(client, world, course["id"], sheet(tmp_path, rows)))) == (0, 0, 2, False)


def test_rules_of_the_provider_apply_to_every_row(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    # A class changed to one that does not train group 3 (class B: groups 1, 4, 5, 6): no row can be recorded.
    provider = client.get(f"{API}/training-providers/{course['provider_id']}", headers=world.auth("officer"))
    client.patch(
        f"{API}/training-providers/{course['provider_id']}",
        json={"org_class": "B"},
        headers={**world.auth("officer"), "If-Match": provider.headers["etag"]},
    ).raise_for_status()
    report = report_of(upload(client, world, course["id"], sheet(tmp_path, good_rows()[:2])))
    assert sorted((e["row"], e["column"], e["code"]) for e in report["errors"]) == [
        (2, None, "group_not_covered_by_class"),
        (3, None, "group_not_covered_by_class"),
    ]

    # A self-training employer trains only its own workers; rows without a tax code are its workers.
    own = make_provider(
        client,
        world,
        kind="self_training_employer",
        license_number="QD-12/2024",
        enterprise_id=world.ids["a1"],
    )
    in_house = make_course(client, world, own["id"])
    rows = [
        trainee("Công nhân nhà", result="Đạt", document_number="N-1"),
        trainee("Công nhân khác", tax_code="0100000002", result="Đạt", document_number="N-2"),
    ]
    report = report_of(upload(client, world, in_house["id"], sheet(tmp_path, rows)))
    assert [(e["row"], e["column"], e["code"]) for e in report["errors"]] == [
        (3, TITLES["tax_code"], "self_training_other_enterprise")
    ]
    assert record_count(db) == 0


def test_enterprises_outside_the_importers_scope_are_unknown(
    world: World, migrated: Settings, tmp_path: Path, course: dict[str, Any]
) -> None:
    """No role that imports attendance lists is scoped below the province today; the importer still checks."""
    content = sheet(
        tmp_path,
        [
            trainee("Ở xã A", tax_code="0100000001", result="Đạt", document_number="S-1"),
            trainee("Ở xã B", tax_code="0100000003", result="Đạt", document_number="S-2"),
        ],
    ).read_bytes()
    local = Principal("user", world.ids["user_commune_a"], "x", Role.province_officer, CommunesScope(codes=[COMMUNE_A]))

    async def run() -> Any:
        engine = make_engine(migrated)
        try:
            async with make_sessionmaker(engine)() as session:
                row = await session.get(TrainingCourse, course["id"])
                assert row is not None
                return await importer.run(
                    session, local, row, content, dry_run=True, skip_invalid=False, max_rows=100, lang="vi"
                )
        finally:
            await engine.dispose()

    report = asyncio.run(run())
    assert [(e.row, e.field, e.code) for e in report.errors] == [(3, "tax_code", "enterprise_unknown")]


def test_import_key_is_the_course_and_the_person() -> None:
    key = importer.import_key(7, "001090000001", "Nguyễn Văn An", 1990)
    assert key == importer.import_key(7, "001090000001", "Nguyen Van An khác", None)  # the citizen ID decides
    assert key != importer.import_key(8, "001090000001", "Nguyễn Văn An", 1990)
    by_name = importer.import_key(7, None, "Nguyễn  Văn AN", 1990)
    assert by_name == importer.import_key(7, None, "nguyen van an", 1990)
    assert by_name != importer.import_key(7, None, "Nguyễn Văn An", 1991)
    assert len(key) == len(by_name) == 64


# --- files that are not attendance lists ------------------------------------------------------------------


def test_not_excel_is_415(client: TestClient, world: World, db: Session, course: dict[str, Any]) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("hello.txt", "not a workbook")
    cases = [
        ("danh-sach.csv", "Họ và tên;Kết quả\nA;Đạt\n".encode(), "text/csv"),
        ("anh.xlsx", png, XLSX),
        ("archive.xlsx", archive.getvalue(), XLSX),
        ("empty.xlsx", b"", XLSX),
        ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 40, XLSX),
    ]
    for filename, content, media_type in cases:
        answer = upload(client, world, course["id"], content, filename=filename, media_type=media_type)
        assert assert_problem(answer, 415, "unsupported_media")["detail"], filename
    assert record_count(db) == 0


def test_empty_files_and_missing_columns_are_422(
    client: TestClient, world: World, tmp_path: Path, course: dict[str, Any]
) -> None:
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    assert_problem(upload(client, world, course["id"], empty), 422, "validation_error")
    problem = assert_problem(upload(client, world, course["id"], sheet(tmp_path, [])), 422, "validation_error")
    assert problem["detail"] == "Tệp không có dòng dữ liệu"
    # Blank lines, even numbered ones as in the template, are no data.
    blank = sheet(tmp_path, [[None] * len(HEADER), trainee(None, row_no=1), trainee(" ", row_no=2)])
    assert assert_problem(upload(client, world, course["id"], blank), 422, "validation_error")["detail"] == (
        "Tệp không có dòng dữ liệu"
    )
    header = [c.vi for c in ATTENDANCE_COLUMNS if c.key != "result"]
    problem = assert_problem(
        upload(client, world, course["id"], sheet(tmp_path, [["x"] * len(header)], header)), 422, "validation_error"
    )
    assert "Kết quả" in problem["detail"] and "Họ và tên" not in problem["detail"]


def test_row_numbers_count_the_title_block_and_blank_rows(
    client: TestClient, world: World, tmp_path: Path, course: dict[str, Any]
) -> None:
    book = Workbook()
    sheet_ = book.active
    sheet_.append(["Danh sách học viên"])
    sheet_.append([])
    sheet_.append(HEADER)
    sheet_.append(good_rows()[0])
    sheet_.append([])
    sheet_.append(trainee("Đạt không số", result="Đạt"))
    path = tmp_path / "title.xlsx"
    book.save(path)
    report = report_of(upload(client, world, course["id"], path))
    assert (report["rows"], [(e["row"], e["field"]) for e in report["errors"]]) == (2, [(6, "document_number")])


def test_size_and_row_limits(
    world: World, db: Session, migrated: Settings, tmp_path: Path, course_factory: Any
) -> None:
    limited = create_app(migrated.model_copy(update={"import_max_rows": 2, "max_upload_bytes": 20_000}))
    with TestClient(limited, raise_server_exceptions=False) as client:
        course = course_factory(client)
        rows = [trainee(f"Người {i}", result="Không đạt") for i in range(3)]
        problem = assert_problem(upload(client, world, course["id"], sheet(tmp_path, rows)), 413, "too_large")
        assert problem["detail"] == "Tệp có quá 2 dòng"
        assert report_of(upload(client, world, course["id"], sheet(tmp_path, rows[:2])))["created"] == 2
        big = b"PK\x03\x04" + b"\x00" * 20_000
        assert_problem(upload(client, world, course["id"], big), 413, "too_large")


@pytest.fixture
def course_factory(world: World) -> Any:
    def make(client: TestClient) -> dict[str, Any]:
        return make_course(client, world, make_provider(client, world)["id"])

    return make


def test_import_refusals(client: TestClient, world: World, tmp_path: Path, course: dict[str, Any]) -> None:
    path = sheet(tmp_path, good_rows())
    for who in ("inspector", "commune_a", "zone_a", "enterprise_a", "health", "viewer", "integrator_a"):
        assert_problem(upload(client, world, course["id"], path, who=who), 403, "forbidden")
    answer = client.post(
        f"{API}/training-courses/{course['id']}/attendance-import", files={"file": ("x.xlsx", path.read_bytes(), XLSX)}
    )
    assert answer.status_code == 401
    assert_problem(upload(client, world, 999999, path), 404, "not_found")
    missing = client.post(f"{API}/training-courses/{course['id']}/attendance-import", headers=world.auth("officer"))
    assert [e["field"] for e in assert_problem(missing, 422, "validation_error")["errors"]] == ["file"]


def test_import_idempotency_key(
    client: TestClient, world: World, db: Session, tmp_path: Path, course: dict[str, Any]
) -> None:
    path = sheet(tmp_path, good_rows())
    headers = {"Idempotency-Key": "attendance-1"}
    first = upload(client, world, course["id"], path, headers=headers)
    second = upload(client, world, course["id"], path, headers=headers)
    assert counts(report_of(first)) == (3, 0, 0, True)
    assert second.json() == first.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert (record_count(db), len(audit_rows(db))) == (3, 3)
    other = upload(client, world, course["id"], sheet(tmp_path, good_rows()[:1]), headers=headers)
    assert_problem(other, 422, "idempotency_mismatch")
    # Without the key the same file is an idempotent re-import.
    assert counts(report_of(upload(client, world, course["id"], path))) == (0, 0, 3, False)


# --- the export of the records list -----------------------------------------------------------------------


def issued_for(valid_until: date) -> date:
    """The issue date of a 24-month card whose last valid day is `valid_until`."""
    for shift in range(-3, 4):
        start = valid_until + timedelta(days=shift)
        try:
            issued = start.replace(year=start.year - 2)
        except ValueError:  # 29 February
            continue
        if rules.last_day_of(issued, 24) == valid_until:
            return issued
    raise AssertionError(valid_until)


@pytest.fixture
def listed(client: TestClient, world: World, course: dict[str, Any]) -> dict[str, int]:
    """Cards of four people at known distances from their expiry, in communes A and B."""
    people = {
        "Hết hạn hôm qua": (TODAY - timedelta(days=1), "a1"),
        "Hết hạn hôm nay": (TODAY, "b1"),
        "Còn 60 ngày": (TODAY + timedelta(days=60), "a1"),
        "Còn 61 ngày": (TODAY + timedelta(days=61), "a1"),
    }
    ids = {}
    for index, (name, (until, enterprise)) in enumerate(people.items()):
        body = {
            "worker_name": name,
            "birth_year": 1980 + index,
            "citizen_id": f"00108000000{index}",
            "enterprise_id": world.ids[enterprise],
            "provider_id": course["provider_id"],
            "trainee_group": 3,
            "hours": 24,
            "document_number": f"EXP-{index}",
            "issued_on": issued_for(until).isoformat(),
        }
        ids[name] = created(client.post(f"{API}/training-records", json=body, headers=world.auth("officer")))["id"]
    return ids


def export(client: TestClient, world: World, who: str = "officer", **params: Any) -> Response:
    headers = world.auth(who)
    if "lang" in params:
        headers["Accept-Language"] = params.pop("lang")
    return client.get(f"{API}/training-records/export", params=params, headers=headers)


def test_export_of_the_expiring_list(client: TestClient, world: World, listed: dict[str, int]) -> None:
    answer = export(client, world, state="expiring")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == XLSX
    assert "attachment" in answer.headers["content-disposition"]
    rows = book_rows(answer.content)
    assert rows[0] == [c.vi for c in RECORD_EXPORT_COLUMNS]
    assert rows[0] == [
        "Họ và tên",
        "Năm sinh",
        "Doanh nghiệp",
        "Nhóm huấn luyện",
        "Loại giấy tờ",
        "Số giấy chứng nhận/thẻ",
        "Tổ chức huấn luyện",
        "Ngày cấp",
        "Ngày hết hạn",
        "Hạn huấn luyện định kỳ",
        "Trạng thái",
    ]
    # The last day and the 60th day ahead are both "expiring"; soonest first.
    until = TODAY + timedelta(days=60)
    assert rows[1:] == [
        [
            "Hết hạn hôm nay",
            1981,
            "Công ty Bình Minh",
            3,
            "Thẻ an toàn",
            "EXP-1",
            "Trung tâm Huấn luyện An toàn Kinh Bắc",
            _midnight(issued_for(TODAY)),
            _midnight(TODAY),
            _midnight(_refresher(TODAY)),
            "Sắp hết hạn",
        ],
        [
            "Còn 60 ngày",
            1982,
            "Công ty Đồng Đức",
            3,
            "Thẻ an toàn",
            "EXP-2",
            "Trung tâm Huấn luyện An toàn Kinh Bắc",
            _midnight(issued_for(until)),
            _midnight(until),
            _midnight(_refresher(until)),
            "Sắp hết hạn",
        ],
    ]


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day)


def _refresher(until: date) -> date | None:
    return rules.derive(3, "first", 24, "pass", issued_for(until)).refresher_due_on


def test_export_in_english_with_every_state(client: TestClient, world: World, listed: dict[str, int]) -> None:
    rows = book_rows(export(client, world, lang="en").content)
    assert rows[0] == [c.en for c in RECORD_EXPORT_COLUMNS]
    assert [(r[0], r[4], r[10]) for r in rows[1:]] == [
        ("Hết hạn hôm qua", "Safety card", "Expired"),
        ("Hết hạn hôm nay", "Safety card", "Expiring soon"),
        ("Còn 60 ngày", "Safety card", "Expiring soon"),
        ("Còn 61 ngày", "Safety card", "Valid"),
    ]
    by_name = book_rows(export(client, world, sort="worker_name").content)
    assert [r[0] for r in by_name[1:]] == ["Còn 60 ngày", "Còn 61 ngày", "Hết hạn hôm nay", "Hết hạn hôm qua"]


def test_export_keeps_to_the_scope_and_the_filters(client: TestClient, world: World, listed: dict[str, int]) -> None:
    commune = book_rows(export(client, world, who="commune_a").content)
    assert [r[0] for r in commune[1:]] == ["Hết hạn hôm qua", "Còn 60 ngày", "Còn 61 ngày"]
    employer = book_rows(export(client, world, who="enterprise_a", state=["expired", "valid"]).content)
    assert [r[0] for r in employer[1:]] == ["Hết hạn hôm qua", "Còn 61 ngày"]
    zone = book_rows(export(client, world, who="zone_a").content)
    assert zone[1:] == []
    assert book_rows(export(client, world, admin_unit=COMMUNE_B).content)[1][0] == "Hết hạn hôm nay"
    assert_problem(export(client, world, format="csv"), 422, "validation_error")
    assert client.get(f"{API}/training-records/export").status_code == 401
