"""The enterprise registry over HTTP: CRUD with ETag/If-Match, validation, derived fields, idempotent
creation, the audit trail and keyset-paginated listing, checked against the database rows."""

import threading
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, COMMUNE_OTHER_PROVINCE, World, make_enterprise
from osh.app import create_app
from osh.audit.models import AuditEvent
from osh.cli import migrate
from osh.core.database import utcnow
from osh.core.idempotency import KEEP_FOR, IdempotencyRecord
from osh.core.settings import Settings
from osh.enterprises.models import Enterprise

API = "/api/v1/enterprises"
BILLION = 1_000_000_000


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    """One app for the module (building one takes longer than most tests); each test still gets its own
    lifespan, engine and emptied database through `client` and `db`."""
    return module_app


def new_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "tax_code": "0200000001",
        "name": "Công ty Cổ phần Thép Việt",
        "legal_form": "joint_stock",
        "vsic_code": "2592",
        "admin_unit_code": COMMUNE_A,
        "address": "Số 5 đường Lý Thái Tổ",
        "employees_total": 40,
        "employees_female": 12,
        "employees_hazardous": 3,
    }
    body.update(overrides)
    return body


def assert_problem(answer: Response, status: int, kind: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem: dict[str, Any] = answer.json()
    assert problem["type"] == f"urn:osh:problem:{kind}"
    assert problem["status"] == status
    assert problem["title"]
    return problem


def assert_field_error(answer: Response, field: str, code: str | None = None, status: int = 422) -> dict[str, Any]:
    problem = assert_problem(answer, status, "validation_error" if status == 422 else "conflict")
    by_field = {e["field"]: e for e in problem["errors"]}
    assert field in by_field, problem["errors"]
    error = by_field[field]
    assert error["message"]
    if code is not None:
        assert error["code"] == code, error
    return error


def create(client: TestClient, world: World, who: str = "officer", **overrides: Any) -> Response:
    return client.post(API, json=new_body(**overrides), headers=world.auth(who))


def created(client: TestClient, world: World, who: str = "officer", **overrides: Any) -> dict[str, Any]:
    answer = create(client, world, who, **overrides)
    assert answer.status_code == 201, answer.text
    data: dict[str, Any] = answer.json()
    return data


def row(db: Session, enterprise_id: int) -> Enterprise | None:
    db.rollback()
    return db.get(Enterprise, enterprise_id)


def count_enterprises(db: Session, **where: Any) -> int:
    db.rollback()
    stmt = select(func.count()).select_from(Enterprise)
    for name, value in where.items():
        stmt = stmt.where(getattr(Enterprise, name) == value)
    return int(db.scalar(stmt) or 0)


def audit_rows(db: Session, enterprise_id: int | None = None) -> list[AuditEvent]:
    db.rollback()
    stmt = select(AuditEvent).where(AuditEvent.entity == "enterprise").order_by(AuditEvent.id)
    if enterprise_id is not None:
        stmt = stmt.where(AuditEvent.entity_id == str(enterprise_id))
    return list(db.scalars(stmt))


def if_match(world: World, who: str, version: int | str) -> dict[str, str]:
    return {**world.auth(who), "If-Match": f'"{version}"'}


# --- create, read, update, delete -------------------------------------------------------------------------


def test_create_answers_201_with_location_and_etag(client: TestClient, world: World, db: Session) -> None:
    answer = create(client, world)
    assert answer.status_code == 201, answer.text
    data = answer.json()
    assert answer.headers["Location"] == f"{API}/{data['id']}"
    assert answer.headers["ETag"] == f'"{data["version"]}"'
    assert data["version"] == 1
    assert data["tax_code"] == "0200000001"
    assert data["name"] == "Công ty Cổ phần Thép Việt"
    assert data["ownership"] == "domestic_private"
    assert data["status"] == "active"
    assert data["vsic_section"] == "C"
    assert data["zone_code"] is None
    for hidden in ("search_text", "name_folded", "deleted_at"):
        assert hidden not in data

    stored = row(db, data["id"])
    assert stored is not None
    assert stored.tax_code == "0200000001"
    assert stored.admin_unit_code == COMMUNE_A
    assert stored.deleted_at is None
    assert stored.name_folded == "cong ty co phan thep viet"

    read = client.get(answer.headers["Location"], headers=world.auth("officer"))
    assert read.status_code == 200
    assert read.headers["ETag"] == answer.headers["ETag"]
    assert read.json() == data


def test_create_normalises_codes_and_contacts(client: TestClient, world: World) -> None:
    data = created(
        client, world, zone_code=" za ", email=" Info@Example.VN ", tax_code=" 0200000009-001 ", founded_on="2019-04-30"
    )
    assert data["zone_code"] == "ZA"
    assert data["email"] == "info@example.vn"
    assert data["tax_code"] == "0200000009-001"
    assert data["founded_on"] == "2019-04-30"


def test_read_unknown_or_out_of_scope_is_404(client: TestClient, world: World) -> None:
    assert_problem(client.get(f"{API}/999999", headers=world.auth("officer")), 404, "not_found")
    assert_problem(client.get(f"{API}/0", headers=world.auth("officer")), 404, "not_found")
    assert_problem(client.get(f"{API}/{2**40}", headers=world.auth("officer")), 404, "not_found")
    assert_problem(client.get(f"{API}/{world.ids['b1']}", headers=world.auth("commune_a")), 404, "not_found")
    assert client.get(f"{API}/{world.ids['a1']}", headers=world.auth("commune_a")).status_code == 200
    assert client.get(f"{API}/{world.ids['a1']}").status_code == 401


def test_patch_needs_if_match(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"

    missing = client.patch(url, json={"name": "Tên mới"}, headers=world.auth("officer"))
    assert_problem(missing, 428, "precondition_required")
    stale = client.patch(url, json={"name": "Tên mới"}, headers=if_match(world, "officer", 7))
    assert_problem(stale, 412, "precondition_failed")
    unquoted = client.patch(url, json={"name": "Tên mới"}, headers={**world.auth("officer"), "If-Match": "1"})
    assert_problem(unquoted, 412, "precondition_failed")
    stored = row(db, data["id"])
    assert stored is not None and stored.name == data["name"] and stored.version == 1

    answer = client.patch(
        url, json={"name": "  Tên mới  ", "employees_total": 150}, headers=if_match(world, "officer", 1)
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["ETag"] == '"2"'
    changed = answer.json()
    assert changed["version"] == 2
    assert changed["name"] == "Tên mới"
    assert changed["employees_total"] == 150
    assert changed["size_class"] == "medium"
    assert changed["tax_code"] == data["tax_code"]
    assert changed["address"] == data["address"]
    read = client.get(url, headers=world.auth("officer"))
    assert read.headers["ETag"] == '"2"'
    assert read.json() == changed
    stored = row(db, data["id"])
    assert stored is not None and stored.name == "Tên mới" and stored.version == 2
    assert stored.name_folded == "ten moi"
    assert stored.updated_at >= stored.created_at


def test_if_match_accepts_weak_list_and_star(client: TestClient, world: World) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"
    weak = client.patch(url, json={"name": "Một"}, headers={**world.auth("officer"), "If-Match": 'W/"1"'})
    assert weak.status_code == 200, weak.text
    listed = client.patch(url, json={"name": "Hai"}, headers={**world.auth("officer"), "If-Match": '"9", "2"'})
    assert listed.status_code == 200, listed.text
    star = client.patch(url, json={"name": "Ba"}, headers={**world.auth("officer"), "If-Match": "*"})
    assert star.status_code == 200, star.text
    assert star.json()["version"] == 4


def test_soft_delete(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"

    assert_problem(client.delete(url, headers=world.auth("officer")), 428, "precondition_required")
    assert_problem(client.delete(url, headers=if_match(world, "officer", 2)), 412, "precondition_failed")
    stored = row(db, data["id"])
    assert stored is not None and stored.deleted_at is None

    answer = client.delete(url, headers=if_match(world, "officer", 1))
    assert answer.status_code == 204
    assert answer.content == b""

    assert_problem(client.get(url, headers=world.auth("officer")), 404, "not_found")
    listed = client.get(API, headers=world.auth("officer"), params={"limit": 200}).json()
    assert data["id"] not in {e["id"] for e in listed["items"]}
    assert listed["total"] == 4
    searched = client.get(API, headers=world.auth("officer"), params={"q": "thep viet"}).json()
    assert searched["items"] == [] and searched["total"] == 0
    assert_problem(client.patch(url, json={"name": "X"}, headers=if_match(world, "officer", 2)), 404, "not_found")
    assert_problem(client.delete(url, headers=if_match(world, "officer", 2)), 404, "not_found")
    assert_problem(client.get(f"{url}/history", headers=world.auth("officer")), 404, "not_found")

    stored = row(db, data["id"])
    assert stored is not None
    assert stored.deleted_at is not None
    assert stored.tax_code == data["tax_code"]
    assert count_enterprises(db) == 5


def test_delete_out_of_scope_is_404_and_keeps_the_row(client: TestClient, world: World, db: Session) -> None:
    url = f"{API}/{world.ids['b1']}"
    assert_problem(client.delete(url, headers=if_match(world, "commune_a", 1)), 404, "not_found")
    stored = row(db, world.ids["b1"])
    assert stored is not None and stored.deleted_at is None


def test_lost_update_is_refused(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"
    first_read = client.get(url, headers=world.auth("officer"))
    second_read = client.get(url, headers=world.auth("admin"))
    assert first_read.headers["ETag"] == second_read.headers["ETag"] == '"1"'

    first = client.patch(
        url, json={"address": "Số 9 phố Huế"}, headers={**world.auth("officer"), "If-Match": first_read.headers["ETag"]}
    )
    assert first.status_code == 200, first.text
    second = client.patch(
        url,
        json={"address": "Số 1 Tràng Tiền"},
        headers={**world.auth("admin"), "If-Match": second_read.headers["ETag"]},
    )
    assert_problem(second, 412, "precondition_failed")

    stored = row(db, data["id"])
    assert stored is not None and stored.address == "Số 9 phố Huế" and stored.version == 2
    assert [e.action for e in audit_rows(db, data["id"])] == ["create", "update"]


# --- validation -------------------------------------------------------------------------------------------


def outcome(answer: Response) -> tuple[int, dict[str, str]]:
    """The status and {field: code} of an answer; a problem's own fields are checked on the way."""
    if answer.status_code < 400:
        return answer.status_code, {}
    problem = answer.json()
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert problem["type"].startswith("urn:osh:problem:") and problem["status"] == answer.status_code
    assert all(e["message"] for e in problem.get("errors") or [])
    return answer.status_code, {e["field"]: e["code"] for e in problem.get("errors") or []}


BAD_TAX_CODES: list[tuple[Any, str]] = [
    ("123", "tax_code_format"),
    ("010000000", "tax_code_format"),
    ("01000000011", "tax_code_format"),
    ("010000000a", "tax_code_format"),
    ("0100000001-01", "tax_code_format"),
    ("0100000001-0001", "tax_code_format"),
    ("0100000001 001", "tax_code_format"),
    ("0100000001-", "tax_code_format"),
    ("0100000001_001", "tax_code_format"),
    ("-0100000001", "tax_code_format"),
    ("", "tax_code_format"),
    ("０１０００００００９", "tax_code_format"),  # full-width digits
    ("٠١٠٠٠٠٠٠٠٩", "tax_code_format"),  # Arabic-Indic digits
    (1234567890, "string_type"),
    (None, "string_type"),
]


def test_tax_code_format(client: TestClient, world: World, db: Session) -> None:
    got = {repr(value): outcome(create(client, world, tax_code=value)) for value, _ in BAD_TAX_CODES}
    assert got == {repr(value): (422, {"tax_code": code}) for value, code in BAD_TAX_CODES}
    assert count_enterprises(db) == 4


def test_tax_code_formats_accepted(client: TestClient, world: World) -> None:
    for tax_code in ("0200000001", "0200000001-001", "8000000000-999"):
        assert created(client, world, tax_code=tax_code)["tax_code"] == tax_code


def test_vsic_unknown(client: TestClient, world: World, db: Session) -> None:
    bad = ["04", "4", "123456", "12a", "00", "ab", "", "٤١٠١", "４１０１", "²⁵"]
    got = {value: outcome(create(client, world, vsic_code=value)) for value in bad}
    assert got == {value: (422, {"vsic_code": "vsic_unknown"}) for value in bad}
    assert count_enterprises(db) == 4


def test_commune_outside_province_or_unknown(client: TestClient, world: World, db: Session) -> None:
    cases = {
        COMMUNE_OTHER_PROVINCE: "admin_unit_unknown",
        "99999": "admin_unit_unknown",
        "24": "string_pattern_mismatch",
        "091870": "string_pattern_mismatch",
        "０９１８７": "admin_unit_unknown",
    }
    got = {commune: outcome(create(client, world, admin_unit_code=commune)) for commune in cases}
    assert got == {commune: (422, {"admin_unit_code": code}) for commune, code in cases.items()}
    assert count_enterprises(db) == 4


def test_commune_change_by_patch_is_checked(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"
    answer = client.patch(url, json={"admin_unit_code": COMMUNE_OTHER_PROVINCE}, headers=if_match(world, "officer", 1))
    assert_field_error(answer, "admin_unit_code", "admin_unit_unknown")
    answer = client.patch(url, json={"zone_code": "NOPE"}, headers=if_match(world, "officer", 1))
    assert_field_error(answer, "zone_code", "zone_unknown")
    stored = row(db, data["id"])
    assert stored is not None and stored.admin_unit_code == COMMUNE_A and stored.zone_code is None
    moved = client.patch(
        url, json={"admin_unit_code": COMMUNE_B, "zone_code": "ZB"}, headers=if_match(world, "officer", 1)
    )
    assert moved.status_code == 200, moved.text
    assert (moved.json()["admin_unit_code"], moved.json()["zone_code"]) == (COMMUNE_B, "ZB")


def test_unknown_zone(client: TestClient, world: World, db: Session) -> None:
    assert_field_error(create(client, world, zone_code="ZZ"), "zone_code", "zone_unknown")
    assert count_enterprises(db) == 4


def test_female_over_total(client: TestClient, world: World, db: Session) -> None:
    answer = create(client, world, employees_total=10, employees_female=11)
    assert_field_error(answer, "employees_female", "employees_female_over_total")
    answer = create(client, world, employees_total=10, employees_female=0, employees_hazardous=11)
    assert_field_error(answer, "employees_hazardous", "employees_hazardous_over_total")
    assert count_enterprises(db) == 4
    assert (
        created(client, world, employees_total=10, employees_female=10, employees_hazardous=10)["employees_female"]
        == 10
    )


def test_female_over_total_when_patch_changes_one_side(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world, employees_total=40, employees_female=12, employees_hazardous=3)
    url = f"{API}/{data['id']}"
    answer = client.patch(url, json={"employees_female": 41}, headers=if_match(world, "officer", 1))
    assert_field_error(answer, "employees_female", "employees_female_over_total")
    answer = client.patch(url, json={"employees_total": 11}, headers=if_match(world, "officer", 1))
    assert_field_error(answer, "employees_female", "employees_female_over_total")
    stored = row(db, data["id"])
    assert stored is not None and (stored.employees_total, stored.employees_female, stored.version) == (40, 12, 1)
    ok = client.patch(url, json={"employees_total": 12}, headers=if_match(world, "officer", 1))
    assert ok.status_code == 200, ok.text
    assert audit_rows(db, data["id"])[-1].after == {"employees_total": 12}


def test_high_risk_override_needs_reason(client: TestClient, world: World, db: Session) -> None:
    answer = create(client, world, vsic_code="6201", high_risk_override=True)
    assert_field_error(answer, "high_risk_reason", "high_risk_reason_required")
    answer = create(client, world, vsic_code="6201", high_risk_override=True, high_risk_reason="   ")
    assert_field_error(answer, "high_risk_reason")
    answer = create(client, world, vsic_code="6201", high_risk_override=False, high_risk_reason="abc")
    assert_field_error(answer, "high_risk_reason")
    assert count_enterprises(db) == 4

    data = created(client, world, vsic_code="6201")
    answer = client.patch(
        f"{API}/{data['id']}", json={"high_risk_override": True}, headers=if_match(world, "officer", 1)
    )
    assert_field_error(answer, "high_risk_reason", "high_risk_reason_required")
    # A reason without an override would be dropped silently: it is refused instead.
    answer = client.patch(
        f"{API}/{data['id']}", json={"high_risk_reason": "Có lò hơi áp suất cao"}, headers=if_match(world, "officer", 1)
    )
    assert_field_error(answer, "high_risk_reason", "high_risk_reason_without_override")
    answer = create(client, world, vsic_code="6201", high_risk_reason="Có lò hơi áp suất cao")
    assert_field_error(answer, "high_risk_reason", "high_risk_reason_without_override")


def test_money_is_capped_where_excel_stays_exact(client: TestClient, world: World) -> None:
    assert created(client, world, annual_revenue_vnd=2**53)["annual_revenue_vnd"] == 2**53
    assert_field_error(create(client, world, tax_code="0100000999", total_capital_vnd=2**53 + 1), "total_capital_vnd")


HEADCOUNT_CASES: list[tuple[Any, str]] = [
    (True, "int_type"),
    (False, "int_type"),
    ("12", "int_type"),
    (12.5, "int_type"),
    (12.0, "int_type"),
    ("twelve", "int_type"),
    (None, "int_type"),
    ([12], "int_type"),
    (-1, "greater_than_equal"),
    (10_000_001, "less_than_equal"),
]


def test_headcounts_are_strict_integers(client: TestClient, world: World, db: Session) -> None:
    fields = ("employees_total", "employees_female", "employees_hazardous")
    got = {
        (field, repr(value)): outcome(create(client, world, **{field: value}))
        for field in fields
        for value, _ in HEADCOUNT_CASES
    }
    assert got == {(field, repr(value)): (422, {field: code}) for field in fields for value, code in HEADCOUNT_CASES}
    assert count_enterprises(db) == 4


def test_money_is_a_strict_integer(client: TestClient, world: World, db: Session) -> None:
    cases: list[tuple[Any, str]] = [
        (True, "int_type"),
        ("1000", "int_type"),
        (1.5, "int_type"),
        (-5, "greater_than_equal"),
        (10**16 + 1, "less_than_equal"),
    ]
    fields = ("annual_revenue_vnd", "total_capital_vnd")
    got = {(f, repr(v)): outcome(create(client, world, **{f: v})) for f in fields for v, _ in cases}
    assert got == {(f, repr(v)): (422, {f: code}) for f in fields for v, code in cases}
    assert count_enterprises(db) == 4
    assert created(client, world, annual_revenue_vnd=2**53, total_capital_vnd=0)["annual_revenue_vnd"] == 2**53


def test_patch_headcount_strict(client: TestClient, world: World) -> None:
    data = created(client, world)
    for value in (True, "12", 12.5):
        answer = client.patch(
            f"{API}/{data['id']}", json={"employees_total": value}, headers=if_match(world, "officer", 1)
        )
        assert_field_error(answer, "employees_total")


def test_enum_and_format_fields(client: TestClient, world: World) -> None:
    assert_field_error(create(client, world, legal_form="corporation"), "legal_form", "enum")
    assert_field_error(create(client, world, ownership="alien"), "ownership", "enum")
    assert_field_error(create(client, world, status="closed"), "status", "enum")
    assert_field_error(create(client, world, email="not-an-email"), "email")
    assert_field_error(create(client, world, phone="call me"), "phone")
    assert_field_error(create(client, world, founded_on="30/04/2019"), "founded_on")
    assert_field_error(create(client, world, name="   "), "name")
    assert_field_error(create(client, world, name="x" * 301), "name")


def test_missing_required_fields(client: TestClient, world: World) -> None:
    answer = client.post(API, json={"name": "Chỉ có tên"}, headers=world.auth("officer"))
    problem = assert_problem(answer, 422, "validation_error")
    missing = {e["field"] for e in problem["errors"] if e["code"] == "missing"}
    assert missing == {"tax_code", "legal_form", "vsic_code", "admin_unit_code", "address"}


def test_malformed_json_is_400(client: TestClient, world: World, db: Session) -> None:
    answer = client.post(
        API, content=b'{"tax_code": ', headers={**world.auth("officer"), "Content-Type": "application/json"}
    )
    assert_problem(answer, 400, "validation_error")
    assert count_enterprises(db) == 4


def test_duplicate_tax_code_is_409(client: TestClient, world: World, db: Session) -> None:
    created(client, world)
    answer = create(client, world, name="Một công ty khác")
    assert_field_error(answer, "tax_code", "tax_code_taken", status=409)
    assert count_enterprises(db, tax_code="0200000001") == 1
    assert_field_error(create(client, world, tax_code="0100000003"), "tax_code", "tax_code_taken", status=409)


def test_tax_code_of_a_deleted_enterprise_stays_taken(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    assert client.delete(f"{API}/{data['id']}", headers=if_match(world, "officer", 1)).status_code == 204
    assert_field_error(create(client, world), "tax_code", "tax_code_taken", status=409)
    assert count_enterprises(db, tax_code="0200000001") == 1


NOT_NULL = [
    "name",
    "legal_form",
    "ownership",
    "vsic_code",
    "admin_unit_code",
    "address",
    "employees_total",
    "employees_female",
    "employees_hazardous",
    "status",
]


def test_patch_required_field_to_null(client: TestClient, world: World, db: Session) -> None:
    url = f"{API}/{world.ids['a1']}"
    got = {
        field: outcome(client.patch(url, json={field: None}, headers=if_match(world, "officer", 1)))
        for field in NOT_NULL
    }
    assert got == {field: (422, {field: "field_required"}) for field in NOT_NULL}
    both = client.patch(url, json={"name": None, "status": None, "phone": None}, headers=if_match(world, "officer", 1))
    assert outcome(both) == (422, {"name": "field_required", "status": "field_required"})
    stored = row(db, world.ids["a1"])
    assert stored is not None and stored.version == 1
    assert all(getattr(stored, field) is not None for field in NOT_NULL)
    assert audit_rows(db) == []


def test_patch_optional_field_to_null(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world, zone_code="ZA", email="a@b.vn", annual_revenue_vnd=5 * BILLION)
    answer = client.patch(
        f"{API}/{data['id']}",
        json={"zone_code": None, "email": None, "annual_revenue_vnd": None},
        headers=if_match(world, "officer", 1),
    )
    assert answer.status_code == 200, answer.text
    assert (answer.json()["zone_code"], answer.json()["email"], answer.json()["annual_revenue_vnd"]) == (
        None,
        None,
        None,
    )
    stored = row(db, data["id"])
    assert stored is not None and stored.zone_code is None and stored.email is None


def test_tax_code_cannot_change(client: TestClient, world: World, db: Session) -> None:
    url = f"{API}/{world.ids['a1']}"
    answer = client.patch(url, json={"tax_code": "0999999999"}, headers=if_match(world, "officer", 1))
    assert_field_error(answer, "tax_code", "extra_forbidden")
    stored = row(db, world.ids["a1"])
    assert stored is not None and stored.tax_code == "0100000001"


SYSTEM_FIELDS: dict[str, Any] = {
    "id": 4242,
    "version": 9,
    "size_class": "large",
    "high_risk": True,
    "vsic_section": "F",
    "created_at": "2020-01-01T00:00:00Z",
    "updated_at": "2020-01-01T00:00:00Z",
    "deleted_at": "2020-01-01T00:00:00Z",
    "search_text": "anything",
    "name_folded": "anything",
}


def test_mass_assignment_is_refused(client: TestClient, world: World, db: Session) -> None:
    got = {field: outcome(create(client, world, **{field: value})) for field, value in SYSTEM_FIELDS.items()}
    assert got == {field: (422, {field: "extra_forbidden"}) for field in SYSTEM_FIELDS}
    assert count_enterprises(db) == 4

    url = f"{API}/{world.ids['a1']}"
    got = {
        field: outcome(client.patch(url, json={field: value, "name": "Đổi tên"}, headers=if_match(world, "officer", 1)))
        for field, value in SYSTEM_FIELDS.items()
    }
    assert got == {field: (422, {field: "extra_forbidden"}) for field in SYSTEM_FIELDS}
    stored = row(db, world.ids["a1"])
    assert stored is not None
    assert (stored.version, stored.deleted_at, stored.name, stored.size_class) == (1, None, "Công ty Đồng Đức", "small")
    assert audit_rows(db) == []


# --- derived fields ---------------------------------------------------------------------------------------


SIZE_CASES: list[tuple[str, int, int | None, int | None, str]] = [
    ("2592", 0, None, None, "micro"),
    ("2592", 8, None, None, "micro"),
    ("2592", 10, None, None, "micro"),
    ("2592", 11, None, None, "small"),
    ("2592", 90, None, None, "small"),
    ("2592", 100, None, None, "small"),
    ("2592", 101, None, None, "medium"),
    ("2592", 150, None, None, "medium"),
    ("2592", 200, None, None, "medium"),
    ("2592", 201, None, None, "large"),
    ("2592", 250, None, None, "large"),
    ("0111", 8, None, None, "micro"),
    ("4101", 150, None, None, "medium"),
    ("4711", 10, None, None, "micro"),
    ("4711", 11, None, None, "small"),
    ("4711", 50, None, None, "small"),
    ("4711", 60, None, None, "medium"),
    ("6201", 60, None, None, "medium"),
    ("6201", 100, None, None, "medium"),
    ("6201", 101, None, None, "large"),
    # employees AND (revenue OR capital)
    ("2592", 8, 3, None, "micro"),
    ("2592", 8, 5, None, "small"),
    ("2592", 8, None, 3, "micro"),
    ("2592", 8, None, 4, "small"),
    ("2592", 8, 5, 2, "micro"),
    ("2592", 8, 2, 50, "micro"),
    ("2592", 8, 60, 25, "medium"),
    ("2592", 90, 300, 80, "medium"),
    ("2592", 90, 300, 150, "large"),
    ("2592", 90, 50, 1000, "small"),
    ("2592", 150, 1, 1, "medium"),
    ("2592", 250, 1, 1, "large"),
    ("4711", 8, 8, None, "micro"),
    ("4711", 8, 11, 4, "small"),
    ("4711", 8, 11, 3, "micro"),
    ("4711", 40, 150, 60, "medium"),
    ("4711", 40, 400, 200, "large"),
]


def test_size_class_by_decree_80(client: TestClient, world: World, db: Session) -> None:
    got: dict[tuple[str, int, int | None, int | None], str] = {}
    ids = {}
    for index, (vsic, employees, revenue_bn, capital_bn, _) in enumerate(SIZE_CASES):
        data = created(
            client,
            world,
            tax_code=f"06{index:08d}",
            vsic_code=vsic,
            employees_total=employees,
            employees_female=0,
            employees_hazardous=0,
            annual_revenue_vnd=None if revenue_bn is None else revenue_bn * BILLION,
            total_capital_vnd=None if capital_bn is None else capital_bn * BILLION,
        )
        got[(vsic, employees, revenue_bn, capital_bn)] = data["size_class"]
        ids[(vsic, employees, revenue_bn, capital_bn)] = data["id"]
    expected = {(vsic, employees, revenue, capital): size for vsic, employees, revenue, capital, size in SIZE_CASES}
    assert got == expected
    db.rollback()
    stored = {case: db.get(Enterprise, enterprise_id) for case, enterprise_id in ids.items()}
    assert {case: e.size_class for case, e in stored.items() if e is not None} == expected


def test_size_class_follows_patches(client: TestClient, world: World) -> None:
    data = created(client, world, employees_total=8, employees_female=0, employees_hazardous=0)
    assert data["size_class"] == "micro"
    url = f"{API}/{data['id']}"
    answer = client.patch(url, json={"employees_total": 250}, headers=if_match(world, "officer", 1))
    assert answer.json()["size_class"] == "large"
    answer = client.patch(url, json={"annual_revenue_vnd": 10 * BILLION}, headers=if_match(world, "officer", 2))
    assert answer.json()["size_class"] == "large"
    answer = client.patch(url, json={"employees_total": 90}, headers=if_match(world, "officer", 3))
    assert answer.json()["size_class"] == "small"
    answer = client.patch(url, json={"vsic_code": "4711"}, headers=if_match(world, "officer", 4))
    assert answer.json()["size_class"] == "medium"
    assert answer.json()["vsic_section"] == "G"


RISK_CASES: list[tuple[str, str, bool]] = [
    ("4101", "F", True),
    ("0810", "B", True),
    ("2592", "C", True),
    ("3510", "D", True),
    ("1410", "C", True),
    ("2394", "C", True),
    ("6201", "J", False),
    ("4711", "G", False),
    ("1010", "C", False),
    ("8610", "Q", False),
    ("41", "F", True),
]


def test_high_risk_derived_from_industry(client: TestClient, world: World, db: Session) -> None:
    got = {}
    for index, (vsic, _, _) in enumerate(RISK_CASES):
        data = created(client, world, tax_code=f"07{index:08d}", vsic_code=vsic)
        assert data["high_risk_override"] is None and data["high_risk_reason"] is None
        stored = row(db, data["id"])
        assert stored is not None
        got[vsic] = (data["vsic_section"], data["high_risk"], stored.vsic_section, stored.high_risk)
    assert got == {vsic: (section, risk, section, risk) for vsic, section, risk in RISK_CASES}


def test_high_risk_override_wins_and_clearing_returns_to_derived(client: TestClient, world: World, db: Session) -> None:
    software = created(
        client, world, vsic_code="6201", high_risk_override=True, high_risk_reason="Phòng máy chủ điện áp cao"
    )
    assert (software["high_risk"], software["high_risk_override"]) == (True, True)
    assert software["high_risk_reason"] == "Phòng máy chủ điện áp cao"
    builder = created(
        client,
        world,
        tax_code="0200000002",
        vsic_code="4101",
        high_risk_override=False,
        high_risk_reason="Chỉ làm văn phòng thiết kế",
    )
    assert (builder["high_risk"], builder["high_risk_override"]) == (False, False)

    url = f"{API}/{software['id']}"
    answer = client.patch(url, json={"vsic_code": "4101"}, headers=if_match(world, "officer", 1))
    assert answer.json()["high_risk"] is True
    answer = client.patch(url, json={"high_risk_override": False}, headers=if_match(world, "officer", 2))
    assert answer.status_code == 200, answer.text
    assert (answer.json()["high_risk"], answer.json()["high_risk_reason"]) == (False, "Phòng máy chủ điện áp cao")

    cleared = client.patch(url, json={"high_risk_override": None}, headers=if_match(world, "officer", 3))
    assert cleared.status_code == 200, cleared.text
    assert (cleared.json()["high_risk"], cleared.json()["high_risk_override"], cleared.json()["high_risk_reason"]) == (
        True,
        None,
        None,
    )
    stored = row(db, software["id"])
    assert stored is not None and (stored.high_risk, stored.high_risk_override, stored.high_risk_reason) == (
        True,
        None,
        None,
    )

    answer = client.patch(url, json={"vsic_code": "6201"}, headers=if_match(world, "officer", 4))
    assert answer.json()["high_risk"] is False


# --- idempotency ------------------------------------------------------------------------------------------


def test_idempotent_replay(client: TestClient, world: World, db: Session) -> None:
    headers = {**world.auth("officer"), "Idempotency-Key": "create-1"}
    first = client.post(API, json=new_body(), headers=headers)
    second = client.post(API, json=new_body(), headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert "Idempotent-Replayed" not in first.headers
    assert second.headers["Idempotent-Replayed"] == "true"
    assert second.headers["Location"] == first.headers["Location"]
    assert second.headers["ETag"] == first.headers["ETag"]
    assert count_enterprises(db, tax_code="0200000001") == 1
    assert len(audit_rows(db, first.json()["id"])) == 1


def test_idempotency_key_with_another_body(client: TestClient, world: World, db: Session) -> None:
    headers = {**world.auth("officer"), "Idempotency-Key": "create-2"}
    assert client.post(API, json=new_body(), headers=headers).status_code == 201
    other = client.post(API, json=new_body(tax_code="0200000002"), headers=headers)
    assert_problem(other, 422, "idempotency_mismatch")
    assert count_enterprises(db, tax_code="0200000002") == 0
    assert count_enterprises(db) == 5


def test_expired_idempotency_keys_are_dropped(
    client: TestClient, world: World, db: Session, migrated: Settings
) -> None:
    """After the replay window a key is new again, and starting the server purges the old answers."""
    headers = {**world.auth("officer"), "Idempotency-Key": "old-key"}
    assert client.post(API, json=new_body(), headers=headers).status_code == 201
    db.rollback()
    db.execute(update(IdempotencyRecord).values(created_at=utcnow() - KEEP_FOR - timedelta(minutes=1)))
    db.commit()
    again = client.post(API, json=new_body(tax_code="0200000009"), headers=headers)
    assert again.status_code == 201 and "Idempotent-Replayed" not in again.headers
    db.execute(update(IdempotencyRecord).values(created_at=utcnow() - KEEP_FOR - timedelta(minutes=1)))
    db.commit()
    migrate(migrated)
    db.rollback()
    assert db.scalar(select(func.count()).select_from(IdempotencyRecord)) == 0


def test_idempotency_keys_belong_to_a_principal(client: TestClient, world: World, db: Session) -> None:
    key = {"Idempotency-Key": "shared-key"}
    first = client.post(API, json=new_body(), headers={**world.auth("officer"), **key})
    assert first.status_code == 201
    same_body = client.post(API, json=new_body(), headers={**world.auth("admin"), **key})
    assert_field_error(same_body, "tax_code", "tax_code_taken", status=409)
    assert "Idempotent-Replayed" not in same_body.headers
    other_body = client.post(API, json=new_body(tax_code="0200000002"), headers={**world.auth("admin"), **key})
    assert other_body.status_code == 201, other_body.text
    assert "Idempotent-Replayed" not in other_body.headers
    assert other_body.json()["id"] != first.json()["id"]
    assert count_enterprises(db) == 6
    db.rollback()
    assert (
        db.scalar(select(func.count()).select_from(IdempotencyRecord).where(IdempotencyRecord.key == "shared-key")) == 2
    )


def test_failed_request_does_not_consume_the_key(client: TestClient, world: World, db: Session) -> None:
    headers = {**world.auth("officer"), "Idempotency-Key": "retry-after-fix"}
    bad = client.post(API, json=new_body(zone_code="ZZ"), headers=headers)
    assert_field_error(bad, "zone_code", "zone_unknown")
    assert client.post(API, json=new_body(zone_code="ZZ"), headers=headers).status_code == 422
    fixed = client.post(API, json=new_body(zone_code="ZA"), headers=headers)
    assert fixed.status_code == 201, fixed.text
    assert "Idempotent-Replayed" not in fixed.headers
    assert count_enterprises(db) == 5


def test_concurrent_posts_with_one_key_create_one_row(client: TestClient, world: World, db: Session) -> None:
    headers = {**world.auth("officer"), "Idempotency-Key": "burst"}
    body = new_body()
    answers: list[Response] = []
    lock = threading.Lock()
    start = threading.Barrier(20)

    def post() -> None:
        start.wait()
        answer = client.post(API, json=body, headers=headers)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=post) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(answers) == 20
    assert [a.status_code for a in answers] == [201] * 20, [a.text for a in answers if a.status_code != 201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert sum(1 for a in answers if "Idempotent-Replayed" not in a.headers) == 1
    assert count_enterprises(db, tax_code="0200000001") == 1
    assert len(audit_rows(db, answers[0].json()["id"])) == 1


# --- audit ------------------------------------------------------------------------------------------------


def test_each_write_adds_one_audit_row(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    events = audit_rows(db)
    assert len(events) == 1
    create_event = events[0]
    assert (create_event.action, create_event.entity, create_event.entity_id) == (
        "create",
        "enterprise",
        str(data["id"]),
    )
    assert (create_event.actor_kind, create_event.actor_id, create_event.actor_label) == (
        "user",
        world.ids["user_officer"],
        "officer@test.vn",
    )
    assert create_event.before is None
    assert create_event.after is not None
    assert create_event.after["tax_code"] == "0200000001"
    assert create_event.after["employees_total"] == 40
    assert create_event.after["size_class"] == "small"
    assert create_event.after["high_risk"] is True
    assert create_event.request_id

    url = f"{API}/{data['id']}"
    assert (
        client.patch(
            url,
            json={"name": "Tên mới", "employees_total": 5, "employees_female": 1, "employees_hazardous": 0},
            headers=if_match(world, "admin", 1),
        ).status_code
        == 200
    )
    events = audit_rows(db)
    assert len(events) == 2
    update = events[1]
    assert (update.action, update.actor_id, update.actor_label) == ("update", world.ids["user_admin"], "admin@test.vn")
    assert update.before == {
        "name": "Công ty Cổ phần Thép Việt",
        "employees_total": 40,
        "employees_female": 12,
        "employees_hazardous": 3,
        "size_class": "small",
    }
    assert update.after == {
        "name": "Tên mới",
        "employees_total": 5,
        "employees_female": 1,
        "employees_hazardous": 0,
        "size_class": "micro",
    }

    assert client.delete(url, headers=if_match(world, "officer", 2)).status_code == 204
    events = audit_rows(db)
    assert len(events) == 3
    deleted = events[2]
    assert (deleted.action, deleted.entity_id, deleted.actor_id) == (
        "delete",
        str(data["id"]),
        world.ids["user_officer"],
    )
    assert deleted.before is not None and deleted.before["name"] == "Tên mới"
    assert deleted.after is None


def test_refused_writes_add_no_audit_rows(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"
    assert create(client, world).status_code == 409
    assert create(client, world, tax_code="0200000002", zone_code="ZZ").status_code == 422
    assert client.patch(url, json={"name": "X"}, headers=world.auth("officer")).status_code == 428
    assert client.patch(url, json={"name": "X"}, headers=if_match(world, "officer", 5)).status_code == 412
    assert client.patch(url, json={"employees_female": 999}, headers=if_match(world, "officer", 1)).status_code == 422
    assert client.delete(url, headers=if_match(world, "officer", 5)).status_code == 412
    assert len(audit_rows(db)) == 1


def test_noop_patch_adds_no_audit_row(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world, zone_code="ZA")
    url = f"{API}/{data['id']}"
    answer = client.patch(
        url,
        json={"name": data["name"], "employees_total": 40, "zone_code": "za", "vsic_code": "2592"},
        headers=if_match(world, "officer", 1),
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["version"] == 1
    assert answer.headers["ETag"] == '"1"'
    empty = client.patch(url, json={}, headers=if_match(world, "officer", 1))
    assert empty.status_code == 200
    assert empty.json() == answer.json()
    assert [e.action for e in audit_rows(db, data["id"])] == ["create"]
    stored = row(db, data["id"])
    assert stored is not None and stored.version == 1


def test_history_newest_first(client: TestClient, world: World) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"
    for version, name in ((1, "Một"), (2, "Hai"), (3, "Ba")):
        assert client.patch(url, json={"name": name}, headers=if_match(world, "officer", version)).status_code == 200

    history = client.get(f"{url}/history", headers=world.auth("officer"))
    assert history.status_code == 200
    items = history.json()["items"]
    assert [e["action"] for e in items] == ["update", "update", "update", "create"]
    assert [e["after"]["name"] for e in items] == ["Ba", "Hai", "Một", "Công ty Cổ phần Thép Việt"]
    assert [e["before"]["name"] for e in items[:3]] == ["Hai", "Một", "Công ty Cổ phần Thép Việt"]
    assert all(e["entity"] == "enterprise" and e["entity_id"] == str(data["id"]) for e in items)
    assert all(e["actor_label"] == "officer@test.vn" for e in items)
    ids = [e["id"] for e in items]
    assert ids == sorted(ids, reverse=True)

    walked: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 1}
        if cursor:
            params["cursor"] = cursor
        page = client.get(f"{url}/history", params=params, headers=world.auth("officer")).json()
        walked += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert walked == ids

    other = client.get(f"{API}/{world.ids['a1']}/history", headers=world.auth("officer")).json()
    assert other["items"] == []
    assert_problem(client.get(f"{API}/{world.ids['b1']}/history", headers=world.auth("commune_a")), 404, "not_found")


# --- listing ----------------------------------------------------------------------------------------------


def list_ids(client: TestClient, world: World, who: str = "officer", **params: Any) -> tuple[list[int], int]:
    answer = client.get(API, params={"limit": 200, **params}, headers=world.auth(who))
    assert answer.status_code == 200, answer.text
    page = answer.json()
    assert page["next_cursor"] is None
    return [e["id"] for e in page["items"]], page["total"]


@pytest.fixture
def varied(world: World, db: Session) -> dict[str, int]:
    """Enterprises differing in every filterable attribute (besides the four of the world)."""
    ids = {
        "builder": make_enterprise(
            db,
            "0300000001",
            "Xây dựng Sông Hồng",
            COMMUNE_A,
            vsic_code="4101",
            legal_form="joint_stock",
            employees_total=250,
        ).id,
        "software": make_enterprise(
            db,
            "0300000002",
            "Phần mềm Kinh Bắc",
            COMMUNE_B,
            vsic_code="6201",
            legal_form="llc_multi_member",
            employees_total=8,
            employees_female=2,
            employees_hazardous=0,
        ).id,
        "shop": make_enterprise(
            db,
            "0300000003",
            "Cửa hàng Minh Anh",
            COMMUNE_B,
            "ZB",
            vsic_code="4711",
            legal_form="household_business",
            status="suspended",
            employees_total=60,
        ).id,
        "mine": make_enterprise(
            db,
            "0300000004",
            "Khai khoáng Đá Trắng",
            COMMUNE_A,
            "ZA",
            vsic_code="0810",
            legal_form="cooperative",
            status="dissolved",
            employees_total=150,
        ).id,
        "quiet": make_enterprise(
            db,
            "0300000005",
            "May mặc An Phú",
            COMMUNE_A,
            vsic_code="1410",
            high_risk_override=False,
            high_risk_reason="Chỉ còn khâu thiết kế",
            employees_total=90,
        ).id,
    }
    db.commit()
    return {**{name: world.ids[name] for name in ("a1", "za", "b1", "zb")}, **ids}


FILTER_CASES: list[tuple[dict[str, Any], set[str]]] = [
    ({}, {"a1", "za", "b1", "zb", "builder", "software", "shop", "mine", "quiet"}),
    ({"admin_unit": COMMUNE_A}, {"a1", "za", "builder", "mine", "quiet"}),
    ({"admin_unit": [COMMUNE_A, COMMUNE_B]}, {"a1", "za", "b1", "zb", "builder", "software", "shop", "mine", "quiet"}),
    ({"admin_unit": "09999"}, set()),
    ({"zone": "ZA"}, {"za", "mine"}),
    ({"zone": ["ZA", "ZB"]}, {"za", "zb", "mine", "shop"}),
    ({"vsic_section": "C"}, {"a1", "za", "b1", "zb", "quiet"}),
    ({"vsic_section": ["F", "B"]}, {"builder", "mine"}),
    ({"vsic_section": "J"}, {"software"}),
    ({"size_class": "micro"}, {"software"}),
    ({"size_class": "small"}, {"a1", "za", "b1", "zb", "quiet"}),
    ({"size_class": ["medium", "large"]}, {"shop", "mine", "builder"}),
    ({"size_class": "large"}, {"builder"}),
    ({"high_risk": "true"}, {"a1", "za", "b1", "zb", "builder", "mine"}),
    ({"high_risk": "false"}, {"software", "shop", "quiet"}),
    ({"legal_form": "joint_stock"}, {"builder"}),
    ({"legal_form": ["cooperative", "household_business"]}, {"mine", "shop"}),
    ({"legal_form": "llc_single_member"}, {"a1", "za", "b1", "zb", "quiet"}),
    ({"status": "active"}, {"a1", "za", "b1", "zb", "builder", "software", "quiet"}),
    ({"status": ["suspended", "dissolved"]}, {"shop", "mine"}),
    ({"admin_unit": COMMUNE_A, "high_risk": "true", "status": "active"}, {"a1", "za", "builder"}),
    ({"zone": "ZB", "size_class": "medium", "status": "suspended"}, {"shop"}),
]


def test_list_filters(client: TestClient, world: World, varied: dict[str, int]) -> None:
    names = {enterprise_id: name for name, enterprise_id in varied.items()}
    got = {}
    for params, _ in FILTER_CASES:
        ids, total = list_ids(client, world, **params)
        assert total == len(ids), params
        got[repr(params)] = sorted(names[i] for i in ids)
    assert got == {repr(params): sorted(expected) for params, expected in FILTER_CASES}


def test_list_filters_within_scope(client: TestClient, world: World, varied: dict[str, int]) -> None:
    ids, total = list_ids(client, world, "commune_a")
    assert set(ids) == {varied[n] for n in ("a1", "za", "builder", "mine", "quiet")} and total == 5
    ids, total = list_ids(client, world, "commune_a", admin_unit=COMMUNE_B)
    assert ids == [] and total == 0
    ids, _ = list_ids(client, world, "zone_a")
    assert set(ids) == {varied["za"], varied["mine"]}
    ids, _ = list_ids(client, world, "zone_a", high_risk="true", status="dissolved")
    assert ids == [varied["mine"]]
    ids, _ = list_ids(client, world, "enterprise_a")
    assert ids == [varied["a1"]]


BAD_LIST_PARAMS: list[dict[str, Any]] = [
    {"sort": "id"},
    {"sort": "search_text"},
    {"sort": "--name"},
    {"sort": "name,tax_code"},
    {"sort": ""},
    {"limit": 0},
    {"limit": 201},
    {"limit": -1},
    {"limit": "ten"},
    {"cursor": "not-a-cursor"},
    {"cursor": "W10"},
    {"cursor": "eyJhIjoxfQ"},
    {"cursor": "WyJ2IiwiYSIsdHJ1ZV0"},
    {"cursor": "x" * 600},
    {"size_class": "huge"},
    {"status": "closed"},
    {"legal_form": "corporation"},
    {"vsic_section": "Z"},
    {"admin_unit": "123"},
    {"high_risk": "maybe"},
    {"q": "x" * 201},
]


def test_list_parameters_are_validated(client: TestClient, world: World) -> None:
    refused = {}
    for params in BAD_LIST_PARAMS:
        answer = client.get(API, params=params, headers=world.auth("officer"))
        status, errors = outcome(answer)
        name = next(iter(params))
        refused[repr(params)] = (
            status,
            answer.json().get("type"),
            any(field == name or field.startswith(f"{name}.") for field in errors),
        )
    assert refused == {repr(params): (422, "urn:osh:problem:validation_error", True) for params in BAD_LIST_PARAMS}


def test_bad_cursor_error_code(client: TestClient, world: World) -> None:
    answer = client.get(API, params={"cursor": "not-a-cursor"}, headers=world.auth("officer"))
    assert_field_error(answer, "cursor", "cursor_invalid")


@pytest.fixture
def thirty(world: World, db: Session) -> list[int]:
    names = ["An", "Bình", "Cường", "Đức", "Em", "Giang", "Hà", "Ích", "Khánh", "Long"]
    ids = []
    for index in range(30):
        enterprise = make_enterprise(
            db,
            f"04{(index * 7919) % 100000000:08d}",
            f"Công ty {names[index % len(names)]}",
            COMMUNE_A if index % 3 else COMMUNE_B,
            employees_total=(index * 37) % 5 * 20 + 10,
            employees_female=0,
            employees_hazardous=0,
        )
        ids.append(enterprise.id)
    db.commit()
    return ids


SORT_KEYS = {
    "name": "name_folded",
    "tax_code": "tax_code",
    "employees_total": "employees_total",
    "created_at": "created_at",
    "updated_at": "updated_at",
}


def walk(client: TestClient, world: World, limit: int, **params: Any) -> tuple[list[int], list[int]]:
    seen: list[int] = []
    totals: list[int] = []
    cursor = None
    for _ in range(100):
        query = {"limit": limit, **params}
        if cursor:
            query["cursor"] = cursor
        answer = client.get(API, params=query, headers=world.auth("officer"))
        assert answer.status_code == 200, answer.text
        page = answer.json()
        assert len(page["items"]) <= limit
        seen += [e["id"] for e in page["items"]]
        totals.append(page["total"])
        cursor = page["next_cursor"]
        if cursor is None:
            return seen, totals
    raise AssertionError("pagination does not end")


@pytest.mark.parametrize("sort", [s for key in SORT_KEYS for s in (key, f"-{key}")])
def test_keyset_pagination_walks_every_row_once(
    client: TestClient, world: World, db: Session, thirty: list[int], sort: str
) -> None:
    seen, totals = walk(client, world, 7, sort=sort)
    assert len(seen) == 34
    assert len(set(seen)) == 34
    assert totals == [34] * 5

    db.rollback()
    rows = list(db.scalars(select(Enterprise)))
    key = SORT_KEYS[sort.lstrip("-")]
    expected = sorted(rows, key=lambda e: (getattr(e, key), e.id), reverse=sort.startswith("-"))
    assert seen == [e.id for e in expected]


def test_default_sort_is_by_folded_name(client: TestClient, world: World, thirty: list[int]) -> None:
    answer = client.get(API, params={"limit": 200}, headers=world.auth("officer")).json()
    names = [e["name"] for e in answer["items"]]
    assert names[0] == "Công ty An"
    assert names.index("Công ty Đồng Đức") < names.index("Công ty Em")
    assert names.index("Công ty Đức") < names.index("Công ty Em")
    assert names.index("Công ty Cường") < names.index("Công ty Đức")


def test_pagination_with_filters_and_total(client: TestClient, world: World, thirty: list[int]) -> None:
    seen, totals = walk(client, world, 7, admin_unit=COMMUNE_B, sort="-employees_total")
    expected_count = sum(1 for i in range(30) if i % 3 == 0) + 2
    assert len(seen) == len(set(seen)) == expected_count
    assert set(totals) == {expected_count}
    seen, totals = walk(client, world, 2, q="CƯỜNG")
    assert len(seen) == 3 and totals == [3, 3]


def test_pagination_while_rows_are_inserted(client: TestClient, world: World, db: Session, thirty: list[int]) -> None:
    before = set(thirty) | {world.ids[k] for k in ("a1", "za", "b1", "zb")}
    seen: list[int] = []
    inserted: list[int] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 7, "sort": "name"}
        if cursor:
            params["cursor"] = cursor
        page = client.get(API, params=params, headers=world.auth("officer")).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        pages += 1
        if cursor is None:
            break
        for name in (f"Aa chen {pages}", f"Công ty Đức {pages}", f"Zz chen {pages}"):
            answer = client.post(
                API,
                json=new_body(tax_code=f"05{len(inserted):08d}", name=name),
                headers=world.auth("officer"),
            )
            assert answer.status_code == 201, answer.text
            inserted.append(answer.json()["id"])
    assert len(seen) == len(set(seen))
    assert before <= set(seen)
    late = client.get(API, params={"limit": 1}, headers=world.auth("officer")).json()
    assert late["total"] == len(before) + len(inserted)
