"""OSH training over HTTP: providers, courses and training records with the rules of Decree 44/2016 (class and
group, licence in force, self-training employers, document numbers), derived fields, ETag/If-Match, soft
deletes, idempotent creation, list filters and paging, and what each principal may see and write.

The class-to-group mapping is read from the reference list, so the tests pick classes by what they cover."""

import sys
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, COMMUNE_OTHER_PROVINCE, PRINCIPALS, World
from osh.app import create_app
from osh.audit.models import AuditEvent
from osh.auth.permissions import ROLE_PERMISSIONS, TRAINING_MANAGE, TRAINING_READ, TRAINING_RECORD, Role
from osh.core import calendar
from osh.core.settings import Settings
from osh.training import rules
from osh.training.models import TrainingCourse, TrainingProvider, TrainingRecord

API = "/api/v1"
PROVIDERS = f"{API}/training-providers"
COURSES = f"{API}/training-courses"
RECORDS = f"{API}/training-records"
TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    return module_app


def freeze(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """Make `today()` answer `day` in every training module (and the calendar itself)."""
    real = calendar.today
    monkeypatch.setattr(calendar, "today", lambda: day)
    for name, module in list(sys.modules.items()):
        if name.startswith("osh.training") and getattr(module, "today", None) is real:
            monkeypatch.setattr(module, "today", lambda: day)


@pytest.fixture(autouse=True)
def frozen(monkeypatch: pytest.MonkeyPatch) -> date:
    freeze(monkeypatch, TODAY)
    return TODAY


def class_for(group: int) -> str:
    """A class that may train the group, by the reference list."""
    return next(cls for cls, groups in sorted(rules.class_groups().items()) if group in groups)


def class_without(group: int) -> str:
    return next(cls for cls, groups in sorted(rules.class_groups().items()) if group not in groups)


def assert_problem(answer: Response, status: int, kind: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    problem: dict[str, Any] = answer.json()
    assert problem["type"] == f"urn:osh:problem:{kind}"
    return problem


def errors_of(answer: Response, status: int = 422) -> dict[str, str]:
    problem = assert_problem(answer, status, "validation_error" if status == 422 else "conflict")
    assert all(e["message"] for e in problem["errors"])
    return {e["field"]: e["code"] for e in problem["errors"]}


def if_match(world: World, who: str, version: int) -> dict[str, str]:
    return {**world.auth(who), "If-Match": f'"{version}"'}


def ok(answer: Response, status: int = 201) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    data: dict[str, Any] = answer.json()
    return data


def provider_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Trung tâm Huấn luyện An toàn Đông Á",
        "license_number": "HL-001",
        "org_class": "C",
        "license_issued_on": "2020-01-01",
        "license_expires_on": "2030-12-31",
        "admin_unit_code": COMMUNE_A,
    }
    body.update(overrides)
    return body


def new_provider(client: TestClient, world: World, **overrides: Any) -> dict[str, Any]:
    return ok(client.post(PROVIDERS, json=provider_body(**overrides), headers=world.auth("officer")))


def course_body(provider_id: int, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "provider_id": provider_id,
        "title": "Huấn luyện nhóm 3 - vận hành nồi hơi",
        "trainee_group": 3,
        "start_on": "2026-09-28",
        "end_on": "2026-10-03",
        "hours": 24,
        "place": "Hội trường UBND phường",
        "admin_unit_code": COMMUNE_A,
    }
    body.update(overrides)
    return body


def new_course(client: TestClient, world: World, provider_id: int, **overrides: Any) -> dict[str, Any]:
    return ok(client.post(COURSES, json=course_body(provider_id, **overrides), headers=world.auth("officer")))


def record_body(provider_id: int | None, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "worker_name": "Nguyễn Văn Đức",
        "birth_year": 1985,
        "provider_id": provider_id,
        "trainee_group": 3,
        "hours": 24,
        "document_number": "TAT-0001",
        "issued_on": "2026-10-03",
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


def post_record(
    client: TestClient, world: World, provider_id: int | None, who: str = "officer", **overrides: Any
) -> Response:
    return client.post(RECORDS, json=record_body(provider_id, **overrides), headers=world.auth(who))


def new_record(client: TestClient, world: World, provider_id: int | None, **overrides: Any) -> dict[str, Any]:
    return ok(post_record(client, world, provider_id, **overrides))


def stored_record(db: Session, record_id: int) -> TrainingRecord | None:
    db.rollback()
    db.expire_all()
    return db.get(TrainingRecord, record_id)


def count(db: Session, model: Any) -> int:
    db.rollback()
    return int(db.scalar(select(func.count()).select_from(model)) or 0)


# --- providers ----------------------------------------------------------------------------------------------


def test_provider_create_read_update_delete(client: TestClient, world: World, db: Session) -> None:
    answer = client.post(PROVIDERS, json=provider_body(org_class="B"), headers=world.auth("officer"))
    data = ok(answer)
    assert answer.headers["Location"] == f"{PROVIDERS}/{data['id']}"
    assert answer.headers["ETag"] == '"1"'
    assert data["kind"] == "organisation"
    assert data["trains_groups"] == sorted(rules.class_groups()["B"])
    assert data["license_valid"] is True
    url = answer.headers["Location"]
    read = client.get(url, headers=world.auth("viewer"))
    assert read.status_code == 200 and read.json() == data and read.headers["ETag"] == '"1"'

    assert_problem(client.patch(url, json={"name": "Mới"}, headers=world.auth("officer")), 428, "precondition_required")
    assert_problem(
        client.patch(url, json={"name": "Mới"}, headers=if_match(world, "officer", 7)), 412, "precondition_failed"
    )
    changed = client.patch(
        url, json={"name": "Trung tâm Đào tạo Bắc Ninh", "org_class": "C"}, headers=if_match(world, "officer", 1)
    )
    body = ok(changed, 200)
    assert changed.headers["ETag"] == '"2"'
    assert body["trains_groups"] == sorted(rules.class_groups()["C"])
    db.rollback()
    provider = db.get(TrainingProvider, data["id"])
    assert provider is not None and provider.name_folded == "trung tam dao tao bac ninh"

    assert client.delete(url, headers=if_match(world, "officer", 2)).status_code == 204
    assert_problem(client.get(url, headers=world.auth("officer")), 404, "not_found")
    assert client.get(PROVIDERS, headers=world.auth("officer")).json()["total"] == 0
    db.rollback()
    db.expire_all()
    provider = db.get(TrainingProvider, data["id"])
    assert provider is not None and provider.deleted_at is not None
    actions = db.scalars(
        select(AuditEvent.action).where(AuditEvent.entity == "training_provider").order_by(AuditEvent.id)
    )
    assert list(actions) == ["create", "update", "delete"]


def test_provider_list_filters(client: TestClient, world: World) -> None:
    new_provider(client, world, name="Công ty Đức Minh", license_number="L1", org_class="A")
    new_provider(client, world, name="Trung tâm An Phát", license_number="L2", org_class="C")
    new_provider(
        client,
        world,
        name="Trung tâm Đã Hết Hạn",
        license_number="L3",
        license_issued_on="2015-01-01",
        license_expires_on="2020-01-01",
    )

    def names(**params: Any) -> list[str]:
        page = ok(client.get(PROVIDERS, params=params, headers=world.auth("inspector")), 200)
        return [p["name"] for p in page["items"]]

    assert names(q="duc minh") == ["Công ty Đức Minh"]
    assert names(q="DA HET") == ["Trung tâm Đã Hết Hạn"]
    assert names(org_class="A") == ["Công ty Đức Minh"]
    assert names(licence_valid=False) == ["Trung tâm Đã Hết Hạn"]
    assert sorted(names(licence_valid=True)) == ["Công ty Đức Minh", "Trung tâm An Phát"]


def test_licence_number_is_unique(client: TestClient, world: World, db: Session) -> None:
    first = new_provider(client, world)
    again = client.post(PROVIDERS, json=provider_body(name="Khác"), headers=world.auth("officer"))
    assert errors_of(again, 409) == {"license_number": "licence_number_taken"}
    # A removed provider keeps its number: certificates it issued still carry it.
    assert client.delete(f"{PROVIDERS}/{first['id']}", headers=if_match(world, "officer", 1)).status_code == 204
    assert errors_of(client.post(PROVIDERS, json=provider_body(), headers=world.auth("officer")), 409) == {
        "license_number": "licence_number_taken"
    }
    assert count(db, TrainingProvider) == 1


def test_licence_expiry_before_issue(client: TestClient, world: World) -> None:
    bad = client.post(
        PROVIDERS,
        json=provider_body(license_issued_on="2026-01-01", license_expires_on="2025-12-31"),
        headers=world.auth("officer"),
    )
    assert errors_of(bad) == {"license_expires_on": "licence_expiry_before_issue"}
    provider = new_provider(client, world)
    patched = client.patch(
        f"{PROVIDERS}/{provider['id']}",
        json={"license_expires_on": "2019-12-31"},
        headers=if_match(world, "officer", 1),
    )
    assert errors_of(patched) == {"license_expires_on": "licence_expiry_before_issue"}


def test_self_training_employer_needs_its_enterprise(client: TestClient, world: World) -> None:
    missing = client.post(PROVIDERS, json=provider_body(kind="self_training_employer"), headers=world.auth("officer"))
    assert errors_of(missing) == {"enterprise_id": "self_training_needs_enterprise"}
    organisation = client.post(
        PROVIDERS, json=provider_body(enterprise_id=world.ids["a1"]), headers=world.auth("officer")
    )
    assert errors_of(organisation) == {"enterprise_id": "organisation_without_enterprise"}
    employer = new_provider(client, world, kind="self_training_employer", enterprise_id=world.ids["a1"])
    assert employer["enterprise_id"] == world.ids["a1"]


def test_provider_required_fields_cannot_be_cleared(client: TestClient, world: World, db: Session) -> None:
    provider = new_provider(client, world, address="Số 9 Lý Thái Tổ", phone="0222 3822 123")
    url = f"{PROVIDERS}/{provider['id']}"
    for field in ("name", "org_class", "license_issued_on", "license_expires_on"):
        answer = client.patch(url, json={field: None}, headers=if_match(world, "officer", 1))
        assert errors_of(answer) == {field: "field_required"}
    cleared = client.patch(url, json={"address": None, "phone": None}, headers=if_match(world, "officer", 1))
    data = ok(cleared, 200)
    assert (data["address"], data["phone"], data["version"]) == (None, None, 2)


def test_provider_commune_must_be_of_the_province(client: TestClient, world: World) -> None:
    answer = client.post(
        PROVIDERS, json=provider_body(admin_unit_code=COMMUNE_OTHER_PROVINCE), headers=world.auth("officer")
    )
    assert errors_of(answer) == {"admin_unit_code": "admin_unit_unknown"}


# --- courses ------------------------------------------------------------------------------------------------


def test_course_group_must_be_covered_by_the_class(client: TestClient, world: World) -> None:
    provider = new_provider(client, world, org_class=class_without(3))
    refused = client.post(COURSES, json=course_body(provider["id"]), headers=world.auth("officer"))
    assert errors_of(refused) == {"trainee_group": "group_not_covered_by_class"}
    for group in sorted(rules.class_groups()[provider["org_class"]]):
        body = course_body(provider["id"], trainee_group=group, hours=100)
        assert client.post(COURSES, json=body, headers=world.auth("officer")).status_code == 201, group


def test_course_dates_within_the_licence(client: TestClient, world: World) -> None:
    provider = new_provider(client, world, license_issued_on="2024-01-10", license_expires_on="2026-10-01")
    for start, end in (("2024-01-09", "2024-01-12"), ("2026-09-28", "2026-10-02"), ("2023-01-01", "2023-01-02")):
        answer = client.post(
            COURSES, json=course_body(provider["id"], start_on=start, end_on=end), headers=world.auth("officer")
        )
        assert errors_of(answer) == {"provider_id": "provider_licence_not_in_force"}, (start, end)
    inside = new_course(client, world, provider["id"], start_on="2024-01-10", end_on="2026-10-01")
    assert inside["provider_name"] == provider["name"]


def test_course_end_before_start(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    answer = client.post(
        COURSES,
        json=course_body(provider["id"], start_on="2026-10-03", end_on="2026-10-02"),
        headers=world.auth("officer"),
    )
    assert errors_of(answer) == {"end_on": "end_before_start"}
    course = new_course(client, world, provider["id"])
    patched = client.patch(
        f"{COURSES}/{course['id']}", json={"end_on": "2026-09-01"}, headers=if_match(world, "officer", 1)
    )
    assert errors_of(patched) == {"end_on": "end_before_start"}


def test_audience_and_funding_only_for_program_courses(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    audience = client.post(COURSES, json=course_body(provider["id"], audience="workers"), headers=world.auth("officer"))
    assert errors_of(audience) == {"audience": "audience_for_program_courses"}
    funding = client.post(
        COURSES, json=course_body(provider["id"], program_funding_vnd=5_000_000), headers=world.auth("officer")
    )
    assert errors_of(funding) == {"program_funding_vnd": "funding_for_program_courses"}
    program = new_course(
        client, world, provider["id"], funded_by_program=True, audience="workers", program_funding_vnd=5_000_000
    )
    assert (program["audience"], program["program_funding_vnd"]) == ("workers", 5_000_000)
    # Taking the program's funding away while the audience stays is refused.
    patched = client.patch(
        f"{COURSES}/{program['id']}", json={"funded_by_program": False}, headers=if_match(world, "officer", 1)
    )
    assert errors_of(patched) == {
        "audience": "audience_for_program_courses",
        "program_funding_vnd": "funding_for_program_courses",
    }


def test_course_derived_fields_and_participants(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    short = new_course(client, world, provider["id"], hours=23)
    assert short["hours_below_minimum"] is True
    refresher = new_course(client, world, provider["id"], hours=12, kind="refresher")
    assert refresher["hours_below_minimum"] is False
    course = new_course(client, world, provider["id"])
    assert course["hours_below_minimum"] is False and course["participants"] == 0
    for number in ("T-1", "T-2"):
        new_record(client, world, None, course_id=course["id"], document_number=number)
    read = ok(client.get(f"{COURSES}/{course['id']}", headers=world.auth("viewer")), 200)
    assert read["participants"] == 2
    listed = {c["id"]: c["participants"] for c in ok(client.get(COURSES, headers=world.auth("viewer")), 200)["items"]}
    assert listed == {short["id"]: 0, refresher["id"]: 0, course["id"]: 2}


def test_course_unknown_provider(client: TestClient, world: World) -> None:
    answer = client.post(COURSES, json=course_body(999_999), headers=world.auth("officer"))
    assert errors_of(answer) == {"provider_id": "provider_unknown"}


def test_course_soft_delete(client: TestClient, world: World, db: Session) -> None:
    provider = new_provider(client, world)
    course = new_course(client, world, provider["id"])
    url = f"{COURSES}/{course['id']}"
    assert client.delete(url, headers=world.auth("officer")).status_code == 428
    assert client.delete(url, headers=if_match(world, "officer", 1)).status_code == 204
    assert client.get(url, headers=world.auth("officer")).status_code == 404
    assert client.get(COURSES, headers=world.auth("officer")).json()["items"] == []
    db.rollback()
    stored = db.get(TrainingCourse, course["id"])
    assert stored is not None and stored.deleted_at is not None
    # Records cannot join a removed course.
    answer = post_record(client, world, None, course_id=course["id"])
    assert errors_of(answer) == {"course_id": "course_unknown"}


# --- records: rules and derived fields -----------------------------------------------------------------------


def test_record_derives_document_and_expiry(client: TestClient, world: World, db: Session) -> None:
    provider = new_provider(client, world)
    card = new_record(client, world, provider["id"], enterprise_id=world.ids["a1"])
    assert card["document_kind"] == "safety_card"
    assert card["expires_on"] == "2028-10-03"
    assert card["valid_until"] == "2028-10-03"
    assert card["refresher_due_on"] == rules.last_day_of(date(2026, 10, 3), 24).isoformat()
    assert card["state"] == "valid"
    assert card["hours_below_minimum"] is False
    assert (card["admin_unit_code"], card["zone_code"]) == (COMMUNE_A, None)
    assert card["enterprise_name"] == "Công ty Đồng Đức"
    assert card["provider_name"] == provider["name"]

    certificate = new_record(client, world, provider["id"], trainee_group=1, hours=16, document_number="GCN-1")
    assert (certificate["document_kind"], certificate["expires_on"]) == ("certificate", "2028-10-03")

    log = new_record(client, world, provider["id"], trainee_group=4, hours=16, document_number="ignored")
    assert log["document_kind"] == "log_book_entry"
    assert log["document_number"] is None  # a log-book entry has no number
    assert log["expires_on"] is None
    assert log["refresher_due_on"] == log["valid_until"] == "2027-10-03"

    short = new_record(client, world, provider["id"], trainee_group=2, hours=40, document_number="GCN-2")
    assert short["hours_below_minimum"] is True
    refresher = new_record(
        client, world, provider["id"], trainee_group=2, hours=24, kind="refresher", document_number="GCN-3"
    )
    assert refresher["hours_below_minimum"] is False

    stored = stored_record(db, card["id"])
    assert stored is not None
    assert stored.worker_name_folded == "nguyen van duc"
    assert (stored.expires_on, stored.valid_until) == (date(2028, 10, 3), date(2028, 10, 3))


def test_record_in_a_zone_takes_the_enterprise_place(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    record = new_record(client, world, provider["id"], enterprise_id=world.ids["zb"], admin_unit_code=COMMUNE_A)
    assert (record["admin_unit_code"], record["zone_code"]) == (COMMUNE_B, "ZB")


def test_failed_training_gives_no_document(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    failed = new_record(client, world, provider["id"], result="fail", document_number=None)
    assert failed["document_kind"] is None and failed["document_number"] is None
    assert (failed["expires_on"], failed["refresher_due_on"], failed["valid_until"]) == (None, None, None)
    assert failed["state"] == "failed"


def test_document_number_required_for_certificate_and_card(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    for group in (1, 2, 3, 5, 6):
        answer = post_record(client, world, provider["id"], trainee_group=group, hours=60, document_number=None)
        assert errors_of(answer) == {"document_number": "document_number_required"}, group
    assert (
        post_record(client, world, provider["id"], trainee_group=4, hours=16, document_number=None).status_code == 201
    )


def test_document_number_unique_per_provider(client: TestClient, world: World, db: Session) -> None:
    first = new_provider(client, world)
    second = new_provider(client, world, license_number="HL-002", name="Trung tâm khác")
    new_record(client, world, first["id"])
    again = post_record(client, world, first["id"], worker_name="Người khác")
    assert errors_of(again, 409) == {"document_number": "document_number_taken"}
    other = new_record(client, world, second["id"], worker_name="Người khác")
    assert other["document_number"] == "TAT-0001"
    # A log-book entry keeps no number, so one sent with it collides with nothing.
    log = new_record(client, world, first["id"], worker_name="Người thứ ba", trainee_group=4, hours=16)
    assert log["document_number"] is None
    patched_log = client.patch(
        f"{RECORDS}/{log['id']}", json={"document_number": "TAT-0001"}, headers=if_match(world, "officer", 1)
    )
    assert ok(patched_log, 200)["document_number"] is None
    assert count(db, TrainingRecord) == 3
    # A correction onto a number the provider already issued is refused too.
    fourth = new_record(client, world, first["id"], document_number="TAT-0002")
    patched = client.patch(
        f"{RECORDS}/{fourth['id']}", json={"document_number": "TAT-0001"}, headers=if_match(world, "officer", 1)
    )
    assert errors_of(patched, 409) == {"document_number": "document_number_taken"}


def test_licence_must_be_in_force_on_the_issue_day(client: TestClient, world: World) -> None:
    provider = new_provider(client, world, license_issued_on="2020-01-01", license_expires_on="2026-06-30")
    expired = post_record(client, world, provider["id"], issued_on="2026-07-01")
    assert errors_of(expired) == {"issued_on": "provider_licence_not_in_force"}
    early = post_record(client, world, provider["id"], issued_on="2019-12-31")
    assert errors_of(early) == {"issued_on": "provider_licence_not_in_force"}
    last_day = new_record(client, world, provider["id"], issued_on="2026-06-30")
    assert last_day["expires_on"] == "2028-06-30"


def test_provider_class_must_cover_the_group(client: TestClient, world: World) -> None:
    provider = new_provider(client, world, org_class=class_without(2))
    refused = post_record(client, world, provider["id"], trainee_group=2, hours=48)
    assert errors_of(refused) == {"trainee_group": "group_not_covered_by_class"}
    allowed = sorted(rules.class_groups()[provider["org_class"]])
    for index, group in enumerate(allowed):
        answer = post_record(client, world, provider["id"], trainee_group=group, hours=60, document_number=f"N{index}")
        assert answer.status_code == 201, (group, answer.text)


def test_self_training_employer_trains_only_its_workers(client: TestClient, world: World) -> None:
    employer = new_provider(
        client, world, kind="self_training_employer", enterprise_id=world.ids["a1"], license_number="TH-1"
    )
    other = post_record(client, world, employer["id"], enterprise_id=world.ids["b1"])
    assert errors_of(other) == {"enterprise_id": "self_training_other_enterprise"}
    nobody = post_record(client, world, employer["id"], admin_unit_code=COMMUNE_A)
    assert errors_of(nobody) == {"enterprise_id": "self_training_other_enterprise"}
    own = new_record(client, world, employer["id"], enterprise_id=world.ids["a1"])
    assert own["enterprise_id"] == world.ids["a1"]


def test_issue_day_cannot_be_in_the_future(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    answer = post_record(client, world, provider["id"], issued_on="2026-12-01")
    assert errors_of(answer) == {"issued_on": "issued_in_future"}
    assert new_record(client, world, provider["id"], issued_on=TODAY.isoformat())["state"] == "valid"


def test_defaults_come_from_the_course(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    course = new_course(client, world, provider["id"], kind="refresher", hours=12, admin_unit_code=COMMUNE_B)
    record = new_record(client, world, None, course_id=course["id"], trainee_group=None, hours=None, issued_on=None)
    assert record["provider_id"] == provider["id"]
    assert (record["trainee_group"], record["kind"], record["hours"]) == (3, "refresher", 12)
    assert record["issued_on"] == "2026-10-03"
    assert record["admin_unit_code"] == COMMUNE_B  # no enterprise: the course's commune
    assert record["hours_below_minimum"] is False
    # Values given explicitly win where they may differ; the course's provider and group may not.
    explicit = new_record(
        client, world, None, course_id=course["id"], hours=30, issued_on="2026-10-05", document_number="X-2"
    )
    assert (explicit["hours"], explicit["issued_on"]) == (30, "2026-10-05")
    other = new_provider(client, world, license_number="HL-009")
    mismatch = post_record(client, world, other["id"], course_id=course["id"], document_number="X-3")
    assert errors_of(mismatch) == {"provider_id": "provider_not_course_provider"}
    group = post_record(client, world, None, course_id=course["id"], trainee_group=1, document_number="X-4")
    assert errors_of(group) == {"trainee_group": "group_not_course_group"}


def test_without_course_the_provider_group_hours_and_day_are_required(client: TestClient, world: World) -> None:
    answer = client.post(
        RECORDS, json={"worker_name": "Ai đó", "admin_unit_code": COMMUNE_A}, headers=world.auth("officer")
    )
    assert errors_of(answer) == {
        name: "field_required_without_course" for name in ("provider_id", "trainee_group", "hours", "issued_on")
    }


def test_derived_fields_cannot_be_sent(client: TestClient, world: World) -> None:
    provider = new_provider(client, world)
    for field, value in (
        ("document_kind", "certificate"),
        ("expires_on", "2040-01-01"),
        ("valid_until", "2040-01-01"),
        ("state", "valid"),
        ("zone_code", "ZA"),
        ("id", 5),
    ):
        answer = post_record(client, world, provider["id"], **{field: value})
        assert errors_of(answer) == {field: "extra_forbidden"}, field


def test_patch_recomputes_the_derived_fields(client: TestClient, world: World, db: Session) -> None:
    provider = new_provider(client, world)
    record = new_record(client, world, provider["id"], enterprise_id=world.ids["a1"])
    url = f"{RECORDS}/{record['id']}"
    assert_problem(client.patch(url, json={"hours": 30}, headers=world.auth("officer")), 428, "precondition_required")
    assert_problem(
        client.patch(url, json={"hours": 30}, headers=if_match(world, "officer", 2)), 412, "precondition_failed"
    )

    moved = client.patch(url, json={"issued_on": "2025-01-15"}, headers=if_match(world, "officer", 1))
    data = ok(moved, 200)
    assert moved.headers["ETag"] == '"2"'
    # 24 months from 15 January 2025 run through 15 January 2027, 46 days after today.
    assert (data["expires_on"], data["valid_until"], data["state"]) == ("2027-01-15", "2027-01-15", "expiring")

    short = ok(client.patch(url, json={"hours": 20}, headers=if_match(world, "officer", 2)), 200)
    assert short["hours_below_minimum"] is True

    failed = ok(client.patch(url, json={"result": "fail"}, headers=if_match(world, "officer", 3)), 200)
    assert (failed["document_kind"], failed["valid_until"], failed["state"]) == (None, None, "failed")
    # The number stays with the failed record: a check of it answers "failed", and nobody else gets it.
    assert failed["document_number"] == "TAT-0001"
    cleared = client.patch(url, json={"document_number": None}, headers=if_match(world, "officer", 4))
    assert ok(cleared, 200)["document_number"] is None
    # Passing again needs a number for the card once more.
    again = client.patch(url, json={"result": "pass"}, headers=if_match(world, "officer", 5))
    assert errors_of(again) == {"document_number": "document_number_required"}
    passed = client.patch(
        url, json={"result": "pass", "document_number": "TAT-0009"}, headers=if_match(world, "officer", 5)
    )
    assert ok(passed, 200)["state"] == "expiring"
    assert passed.json()["document_kind"] == "safety_card"
    stored = stored_record(db, record["id"])
    assert stored is not None and stored.version == 6 and stored.expires_on == date(2027, 1, 15)
    events = list(
        db.scalars(select(AuditEvent.action).where(AuditEvent.entity == "training_record").order_by(AuditEvent.id))
    )
    assert events == ["create", "update", "update", "update", "update", "update"]


def test_patch_rules_apply_to_the_whole_record(client: TestClient, world: World) -> None:
    provider = new_provider(client, world, license_issued_on="2020-01-01", license_expires_on="2026-10-31")
    record = new_record(client, world, provider["id"])
    url = f"{RECORDS}/{record['id']}"
    late = client.patch(url, json={"issued_on": "2026-11-01"}, headers=if_match(world, "officer", 1))
    assert errors_of(late) == {"issued_on": "provider_licence_not_in_force"}
    future = client.patch(url, json={"issued_on": "2026-12-01"}, headers=if_match(world, "officer", 1))
    problem = assert_problem(future, 422, "validation_error")
    assert sorted((e["field"], e["code"]) for e in problem["errors"]) == [
        ("issued_on", "issued_in_future"),
        ("issued_on", "provider_licence_not_in_force"),
    ]
    cleared = client.patch(url, json={"document_number": None}, headers=if_match(world, "officer", 1))
    assert errors_of(cleared) == {"document_number": "document_number_required"}
    for field in ("worker_name", "hours", "result", "issued_on"):
        answer = client.patch(url, json={field: None}, headers=if_match(world, "officer", 1))
        assert errors_of(answer) == {field: "field_required"}, field


def test_record_soft_delete(client: TestClient, world: World, db: Session) -> None:
    provider = new_provider(client, world)
    record = new_record(client, world, provider["id"], enterprise_id=world.ids["a1"])
    url = f"{RECORDS}/{record['id']}"
    assert client.delete(url, headers=world.auth("officer")).status_code == 428
    assert client.delete(url, headers=if_match(world, "officer", 1)).status_code == 204
    assert_problem(client.get(url, headers=world.auth("officer")), 404, "not_found")
    assert client.get(RECORDS, headers=world.auth("officer")).json()["total"] == 0
    assert client.delete(url, headers=if_match(world, "officer", 1)).status_code == 404
    stored = stored_record(db, record["id"])
    assert stored is not None and stored.deleted_at is not None


def test_idempotency_key_retry_creates_one_record(client: TestClient, world: World, db: Session) -> None:
    provider = new_provider(client, world)
    headers = {**world.auth("officer"), "Idempotency-Key": "attendance-42"}
    body = record_body(provider["id"], enterprise_id=world.ids["a1"])
    first = client.post(RECORDS, json=body, headers=headers)
    second = client.post(RECORDS, json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert second.headers["Location"] == first.headers["Location"]
    assert count(db, TrainingRecord) == 1
    other = client.post(RECORDS, json={**body, "document_number": "TAT-7"}, headers=headers)
    assert_problem(other, 422, "idempotency_mismatch")
    assert count(db, TrainingRecord) == 1
    # Without a key, the same body is a second record, refused for its number.
    assert errors_of(client.post(RECORDS, json=body, headers=world.auth("officer")), 409) == {
        "document_number": "document_number_taken"
    }


# --- records: list filters and paging ------------------------------------------------------------------------


@pytest.fixture
def listed(client: TestClient, world: World) -> dict[str, int]:
    provider = new_provider(client, world)
    made = {
        "duc": new_record(client, world, provider["id"], enterprise_id=world.ids["a1"], issued_on="2026-10-03"),
        "dao": new_record(
            client,
            world,
            provider["id"],
            worker_name="Đặng Thị Đào",
            enterprise_id=world.ids["za"],
            issued_on="2025-01-15",
            document_number="TAT-2",
        ),
        "nam": new_record(
            client,
            world,
            provider["id"],
            worker_name="Trần Văn Nam",
            enterprise_id=world.ids["b1"],
            trainee_group=1,
            hours=16,
            issued_on="2024-03-01",
            document_number="GCN-3",
        ),
        "hong": new_record(
            client,
            world,
            provider["id"],
            worker_name="Lê Thị Hồng",
            enterprise_id=world.ids["b1"],
            trainee_group=1,
            hours=16,
            result="fail",
            issued_on="2026-05-05",
            document_number=None,
        ),
        "pham": new_record(
            client,
            world,
            provider["id"],
            worker_name="Phạm Minh",
            admin_unit_code=COMMUNE_B,
            trainee_group=4,
            hours=16,
            issued_on="2026-06-01",
            document_number=None,
        ),
    }
    return {key: record["id"] for key, record in made.items()}


def list_ids(client: TestClient, world: World, who: str = "officer", **params: Any) -> list[int]:
    page = ok(client.get(RECORDS, params={"limit": 200, **params}, headers=world.auth(who)), 200)
    assert page["total"] == len(page["items"])
    return [item["id"] for item in page["items"]]


def test_list_filters(client: TestClient, world: World, listed: dict[str, int]) -> None:
    def keys(**params: Any) -> set[str]:
        by_id = {v: k for k, v in listed.items()}
        return {by_id[i] for i in list_ids(client, world, **params)}

    assert keys() == set(listed)
    assert keys(state="valid") == {"duc", "pham"}
    assert keys(state="expiring") == {"dao"}
    assert keys(state="expired") == {"nam"}
    assert keys(state="failed") == {"hong"}
    assert keys(state=["expiring", "expired"]) == {"dao", "nam"}
    assert keys(trainee_group=1) == {"nam", "hong"}
    assert keys(trainee_group=[3, 4]) == {"duc", "dao", "pham"}
    assert keys(enterprise_id=world.ids["b1"]) == {"nam", "hong"}
    assert keys(enterprise_id=world.ids["b1"], state="failed") == {"hong"}
    assert keys(admin_unit=COMMUNE_B) == {"nam", "hong", "pham"}
    assert keys(zone="ZA") == {"dao"}
    assert keys(q="duc") == {"duc"}
    assert keys(q="NGUYEN duc") == {"duc"}
    assert keys(q="đào") == {"dao"}
    assert keys(q="dang thi dao") == {"dao"}
    assert keys(q="hong") == {"hong"}
    assert keys(q="thi") == {"dao", "hong"}
    assert keys(q="khong co ai") == set()
    listed_items = ok(client.get(RECORDS, params={"state": "expiring"}, headers=world.auth("officer")), 200)["items"]
    assert [item["state"] for item in listed_items] == ["expiring"]
    assert listed_items[0]["enterprise_name"] == "Công ty Hòa Phát Khu A"


def test_list_parameters_are_validated(client: TestClient, world: World) -> None:
    for params in (
        {"state": "soon"},
        {"trainee_group": 7},
        {"trainee_group": 0},
        {"limit": 0},
        {"limit": 201},
        {"sort": "valid_until"},
        {"cursor": "not-a-cursor"},
        {"admin_unit": "1"},
    ):
        answer = client.get(RECORDS, params=params, headers=world.auth("officer"))
        assert_problem(answer, 422, "validation_error")


def walk(client: TestClient, world: World, limit: int, **params: Any) -> tuple[list[int], list[int]]:
    seen: list[int] = []
    totals: list[int] = []
    cursor = None
    for _ in range(50):
        query: dict[str, Any] = {"limit": limit, **params}
        if cursor:
            query["cursor"] = cursor
        page = ok(client.get(RECORDS, params=query, headers=world.auth("officer")), 200)
        assert len(page["items"]) <= limit
        seen += [item["id"] for item in page["items"]]
        totals.append(page["total"])
        cursor = page["next_cursor"]
        if cursor is None:
            return seen, totals
    raise AssertionError("pagination does not end")


def test_paging_walks_every_record_once(client: TestClient, world: World, listed: dict[str, int], db: Session) -> None:
    provider = db.scalar(select(TrainingProvider.id))
    assert provider is not None
    for index in range(7):  # the same issue day for several, so the id breaks the ties
        new_record(
            client,
            world,
            provider,
            worker_name=f"Công nhân {index}",
            document_number=f"P-{index}",
            issued_on="2026-01-10",
        )
    db.rollback()
    rows = list(db.scalars(select(TrainingRecord)))
    assert len(rows) == 12
    for sort, key in (
        ("-issued_on", lambda r: (r.issued_on, r.id)),
        ("issued_on", lambda r: (r.issued_on, r.id)),
        ("worker_name", lambda r: (r.worker_name_folded, r.id)),
        ("-worker_name", lambda r: (r.worker_name_folded, r.id)),
    ):
        seen, totals = walk(client, world, 5, sort=sort)
        expected = [r.id for r in sorted(rows, key=key, reverse=sort.startswith("-"))]
        assert seen == expected, sort
        assert totals == [12, 12, 12]
    seen, totals = walk(client, world, 2, state="valid")
    assert len(seen) == len(set(seen)) == 9 and set(totals) == {9}


# --- scope ----------------------------------------------------------------------------------------------------

ENTERPRISES = ("a1", "za", "b1", "zb")
ROLES: dict[str, Role] = {name: Role(role) for name, (role, _) in PRINCIPALS.items()} | {
    "integrator_a": Role.zone_board
}
SEES = {
    "admin": set(ENTERPRISES),
    "officer": set(ENTERPRISES),
    "inspector": set(ENTERPRISES),
    "commune_a": {"a1", "za"},
    "zone_a": {"za"},
    "enterprise_a": {"a1"},
    "health": set(ENTERPRISES),
    "viewer": set(ENTERPRISES),
    "integrator_a": {"za"},
}
NAMES = list(SEES)
PROVINCE_WIDE = {"admin", "officer", "inspector", "health", "viewer"}


def can(name: str, permission: str) -> bool:
    return permission in ROLE_PERMISSIONS[ROLES[name]]


def test_who_holds_which_training_permission() -> None:
    assert all(can(name, TRAINING_READ) for name in NAMES)
    assert {name for name in NAMES if can(name, TRAINING_MANAGE)} == {"admin", "officer"}
    assert {name for name in NAMES if can(name, TRAINING_RECORD)} == {
        "admin",
        "officer",
        "zone_a",
        "enterprise_a",
        "integrator_a",
    }


@pytest.fixture
def placed(client: TestClient, world: World) -> dict[str, int]:
    """One record at each enterprise and one without an enterprise in commune B."""
    provider = new_provider(client, world)
    ids = {
        key: new_record(
            client, world, provider["id"], worker_name=f"Người {key}", enterprise_id=world.ids[key], document_number=key
        )["id"]
        for key in ENTERPRISES
    }
    ids["free_b"] = new_record(
        client, world, provider["id"], worker_name="Người tự do", admin_unit_code=COMMUNE_B, document_number="free"
    )["id"]
    ids["provider"] = provider["id"]
    return ids


@pytest.mark.parametrize("name", NAMES)
def test_records_outside_the_scope_are_not_found(
    client: TestClient, world: World, placed: dict[str, int], name: str
) -> None:
    visible = SEES[name] | ({"free_b"} if name in PROVINCE_WIDE else set())
    assert set(list_ids(client, world, name)) == {placed[key] for key in visible}
    # Filters cannot reach around the scope.
    assert set(list_ids(client, world, name, enterprise_id=world.ids["b1"])) == (
        {placed["b1"]} if "b1" in visible else set()
    )
    assert set(list_ids(client, world, name, zone="ZB")) == ({placed["zb"]} if "zb" in visible else set())
    assert set(list_ids(client, world, name, q="nguoi")) == {placed[key] for key in visible}
    for key in (*ENTERPRISES, "free_b"):
        answer = client.get(f"{RECORDS}/{placed[key]}", headers=world.auth(name))
        if key in visible:
            assert answer.status_code == 200, answer.text
        else:
            assert_problem(answer, 404, "not_found")
            assert f"Người {key}" not in answer.text


@pytest.mark.parametrize("name", NAMES)
def test_records_are_changed_only_inside_the_scope(
    client: TestClient, world: World, placed: dict[str, int], db: Session, name: str
) -> None:
    visible = SEES[name] | ({"free_b"} if name in PROVINCE_WIDE else set())
    for key in (*ENTERPRISES, "free_b"):
        url = f"{RECORDS}/{placed[key]}"
        answer = client.patch(url, json={"occupation": "Thợ hàn"}, headers=if_match(world, name, 1))
        stored = stored_record(db, placed[key])
        assert stored is not None
        if not can(name, TRAINING_RECORD):
            assert_problem(answer, 403, "forbidden")
        elif key in visible:
            assert ok(answer, 200)["occupation"] == "Thợ hàn"
            assert stored.version == 2
            continue
        else:
            assert_problem(answer, 404, "not_found")
        assert (stored.occupation, stored.version) == (None, 1)


@pytest.mark.parametrize("name", NAMES)
def test_records_are_removed_only_by_keepers(
    client: TestClient, world: World, placed: dict[str, int], db: Session, name: str
) -> None:
    for key in (*ENTERPRISES, "free_b"):
        answer = client.delete(f"{RECORDS}/{placed[key]}", headers=if_match(world, name, 1))
        stored = stored_record(db, placed[key])
        assert stored is not None
        if can(name, TRAINING_MANAGE):
            assert answer.status_code == 204, answer.text
            assert stored.deleted_at is not None
        else:
            assert_problem(answer, 403, "forbidden")
            assert stored.deleted_at is None


@pytest.mark.parametrize("name", NAMES)
def test_records_are_created_only_inside_the_scope(
    client: TestClient, world: World, placed: dict[str, int], db: Session, name: str
) -> None:
    before = count(db, TrainingRecord)
    created = 0
    for key in ENTERPRISES:
        answer = post_record(
            client, world, placed["provider"], name, enterprise_id=world.ids[key], document_number=f"{name}-{key}"
        )
        if not can(name, TRAINING_RECORD):
            assert_problem(answer, 403, "forbidden")
        elif key in SEES[name]:
            data = ok(answer)
            created += 1
            assert client.get(answer.headers["Location"], headers=world.auth(name)).json()["id"] == data["id"]
        else:
            # An enterprise outside the scope is unknown to the caller.
            assert errors_of(answer) == {"enterprise_id": "enterprise_unknown"}
    for commune in (COMMUNE_A, COMMUNE_B):
        answer = post_record(
            client, world, placed["provider"], name, admin_unit_code=commune, document_number=f"{name}-{commune}"
        )
        if not can(name, TRAINING_RECORD):
            assert_problem(answer, 403, "forbidden")
        elif name in PROVINCE_WIDE:
            ok(answer)
            created += 1
        else:
            # Zone boards and employers record only the people of their zone's or their own enterprises.
            problem = assert_problem(answer, 403, "out_of_scope")
            assert [e["field"] for e in problem["errors"]] == ["admin_unit_code"]
    assert count(db, TrainingRecord) == before + created
    expected = {"admin": 6, "officer": 6, "zone_a": 1, "integrator_a": 1, "enterprise_a": 1}.get(name, 0)
    assert created == expected


@pytest.mark.parametrize("name", NAMES)
def test_providers_and_courses_are_read_by_all_and_kept_by_officers(
    client: TestClient, world: World, db: Session, name: str
) -> None:
    provider = new_provider(client, world)
    course = new_course(client, world, provider["id"])
    manage = can(name, TRAINING_MANAGE)
    for url in (PROVIDERS, f"{PROVIDERS}/{provider['id']}", COURSES, f"{COURSES}/{course['id']}"):
        assert client.get(url, headers=world.auth(name)).status_code == 200, url
    writes = [
        client.post(PROVIDERS, json=provider_body(license_number=f"N-{name}"), headers=world.auth(name)),
        client.patch(f"{PROVIDERS}/{provider['id']}", json={"phone": "0912345678"}, headers=if_match(world, name, 1)),
        client.post(COURSES, json=course_body(provider["id"]), headers=world.auth(name)),
        client.patch(f"{COURSES}/{course['id']}", json={"hours": 30}, headers=if_match(world, name, 1)),
    ]
    for answer in writes:
        if manage:
            assert answer.status_code in (200, 201), answer.text
        else:
            assert_problem(answer, 403, "forbidden")
    deletes = [
        client.delete(f"{COURSES}/{course['id']}", headers=if_match(world, name, 2 if manage else 1)),
        client.delete(f"{PROVIDERS}/{provider['id']}", headers=if_match(world, name, 2 if manage else 1)),
    ]
    for answer in deletes:
        assert answer.status_code == (204 if manage else 403), answer.text
    assert count(db, TrainingProvider) == (2 if manage else 1)
    assert count(db, TrainingCourse) == (2 if manage else 1)


def test_state_filter_at_the_boundaries(client: TestClient, world: World) -> None:
    """On 30 November 2026: a card ending on 29 November has expired; one ending today or in 60 days (29 January
    2027) is expiring; one ending in 61 days is valid. The list filter agrees with each record's state."""
    provider = new_provider(client, world)
    ends = {
        "2024-11-29": ("2026-11-29", "expired"),
        "2024-11-30": ("2026-11-30", "expiring"),
        "2025-01-29": ("2027-01-29", "expiring"),
        "2025-01-30": ("2027-01-30", "valid"),
    }
    ids = {}
    for index, (issued, (until, state)) in enumerate(ends.items()):
        record = new_record(client, world, provider["id"], issued_on=issued, document_number=f"B-{index}")
        assert (record["valid_until"], record["state"]) == (until, state), issued
        ids[issued] = record["id"]
    for state in ("expired", "expiring", "valid"):
        expected = {ids[issued] for issued, (_, s) in ends.items() if s == state}
        assert set(list_ids(client, world, state=state)) == expected, state
