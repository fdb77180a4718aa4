"""Accident reports over HTTP: creation with victims inline, derived fields, validation, idempotency, the
list with its filters and paging, changes with If-Match, the investigation's status moves, soft delete,
the timeline and attachments, checked against the database rows."""

import hashlib
import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, COMMUNE_OTHER_PROVINCE, World
from osh.accidents import rules
from osh.accidents.models import Accident, AccidentAttachment, AccidentVictim
from osh.app import create_app
from osh.audit.models import AuditEvent
from osh.core.idempotency import IdempotencyRecord
from osh.core.settings import Settings

API = "/api/v1/accidents"
OCCURRED = datetime(2025, 5, 10, 1, 30, tzinfo=UTC)  # 08:30 on 10 May 2025 in Vietnam
NOTIFIED = OCCURRED + timedelta(hours=2)

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    """One app for the module; each test still gets its own lifespan and emptied database."""
    return module_app


def iso(moment: datetime) -> str:
    return moment.isoformat()


def victim(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "full_name": "Trần Văn Minh",
        "sex": "male",
        "birth_year": 1988,
        "occupation_code": "72",
        "citizen_id": "001088012345",
        "contract_status": "indefinite_term",
        "severity": "minor",
        "injury_description": "Dập ngón tay",
        "days_off": 5,
        "medical_cost_vnd": 2_000_000,
        "wages_during_treatment_vnd": 1_500_000,
        "compensation_vnd": 0,
    }
    values.update(overrides)
    return values


def new_body(world: World, enterprise: str | None = "a1", **overrides: Any) -> dict[str, Any]:
    """A contract-sector accident of one of the world's enterprises, or with enterprise=None one of a worker
    without a labour contract in commune A."""
    body: dict[str, Any] = {
        "sector": "contract" if enterprise else "non_contract",
        "occurred_at": iso(OCCURRED),
        "place": "Xưởng cơ khí số 2",
        "cause_code": "7",
        "injury_factor_code": "4",
        "description": "Công nhân bị máy dập kẹp tay khi vệ sinh khuôn",
        "notified_at": iso(NOTIFIED),
        "notification_channel": "phone",
        "victims": [victim()],
    }
    if enterprise:
        body["enterprise_id"] = world.ids[enterprise]
    else:
        body["admin_unit_code"] = COMMUNE_A
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


def field_errors(answer: Response, status: int = 422, kind: str = "validation_error") -> dict[str, str]:
    """{field: code} of a problem's errors, each with a message."""
    problem = assert_problem(answer, status, kind)
    assert problem["errors"], problem
    assert all(e["message"] for e in problem["errors"])
    return {e["field"]: e["code"] for e in problem["errors"]}


def create(client: TestClient, world: World, who: str = "officer", **kwargs: Any) -> Response:
    enterprise = kwargs.pop("enterprise", "a1")
    return client.post(API, json=new_body(world, enterprise, **kwargs), headers=world.auth(who))


def created(client: TestClient, world: World, who: str = "officer", **kwargs: Any) -> dict[str, Any]:
    answer = create(client, world, who, **kwargs)
    assert answer.status_code == 201, answer.text
    data: dict[str, Any] = answer.json()
    return data


def if_match(world: World, who: str, version: int) -> dict[str, str]:
    return {**world.auth(who), "If-Match": f'"{version}"'}


def patch(
    client: TestClient, world: World, data: dict[str, Any], changes: dict[str, Any], who: str = "officer"
) -> Response:
    return client.patch(f"{API}/{data['id']}", json=changes, headers=if_match(world, who, data["version"]))


def move(
    client: TestClient, world: World, data: dict[str, Any], status: str, who: str = "officer", **extra: Any
) -> Response:
    return client.post(
        f"{API}/{data['id']}/status", json={"status": status, **extra}, headers=if_match(world, who, data["version"])
    )


def moved(client: TestClient, world: World, data: dict[str, Any], status: str, **extra: Any) -> dict[str, Any]:
    answer = move(client, world, data, status, **extra)
    assert answer.status_code == 200, answer.text
    out: dict[str, Any] = answer.json()
    return out


def row(db: Session, accident_id: int) -> Accident | None:
    db.rollback()
    db.expire_all()
    return db.get(Accident, accident_id)


def count(db: Session, model: Any) -> int:
    db.rollback()
    return int(db.scalar(select(func.count()).select_from(model)) or 0)


def audit_rows(db: Session, accident_id: int | None = None) -> list[AuditEvent]:
    db.rollback()
    stmt = select(AuditEvent).where(AuditEvent.entity == "accident").order_by(AuditEvent.id)
    if accident_id is not None:
        stmt = stmt.where(AuditEvent.entity_id == str(accident_id))
    return list(db.scalars(stmt))


def local_today() -> date:
    return datetime.now(rules.LOCAL_TZ).date()


# --- create -----------------------------------------------------------------------------------------------


def test_create_answers_201_with_location_etag_and_derived_fields(
    client: TestClient, world: World, db: Session
) -> None:
    victims = [
        victim(full_name="Lê Thị Hoa", sex="female", severity="fatal", citizen_id=None, days_off=0),
        victim(severity="serious", days_off=40, capacity_loss_pct=35),
    ]
    answer = create(client, world, victims=victims, property_damage_vnd=50_000_000)
    assert answer.status_code == 201, answer.text
    data = answer.json()
    assert answer.headers["Location"] == f"{API}/{data['id']}"
    assert answer.headers["ETag"] == '"1"'
    assert data["version"] == 1
    assert data["code"] == "TNLD-2025-00001"
    assert (data["kind"], data["sector"], data["status"]) == ("accident", "contract", "notified")
    assert data["enterprise_id"] == world.ids["a1"]
    assert data["enterprise_name"] == "Công ty Đồng Đức"
    assert data["admin_unit_code"] == COMMUNE_A  # the enterprise's commune when left out
    assert (data["zone_code"], data["vsic_section"]) == (None, "C")
    assert data["occurred_on"] == "2025-05-10"
    assert data["property_damage_vnd"] == 50_000_000
    assert data["reported_by"] == "officer@test.vn"
    # Derived from the victims and the dates.
    assert data["severity"] == "fatal"
    assert (data["victims_count"], data["deaths"], data["serious_count"], data["female_count"]) == (2, 1, 1, 1)
    assert data["immediate_notification"] is True
    assert data["notification_late"] is False
    assert data["investigation_level"] == "province"  # proposed: the provincial team investigates deaths
    assert data["investigation_limit_days"] == 30
    assert data["investigation_deadline"] == "2025-06-09"
    assert data["overdue"] is True  # still notified long after the deadline
    assert data["allowed_statuses"] == ["investigating"]
    assert [v["full_name"] for v in data["victims"]] == ["Lê Thị Hoa", "Trần Văn Minh"]
    assert all(isinstance(v["id"], int) for v in data["victims"])
    assert data["victims"][1]["capacity_loss_pct"] == 35
    for hidden in ("search_text", "deleted_at"):
        assert hidden not in data

    stored = row(db, data["id"])
    assert stored is not None
    assert (stored.code, stored.severity, stored.deaths, stored.deleted_at) == ("TNLD-2025-00001", "fatal", 1, None)
    assert stored.investigation_deadline == date(2025, 6, 9)
    assert "le thi hoa" in stored.search_text and "dong duc" in stored.search_text
    assert count(db, AccidentVictim) == 2

    read = client.get(answer.headers["Location"], headers=world.auth("officer"))
    assert read.status_code == 200
    assert read.headers["ETag"] == '"1"'
    assert read.json() == data
    events = audit_rows(db, data["id"])
    assert [e.action for e in events] == ["create"]
    assert events[0].after is not None and events[0].after["code"] == "TNLD-2025-00001"
    assert [v["full_name"] for v in events[0].after["victims"]] == ["Lê Thị Hoa", "Trần Văn Minh"]


def test_create_for_each_sector_and_place(client: TestClient, world: World) -> None:
    own = created(client, world, "enterprise_a")
    assert (own["sector"], own["enterprise_id"], own["reported_by"]) == (
        "contract",
        world.ids["a1"],
        "enterprise_a@test.vn",
    )
    in_zone = created(client, world, "zone_a", enterprise="za")
    assert (in_zone["zone_code"], in_zone["admin_unit_code"]) == ("ZA", COMMUNE_A)
    by_client = created(client, world, "integrator_a", enterprise="za")
    assert by_client["reported_by"] == "zone-a-app (cid-zone-a-app)"
    # An accident of a zone's enterprise may happen outside the zone's commune; it stays the zone's.
    elsewhere = created(client, world, "zone_a", enterprise="za", admin_unit_code=COMMUNE_B)
    assert (elsewhere["zone_code"], elsewhere["admin_unit_code"]) == ("ZA", COMMUNE_B)
    informal = created(client, world, "commune_a", enterprise=None, victims=[victim(contract_status="no_contract")])
    assert informal["sector"] == "non_contract"
    assert (informal["enterprise_id"], informal["enterprise_name"], informal["zone_code"]) == (None, None, None)
    assert (informal["admin_unit_code"], informal["vsic_section"]) == (COMMUNE_A, None)
    assert informal["investigation_level"] == "establishment"
    codes = [d["code"] for d in (own, in_zone, by_client, elsewhere, informal)]
    assert codes == [f"TNLD-2025-0000{n}" for n in range(1, 6)]


def test_codes_count_per_year_and_series(client: TestClient, world: World) -> None:
    first = created(client, world)
    second = created(client, world)
    # 00:30 on 1 January 2026 in Vietnam: the local year counts.
    new_year = created(client, world, occurred_at="2025-12-31T17:30:00Z", notified_at="2025-12-31T18:00:00Z")
    incident = created(client, world, kind="technical_incident", victims=[])
    injuring_incident = created(client, world, kind="technical_incident")
    third = created(client, world)
    assert [d["code"] for d in (first, second, new_year, incident, injuring_incident, third)] == [
        "TNLD-2025-00001",
        "TNLD-2025-00002",
        "TNLD-2026-00001",
        "SCKT-2025-00001",
        "SCKT-2025-00002",
        "TNLD-2025-00003",
    ]
    assert new_year["occurred_on"] == "2026-01-01"


def test_technical_incident_without_victims(client: TestClient, world: World) -> None:
    data = created(client, world, kind="technical_incident", victims=[], needs_examination=True)
    assert data["kind"] == "technical_incident"
    assert data["victims"] == []
    assert data["severity"] is None
    assert (data["victims_count"], data["deaths"], data["serious_count"], data["female_count"]) == (0, 0, 0, 0)
    assert data["immediate_notification"] is False
    assert data["investigation_limit_days"] is None
    assert data["investigation_deadline"] is None
    assert data["overdue"] is False
    assert data["investigation_level"] == "establishment"


def test_accident_without_victims_is_refused(client: TestClient, world: World, db: Session) -> None:
    assert field_errors(create(client, world, victims=[])) == {"victims": "victims_required"}
    assert count(db, Accident) == 0


def test_notification_defaults_to_now_and_lateness_is_flagged(client: TestClient, world: World) -> None:
    recent = datetime.now(UTC) - timedelta(hours=30)
    fatal = [victim(severity="fatal", days_off=0)]
    late = created(client, world, occurred_at=iso(recent), notified_at=None, victims=fatal)
    notified_at = datetime.fromisoformat(late["notified_at"])
    assert abs((notified_at - datetime.now(UTC)).total_seconds()) < 60
    assert late["notification_late"] is True
    in_time = created(
        client, world, occurred_at=iso(recent), notified_at=iso(recent + timedelta(hours=24)), victims=fatal
    )
    assert in_time["notification_late"] is False
    # A phone clock a few minutes ahead: the report is not from the future, nor notified before it happened.
    ahead = created(client, world, occurred_at=iso(datetime.now(UTC) + timedelta(minutes=3)), notified_at=None)
    assert ahead["notified_at"] >= ahead["occurred_at"]


def test_investigation_level_given_by_the_reporter_is_kept(client: TestClient, world: World) -> None:
    data = created(client, world, investigation_level="central")
    assert data["investigation_level"] == "central"


# --- validation -------------------------------------------------------------------------------------------


def test_validation_errors_name_each_field(client: TestClient, world: World, db: Session) -> None:
    future = iso(datetime.now(UTC) + timedelta(days=1))
    cases: list[tuple[dict[str, Any], dict[str, str]]] = [
        (
            {"occurred_at": future, "notified_at": future},
            {"occurred_at": "occurred_in_future", "notified_at": "notified_in_future"},
        ),
        ({"notified_at": iso(OCCURRED - timedelta(minutes=1))}, {"notified_at": "notified_before_occurred"}),
        (
            {"cause_code": "10", "injury_factor_code": "99", "victims": [victim(occupation_code="999")]},
            {
                "cause_code": "cause_unknown",
                "injury_factor_code": "injury_factor_unknown",
                "victims.0.occupation_code": "occupation_unknown",
            },
        ),
        ({"victims": [victim(), victim(citizen_id="12345")]}, {"victims.1.citizen_id": "string_pattern_mismatch"}),
        ({"victims": [victim(citizen_id="00108801234X")]}, {"victims.0.citizen_id": "string_pattern_mismatch"}),
        ({"enterprise_id": None}, {"enterprise_id": "enterprise_required_for_contract"}),
        ({"enterprise_id": 999999}, {"enterprise_id": "enterprise_unknown"}),
        ({"admin_unit_code": COMMUNE_OTHER_PROVINCE}, {"admin_unit_code": "admin_unit_unknown"}),
        ({"admin_unit_code": "99999"}, {"admin_unit_code": "admin_unit_unknown"}),
        (
            {"victims": [victim(severity="fatal", capacity_loss_pct=100), victim(birth_year=2026)]},
            {"victims.0.capacity_loss_pct": "capacity_loss_for_fatal", "victims.1.birth_year": "birth_after_accident"},
        ),
        ({"occurred_at": 0}, {"occurred_at": "field_datetime"}),
        ({"occurred_at": "2025-05-10T08:30:00"}, {"occurred_at": "timezone_aware"}),
        ({"occurred_at": "1850-01-01T00:00:00Z"}, {"occurred_at": "field_datetime"}),
        (
            {"victims": [victim(days_off="3", sex="other", severity="deadly")]},
            {
                "victims.0.days_off": "int_type",
                "victims.0.sex": "enum",
                "victims.0.severity": "enum",
            },
        ),
        (
            {"victims": [victim(medical_cost_vnd=-1, capacity_loss_pct=101)]},
            {
                "victims.0.medical_cost_vnd": "greater_than_equal",
                "victims.0.capacity_loss_pct": "less_than_equal",
            },
        ),
        (
            {"status": "closed", "severity": "minor", "code": "X", "deaths": 0},
            {
                "status": "extra_forbidden",
                "severity": "extra_forbidden",
                "code": "extra_forbidden",
                "deaths": "extra_forbidden",
            },
        ),
        ({"place": "  "}, {"place": "string_too_short"}),
    ]
    for overrides, expected in cases:
        assert field_errors(create(client, world, **overrides)) == expected, overrides
    non_contract = create(client, world, enterprise=None, enterprise_id=world.ids["a1"])
    assert field_errors(non_contract) == {"enterprise_id": "enterprise_not_for_non_contract"}
    no_place = create(client, world, enterprise=None, admin_unit_code=None)
    assert field_errors(no_place) == {"admin_unit_code": "field_required"}
    english = client.post(
        API, json=new_body(world, victims=[]), headers={**world.auth("officer"), "Accept-Language": "en"}
    )
    assert english.json()["errors"][0]["message"] == "An accident has at least one victim"
    # Nothing of the refused reports was kept: no row, no victim, no audit, no number used up.
    assert count(db, Accident) == count(db, AccidentVictim) == len(audit_rows(db)) == 0
    assert created(client, world)["code"] == "TNLD-2025-00001"


def test_malformed_json_is_400(client: TestClient, world: World) -> None:
    answer = client.post(
        API, content=b'{"sector": ', headers={**world.auth("officer"), "Content-Type": "application/json"}
    )
    assert_problem(answer, 400, "validation_error")


# --- idempotency ------------------------------------------------------------------------------------------


def test_idempotent_retry_creates_one_accident(client: TestClient, world: World, db: Session) -> None:
    headers = {**world.auth("enterprise_a"), "Idempotency-Key": "tnld-1"}
    first = client.post(API, json=new_body(world), headers=headers)
    second = client.post(API, json=new_body(world), headers=headers)
    assert first.status_code == second.status_code == 201, second.text
    assert first.json() == second.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert (second.headers["Location"], second.headers["ETag"]) == (first.headers["Location"], first.headers["ETag"])
    assert count(db, Accident) == 1
    assert len(audit_rows(db)) == 1
    other = client.post(API, json=new_body(world, place="Kho"), headers=headers)
    assert_problem(other, 422, "idempotency_mismatch")
    assert count(db, Accident) == 1
    # The next accident takes the next number: the replay used none.
    assert created(client, world)["code"] == "TNLD-2025-00002"


def test_refused_create_does_not_consume_the_key(client: TestClient, world: World, db: Session) -> None:
    headers = {**world.auth("officer"), "Idempotency-Key": "fix-and-retry"}
    refused = client.post(API, json=new_body(world, victims=[]), headers=headers)
    assert refused.status_code == 422
    fixed = client.post(API, json=new_body(world), headers=headers)
    assert fixed.status_code == 201, fixed.text
    assert "Idempotent-Replayed" not in fixed.headers
    assert count(db, IdempotencyRecord) == 1


def _burst(client: TestClient, posts: list[tuple[dict[str, Any], dict[str, str]]]) -> list[Response]:
    answers: list[Response] = []
    lock = threading.Lock()
    start = threading.Barrier(len(posts))

    def post(body: dict[str, Any], headers: dict[str, str]) -> None:
        start.wait()
        answer = client.post(API, json=body, headers=headers)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=post, args=item) for item in posts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(answers) == len(posts)
    return answers


def test_concurrent_retries_create_one_accident(client: TestClient, world: World, db: Session) -> None:
    headers = {**world.auth("officer"), "Idempotency-Key": "burst"}
    answers = _burst(client, [(new_body(world), headers)] * 10)
    assert [a.status_code for a in answers] == [201] * 10, [a.text for a in answers if a.status_code != 201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert sum(1 for a in answers if "Idempotent-Replayed" not in a.headers) == 1
    assert count(db, Accident) == 1
    assert count(db, AccidentVictim) == 1


def test_concurrent_reports_get_distinct_numbers(client: TestClient, world: World, db: Session) -> None:
    answers = _burst(client, [(new_body(world, place=f"Xưởng {n}"), world.auth("officer")) for n in range(8)])
    assert [a.status_code for a in answers] == [201] * 8, [a.text for a in answers if a.status_code != 201]
    assert sorted(a.json()["code"] for a in answers) == [f"TNLD-2025-0000{n}" for n in range(1, 9)]
    assert count(db, Accident) == 8


# --- list, filters, paging --------------------------------------------------------------------------------


@pytest.fixture
def varied(client: TestClient, world: World) -> dict[str, dict[str, Any]]:
    """Six reports of different places, kinds, severities and statuses (today is later than 2024)."""
    recent = datetime.now(UTC) - timedelta(hours=3)
    made = {
        "a1_minor": created(
            client,
            world,
            occurred_at="2024-02-10T03:00:00Z",
            notified_at="2024-02-10T05:00:00Z",
            victims=[victim(full_name="Lê Thị Hoa", sex="female")],
        ),
        "za_fatal": created(
            client,
            world,
            enterprise="za",
            place="Kho thành phẩm",
            occurred_at="2024-07-05T03:00:00Z",
            notified_at="2024-07-05T04:00:00Z",
            victims=[victim(full_name="Nguyễn Văn Đức", severity="fatal", days_off=0)],
        ),
        "zb_serious": created(
            client,
            world,
            enterprise="zb",
            occurred_at="2024-01-15T03:00:00Z",
            notified_at="2024-01-15T04:00:00Z",
            victims=[victim(severity="serious"), victim(full_name="Hoàng Văn Nam", severity="serious")],
        ),
        "b_informal": created(
            client,
            world,
            enterprise=None,
            admin_unit_code=COMMUNE_B,
            place="Công trình nhà ở",
            occurred_at="2024-09-01T03:00:00Z",
            notified_at="2024-09-01T04:00:00Z",
            victims=[victim(full_name="Phạm Minh Đạt", severity="serious", contract_status="no_contract")],
        ),
        "b1_incident": created(
            client,
            world,
            enterprise="b1",
            kind="technical_incident",
            victims=[],
            occurred_at=iso(recent),
            notified_at=iso(recent),
        ),
        "a1_recent": created(client, world, occurred_at=iso(recent), notified_at=iso(recent + timedelta(hours=1))),
    }
    investigating = moved(client, world, made["za_fatal"], "investigating")
    made["za_fatal"] = investigating
    concluding = moved(client, world, made["b_informal"], "investigating")
    made["b_informal"] = moved(client, world, concluding, "concluded", record_date="2024-09-20")
    return made


def _list(client: TestClient, world: World, who: str = "officer", **params: Any) -> list[str]:
    answer = client.get(API, params={"limit": 200, **params}, headers=world.auth(who))
    assert answer.status_code == 200, answer.text
    page = answer.json()
    assert page["next_cursor"] is None
    assert page["total"] == len(page["items"])
    return [item["code"] for item in page["items"]]


def test_list_filters(client: TestClient, world: World, varied: dict[str, dict[str, Any]]) -> None:
    code = {key: data["code"] for key, data in varied.items()}

    def listed(**params: Any) -> set[str]:
        return {key for key, value in code.items() if value in _list(client, world, **params)}

    assert listed() == set(varied)
    assert listed(date_from="2024-01-01", date_to="2024-06-30") == {"a1_minor", "zb_serious"}
    assert listed(date_from="2024-07-05", date_to="2024-07-05") == {"za_fatal"}
    assert listed(date_from="2024-07-06") == {"b_informal", "b1_incident", "a1_recent"}
    assert listed(severity="fatal") == {"za_fatal"}
    assert listed(severity=["serious", "fatal"]) == {"za_fatal", "zb_serious", "b_informal"}
    assert listed(sector="non_contract") == {"b_informal"}
    assert listed(kind="technical_incident") == {"b1_incident"}
    assert listed(status="investigating") == {"za_fatal"}
    assert listed(status=["notified", "concluded"]) == set(varied) - {"za_fatal"}
    assert listed(admin_unit=COMMUNE_B) == {"zb_serious", "b_informal", "b1_incident"}
    assert listed(zone="ZA") == {"za_fatal"}
    assert listed(zone=["ZA", "ZB"]) == {"za_fatal", "zb_serious"}
    assert listed(enterprise_id=world.ids["a1"]) == {"a1_minor", "a1_recent"}
    assert listed(overdue="true") == {"a1_minor", "za_fatal", "zb_serious"}
    assert listed(overdue="false") == {"b_informal", "b1_incident", "a1_recent"}
    assert listed(immediate_notification="true") == {"za_fatal", "zb_serious"}
    assert listed(immediate_notification="false") == {"a1_minor", "b_informal", "b1_incident", "a1_recent"}
    assert listed(admin_unit=COMMUNE_A, severity="minor") == {"a1_minor", "a1_recent"}
    assert listed(admin_unit=COMMUNE_A, overdue="true", zone="ZA") == {"za_fatal"}


def test_search_ignores_case_and_diacritics(
    client: TestClient, world: World, varied: dict[str, dict[str, Any]]
) -> None:
    code = {key: data["code"] for key, data in varied.items()}

    def found(q: str) -> set[str]:
        return {key for key, value in code.items() if value in _list(client, world, q=q)}

    assert found("Nguyễn Văn Đức") == {"za_fatal"}
    assert found("nguyen van duc") == {"za_fatal"}
    assert found("NGUYEN VAN ĐUC") == {"za_fatal"}
    assert found("đạt") == found("dat") == {"b_informal"}
    assert found("dong duc") == {"a1_minor", "a1_recent"}  # the enterprise's name
    assert found("kho thanh pham") == {"za_fatal"}  # the place
    assert found("hoa phat") == {"za_fatal"}
    assert found(code["zb_serious"]) == {"zb_serious"}
    assert found(code["zb_serious"].lower()) == {"zb_serious"}
    assert found("SCKT") == {"b1_incident"}
    assert found("nobody here") == set()
    assert found("100%") == set()


def test_sort_and_cursor_paging(client: TestClient, world: World, varied: dict[str, dict[str, Any]]) -> None:
    everything = list(varied.values())
    expected = {
        "occurred_at": [d["code"] for d in sorted(everything, key=lambda d: (d["occurred_at"], d["id"]))],
        "-occurred_at": [
            d["code"] for d in sorted(everything, key=lambda d: (d["occurred_at"], d["id"]), reverse=True)
        ],
        "code": sorted(d["code"] for d in everything),
        "-code": sorted((d["code"] for d in everything), reverse=True),
        "created_at": [d["code"] for d in sorted(everything, key=lambda d: d["id"])],
        "-updated_at": None,
    }
    assert _list(client, world) == expected["-occurred_at"]  # the default: newest first
    for sort, order in expected.items():
        walked: list[str] = []
        params: dict[str, Any] = {"limit": 2, "sort": sort}
        while True:
            answer = client.get(API, params=params, headers=world.auth("officer"))
            assert answer.status_code == 200, answer.text
            page = answer.json()
            assert page["total"] == 6
            assert len(page["items"]) <= 2
            walked += [item["code"] for item in page["items"]]
            if not page["next_cursor"]:
                break
            params["cursor"] = page["next_cursor"]
        if order is None:
            assert sorted(walked) == sorted(d["code"] for d in everything)
        else:
            assert walked == order, sort
    filtered = client.get(
        API, params={"limit": 1, "admin_unit": COMMUNE_B, "sort": "code"}, headers=world.auth("officer")
    )
    page = filtered.json()
    assert page["total"] == 3 and len(page["items"]) == 1 and page["next_cursor"]


def test_list_rows_carry_the_derived_fields(
    client: TestClient, world: World, varied: dict[str, dict[str, Any]]
) -> None:
    answer = client.get(API, params={"severity": "fatal"}, headers=world.auth("officer"))
    (item,) = answer.json()["items"]
    full = varied["za_fatal"]
    for name in ("code", "severity", "deaths", "immediate_notification", "investigation_deadline", "overdue", "status"):
        assert item[name] == full[name], name
    assert item["enterprise_name"] == "Công ty Hòa Phát Khu A"
    assert "victims" not in item and "description" not in item


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 201},
        {"sort": "severity"},
        {"sort": "-place"},
        {"date_to": "0"},
        {"date_from": "2024-13-01"},
        {"severity": "deadly"},
        {"status": "open"},
        {"admin_unit": "9187"},
        {"enterprise_id": 0},
        {"overdue": "maybe"},
        {"cursor": "not-a-cursor"},
        {"q": "x" * 201},
    ],
)
def test_list_parameters_are_validated(client: TestClient, world: World, params: dict[str, Any]) -> None:
    answer = client.get(API, params=params, headers=world.auth("officer"))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")


# --- change -----------------------------------------------------------------------------------------------


def test_patch_needs_if_match(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    url = f"{API}/{data['id']}"
    assert_problem(
        client.patch(url, json={"place": "Kho"}, headers=world.auth("officer")), 428, "precondition_required"
    )
    assert_problem(
        client.patch(url, json={"place": "Kho"}, headers=if_match(world, "officer", 5)), 412, "precondition_failed"
    )
    stored = row(db, data["id"])
    assert stored is not None and (stored.place, stored.version) == ("Xưởng cơ khí số 2", 1)

    answer = patch(client, world, data, {"place": "  Kho vật tư  ", "description": "Mô tả mới", "cause_code": "2"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["ETag"] == '"2"'
    changed = answer.json()
    assert (changed["place"], changed["description"], changed["cause_code"], changed["version"]) == (
        "Kho vật tư",
        "Mô tả mới",
        "2",
        2,
    )
    assert changed["code"] == data["code"] and changed["victims"] == data["victims"]
    assert client.get(url, headers=world.auth("officer")).json() == changed
    stale = patch(client, world, data, {"place": "Lost update"})
    assert_problem(stale, 412, "precondition_failed")
    assert row(db, data["id"]).place == "Kho vật tư"  # type: ignore[union-attr]


def test_concurrent_changes_with_one_etag_let_one_through(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    answers: list[Response] = []
    lock = threading.Lock()
    start = threading.Barrier(2)

    def change(place: str) -> None:
        start.wait()
        answer = patch(client, world, data, {"place": place})
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=change, args=(place,)) for place in ("Kho A", "Kho B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(a.status_code for a in answers) == [200, 412], [a.text for a in answers]
    winner = next(a for a in answers if a.status_code == 200)
    assert_problem(next(a for a in answers if a.status_code == 412), 412, "precondition_failed")
    stored = row(db, data["id"])
    assert stored is not None and (stored.place, stored.version) == (winner.json()["place"], 2)
    assert [e.action for e in audit_rows(db, data["id"])] == ["create", "update"]


def test_noop_patch_keeps_the_version_and_adds_no_audit_row(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    same = patch(
        client, world, data, {"place": data["place"], "victims": [dict(victim(), id=data["victims"][0]["id"])]}
    )
    assert same.status_code == 200, same.text
    assert same.json()["version"] == 1
    assert [e.action for e in audit_rows(db, data["id"])] == ["create"]


def test_victims_are_replaced_and_the_derived_fields_follow(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world, victims=[victim(), victim(full_name="Đỗ Văn Tùng")])
    kept, removed = data["victims"]
    answer = patch(
        client,
        world,
        data,
        {
            "victims": [
                {**victim(severity="fatal", days_off=0, citizen_id=None), "id": kept["id"]},
                victim(full_name="Vũ Thị Lan", sex="female", severity="serious"),
                victim(full_name="Ngô Thị Mai", sex="female", severity="serious"),
            ]
        },
    )
    assert answer.status_code == 200, answer.text
    changed = answer.json()
    assert changed["version"] == 2
    ids = [v["id"] for v in changed["victims"]]
    assert ids[0] == kept["id"] and removed["id"] not in ids and len(set(ids)) == 3
    assert changed["victims"][0]["severity"] == "fatal" and changed["victims"][0]["citizen_id"] is None
    assert changed["severity"] == "fatal"
    assert (changed["victims_count"], changed["deaths"], changed["serious_count"], changed["female_count"]) == (
        3,
        1,
        2,
        2,
    )
    assert changed["immediate_notification"] is True
    assert changed["notification_late"] is False
    assert changed["investigation_limit_days"] == 30
    assert changed["investigation_deadline"] == "2025-06-09"
    db.rollback()
    names = set(db.scalars(select(AccidentVictim.full_name).where(AccidentVictim.accident_id == data["id"])))
    assert names == {"Trần Văn Minh", "Vũ Thị Lan", "Ngô Thị Mai"}
    stored = row(db, data["id"])
    assert stored is not None and "ngo thi mai" in stored.search_text and "do van tung" not in stored.search_text
    update = audit_rows(db, data["id"])[-1]
    assert update.action == "update"
    assert update.after is not None
    assert [v["id"] for v in update.after["victims"]] == ids  # new victims recorded with their ids

    fewer = patch(client, world, changed, {"victims": [victim(severity="minor")]})
    assert fewer.status_code == 200, fewer.text
    assert (
        fewer.json()["severity"],
        fewer.json()["investigation_limit_days"],
        fewer.json()["immediate_notification"],
    ) == (
        "minor",
        4,
        False,
    )


def test_victims_sent_with_only_the_required_fields_take_the_defaults(client: TestClient, world: World) -> None:
    data = created(client, world)
    minimal = {"full_name": "Bùi Văn Hải", "sex": "male", "severity": "minor"}
    answer = patch(client, world, data, {"victims": [minimal, {**minimal, "id": data["victims"][0]["id"]}]})
    assert answer.status_code == 200, answer.text
    new, kept = answer.json()["victims"]
    for one in (new, kept):
        assert one["contract_status"] == "indefinite_term"
        assert (one["days_off"], one["medical_cost_vnd"], one["not_under_management"]) == (0, 0, False)
        assert (one["citizen_id"], one["occupation_code"], one["birth_year"]) == (None, None, None)
    assert kept["id"] == data["victims"][0]["id"]


def test_a_change_to_a_victim_alone_bumps_the_version(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    one = data["victims"][0]
    answer = patch(client, world, data, {"victims": [{**victim(days_off=12), "id": one["id"]}]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["version"] == 2
    assert answer.headers["ETag"] == '"2"'
    assert answer.json()["victims"][0]["days_off"] == 12
    assert_problem(patch(client, world, data, {"place": "Kho"}), 412, "precondition_failed")
    update = audit_rows(db, data["id"])[-1]
    assert update.before is not None and update.after is not None
    assert (update.before["victims"][0]["days_off"], update.after["victims"][0]["days_off"]) == (5, 12)


def test_unknown_or_repeated_victim_ids_are_refused(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    other = created(client, world)
    mine = data["victims"][0]["id"]
    foreign = {**victim(), "id": other["victims"][0]["id"]}
    assert field_errors(patch(client, world, data, {"victims": [victim(), foreign]})) == {
        "victims.1.id": "victim_unknown"
    }
    assert field_errors(patch(client, world, data, {"victims": [{**victim(), "id": 999999}]})) == {
        "victims.0.id": "victim_unknown"
    }
    twice = patch(client, world, data, {"victims": [{**victim(), "id": mine}, {**victim(), "id": mine}]})
    assert field_errors(twice) == {"victims.1.id": "victim_repeated"}
    assert field_errors(patch(client, world, data, {"victims": []})) == {"victims": "victims_required"}
    stored = row(db, data["id"])
    assert stored is not None and stored.version == 1
    db.rollback()
    assert db.scalar(select(func.count()).where(AccidentVictim.accident_id == data["id"])) == 1
    assert db.scalar(select(func.count()).where(AccidentVictim.accident_id == other["id"])) == 1


def test_patch_rules_on_the_whole_record(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    future = iso(datetime.now(UTC) + timedelta(days=2))
    cases: list[tuple[dict[str, Any], dict[str, str]]] = [
        ({"occurred_at": iso(NOTIFIED + timedelta(minutes=1))}, {"notified_at": "notified_before_occurred"}),
        ({"notified_at": future}, {"notified_at": "notified_in_future"}),
        ({"place": None}, {"place": "field_required"}),
        ({"victims": None}, {"victims": "field_required"}),
        ({"admin_unit_code": COMMUNE_OTHER_PROVINCE}, {"admin_unit_code": "admin_unit_unknown"}),
        ({"cause_code": "0"}, {"cause_code": "cause_unknown"}),
        ({"sector": "non_contract"}, {"sector": "extra_forbidden"}),
        ({"enterprise_id": world.ids["b1"]}, {"enterprise_id": "extra_forbidden"}),
        ({"kind": "technical_incident"}, {"kind": "extra_forbidden"}),
        ({"severity": "minor"}, {"severity": "extra_forbidden"}),
        ({"investigation_record_date": "2025-05-09"}, {"investigation_record_date": "record_before_notified"}),
        (
            {"investigation_record_date": iso(datetime.now(UTC) + timedelta(days=3))[:10]},
            {"investigation_record_date": "record_date_invalid"},
        ),
        ({"investigation_record_date": 0}, {"investigation_record_date": "field_date"}),
    ]
    for changes, expected in cases:
        assert field_errors(patch(client, world, data, changes)) == expected, changes
    stored = row(db, data["id"])
    assert stored is not None and stored.version == 1
    # Dates moved together stay valid; the derived local date and deadline follow.
    moved_dates = patch(
        client, world, data, {"occurred_at": "2025-05-11T20:00:00Z", "notified_at": "2025-05-11T23:30:00Z"}
    )
    assert moved_dates.status_code == 200, moved_dates.text
    assert moved_dates.json()["occurred_on"] == "2025-05-12"
    assert moved_dates.json()["investigation_deadline"] == "2025-05-16"
    assert moved_dates.json()["code"] == data["code"]


def test_investigation_fields_need_the_investigate_permission(client: TestClient, world: World) -> None:
    data = created(client, world, "enterprise_a", victims=[victim(severity="serious")])
    fields = {
        "investigation_level": "province",
        "investigation_team": "Đoàn điều tra tỉnh",
        "investigation_record_date": "2025-05-20",
        "extension_days": 3,
        "extension_reason": "Chờ giám định",
        "needs_examination": True,
    }
    for name, value in fields.items():
        refused = patch(client, world, data, {name: value}, who="enterprise_a")
        assert field_errors(refused, 403) == {name: "investigation_field_forbidden"}, name
    # The reporter still changes the facts.
    data = patch(client, world, data, {"place": "Kho"}, who="enterprise_a").json()
    assert data["version"] == 2
    for who in ("officer", "inspector"):
        answer = patch(client, world, data, {"investigation_team": f"Đoàn {who}"}, who=who)
        assert answer.status_code == 200, answer.text
        data = answer.json()
        assert data["investigation_team"] == f"Đoàn {who}"
    examined = patch(client, world, data, {"needs_examination": True, "investigation_level": "province"}).json()
    assert (examined["investigation_limit_days"], examined["investigation_deadline"]) == (60, "2025-07-09")
    assert examined["investigation_level"] == "province"


def test_extension_rules(client: TestClient, world: World, db: Session) -> None:
    minor = created(client, world)
    refused = patch(client, world, minor, {"extension_days": 2, "extension_reason": "Phức tạp"})
    assert field_errors(refused) == {"extension_days": "extension_not_allowed"}

    serious = created(client, world, victims=[victim(severity="serious")])
    assert serious["investigation_limit_days"] == 7
    assert field_errors(patch(client, world, serious, {"extension_days": 8, "extension_reason": "Phức tạp"})) == {
        "extension_days": "extension_too_long"
    }
    assert field_errors(patch(client, world, serious, {"extension_days": 7})) == {
        "extension_reason": "extension_reason_required"
    }
    assert field_errors(patch(client, world, serious, {"extension_reason": "Phức tạp"})) == {
        "extension_days": "field_required"
    }
    assert field_errors(patch(client, world, serious, {"extension_days": 0, "extension_reason": "Phức tạp"})) == {
        "extension_days": "greater_than_equal"
    }
    granted = patch(client, world, serious, {"extension_days": 7, "extension_reason": "Chờ kết quả giám định"})
    assert granted.status_code == 200, granted.text
    extended = granted.json()
    assert (extended["extension_days"], extended["extension_reason"]) == (7, "Chờ kết quả giám định")
    assert extended["investigation_limit_days"] == 7
    assert extended["investigation_deadline"] == "2025-05-24"  # 10 May + 7 + 7
    # Once only: neither another length nor taking it back; the reason may be reworded.
    assert field_errors(patch(client, world, extended, {"extension_days": 3})) == {
        "extension_days": "extension_already_granted"
    }
    assert field_errors(patch(client, world, extended, {"extension_days": None})) == {
        "extension_days": "extension_already_granted"
    }
    reworded = patch(client, world, extended, {"extension_reason": "Chờ giám định pháp y"})
    assert reworded.status_code == 200, reworded.text
    assert reworded.json()["extension_days"] == 7
    stored = row(db, serious["id"])
    assert stored is not None and stored.investigation_deadline == date(2025, 5, 24)


def test_closed_accident_refuses_changes(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    for status in ("investigating", "concluded", "closed"):
        data = moved(client, world, data, status, **({"record_date": "2025-05-12"} if status == "concluded" else {}))
    assert data["allowed_statuses"] == []
    for answer in (
        patch(client, world, data, {"place": "Kho"}),
        patch(client, world, data, {"investigation_team": "Đoàn"}),
        client.post(
            f"{API}/{data['id']}/attachments",
            files={"file": ("a.pdf", PDF, "application/pdf")},
            headers=world.auth("officer"),
        ),
    ):
        assert field_errors(answer, 409, "conflict") == {"status": "accident_closed"}
    stored = row(db, data["id"])
    assert stored is not None and stored.place == "Xưởng cơ khí số 2"
    assert count(db, AccidentAttachment) == 0


# --- status -----------------------------------------------------------------------------------------------


def test_status_moves_with_times_and_who(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world, "enterprise_a", victims=[victim(severity="fatal", days_off=0)])
    assert (data["status"], data["overdue"]) == ("notified", True)

    investigating = moved(client, world, data, "investigating", note="Thành lập đoàn điều tra")
    assert investigating["status"] == "investigating"
    assert investigating["investigating_by"] == "officer@test.vn"
    assert abs(datetime.fromisoformat(investigating["investigating_at"]) - datetime.now(UTC)) < timedelta(minutes=1)
    assert investigating["allowed_statuses"] == ["concluded"]
    assert investigating["overdue"] is True
    assert investigating["version"] == 2

    answer = client.post(
        f"{API}/{data['id']}/status",
        json={"status": "concluded", "record_date": "2025-06-01"},
        headers=if_match(world, "inspector", 2),
    )
    assert answer.status_code == 200, answer.text
    concluded = answer.json()
    assert (concluded["status"], concluded["concluded_by"]) == ("concluded", "inspector@test.vn")
    assert concluded["investigation_record_date"] == "2025-06-01"
    assert concluded["concluded_at"] is not None
    assert concluded["overdue"] is False
    assert concluded["allowed_statuses"] == ["closed", "investigating"]
    assert answer.headers["ETag"] == '"3"'

    closed = moved(client, world, concluded, "closed")
    assert (closed["status"], closed["closed_by"], closed["allowed_statuses"]) == ("closed", "officer@test.vn", [])
    assert closed["investigating_by"] == "officer@test.vn" and closed["concluded_by"] == "inspector@test.vn"
    stored = row(db, data["id"])
    assert stored is not None
    assert (stored.status, stored.closed_by, stored.version) == ("closed", "officer@test.vn", 4)
    events = audit_rows(db, data["id"])
    assert [e.action for e in events] == ["create", "status", "status", "status"]
    assert events[1].before == {"status": "notified", "note": None}
    assert events[1].after == {"status": "investigating", "note": "Thành lập đoàn điều tra"}
    assert events[2].before == {"status": "investigating", "investigation_record_date": None}
    assert events[2].after == {"status": "concluded", "investigation_record_date": "2025-06-01"}


def test_employer_report_flows_to_the_province(client: TestClient, world: World) -> None:
    """An employer reports two seriously injured workers; the province sees it flagged for immediate
    notification among the open ones, investigates and concludes it."""
    occurred = datetime.now(UTC) - timedelta(hours=5)
    reported = created(
        client,
        world,
        "enterprise_a",
        occurred_at=iso(occurred),
        notified_at=iso(occurred + timedelta(hours=1)),
        victims=[victim(severity="serious"), victim(full_name="Đặng Thị Thu", sex="female", severity="serious")],
    )
    assert (reported["immediate_notification"], reported["notification_late"]) == (True, False)
    assert (reported["investigation_limit_days"], reported["investigation_level"]) == (20, "province")
    assert reported["overdue"] is False
    flagged = client.get(
        API, params={"immediate_notification": "true", "status": "notified"}, headers=world.auth("officer")
    ).json()
    assert [item["id"] for item in flagged["items"]] == [reported["id"]]
    assert flagged["items"][0]["enterprise_name"] == "Công ty Đồng Đức"
    opened = moved(client, world, reported, "investigating")
    concluded = moved(client, world, opened, "concluded")
    assert concluded["status"] == "concluded"
    assert concluded["investigation_record_date"] == local_today().isoformat()
    # The employer follows its report.
    seen = client.get(f"{API}/{reported['id']}", headers=world.auth("enterprise_a")).json()
    assert (seen["status"], seen["concluded_by"]) == ("concluded", "officer@test.vn")


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ([], "concluded"),
        ([], "closed"),
        ([], "notified"),
        (["investigating"], "investigating"),
        (["investigating"], "closed"),
        (["investigating"], "notified"),
        (["investigating", "concluded"], "notified"),
        (["investigating", "concluded", "closed"], "investigating"),
        (["investigating", "concluded", "closed"], "concluded"),
        (["investigating", "concluded", "closed"], "closed"),
    ],
)
def test_illegal_moves_are_refused_naming_the_status(
    client: TestClient, world: World, db: Session, path: list[str], target: str
) -> None:
    data = created(client, world)
    for status in path:
        data = moved(client, world, data, status, **({"note": "x"} if status == "investigating" else {}))
    answer = client.post(
        f"{API}/{data['id']}/status",
        json={"status": target},
        headers={**if_match(world, "officer", data["version"]), "Accept-Language": "en"},
    )
    problem = assert_problem(answer, 409, "conflict")
    (error,) = problem["errors"]
    assert (error["field"], error["code"]) == ("status", "status_move_invalid")
    current = path[-1] if path else "notified"
    assert error["message"] == f"Cannot move the status from {current} to {target}"
    stored = row(db, data["id"])
    assert stored is not None and (stored.status, stored.version) == (current, data["version"])


def test_reopening_needs_a_note_and_clears_the_conclusion(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    data = moved(client, world, moved(client, world, data, "investigating"), "concluded", record_date="2025-05-12")
    assert field_errors(move(client, world, data, "investigating")) == {"note": "reopen_note_required"}
    assert field_errors(move(client, world, data, "investigating", note="   ")) == {"note": "reopen_note_required"}
    reopened = moved(client, world, data, "investigating", note="Có tình tiết mới")
    assert reopened["status"] == "investigating"
    assert (reopened["concluded_at"], reopened["concluded_by"], reopened["investigation_record_date"]) == (
        None,
        None,
        None,
    )
    assert reopened["allowed_statuses"] == ["concluded"]
    assert audit_rows(db, data["id"])[-1].after["note"] == "Có tình tiết mới"  # type: ignore[index]


def test_record_date_rules(client: TestClient, world: World, db: Session) -> None:
    data = moved(client, world, created(client, world), "investigating")
    tomorrow = (local_today() + timedelta(days=1)).isoformat()
    for record_date in ("2025-05-09", tomorrow):
        assert field_errors(move(client, world, data, "concluded", record_date=record_date)) == {
            "record_date": "record_date_invalid"
        }
    assert field_errors(move(client, world, data, "concluded", record_date=20250512)) == {"record_date": "field_date"}
    refused = move(client, world, created(client, world), "investigating", record_date="2025-05-12")
    assert field_errors(refused) == {"record_date": "record_date_not_concluding"}
    on_notification_day = moved(client, world, data, "concluded", record_date="2025-05-10")
    assert on_notification_day["investigation_record_date"] == "2025-05-10"
    other = moved(client, world, created(client, world), "investigating")
    today = moved(client, world, other, "concluded")
    assert today["investigation_record_date"] == local_today().isoformat()


def test_status_needs_if_match_and_the_investigate_permission(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world, "enterprise_a")
    url = f"{API}/{data['id']}/status"
    assert_problem(
        client.post(url, json={"status": "investigating"}, headers=world.auth("officer")), 428, "precondition_required"
    )
    assert_problem(
        client.post(url, json={"status": "investigating"}, headers=if_match(world, "officer", 9)),
        412,
        "precondition_failed",
    )
    for who in ("enterprise_a", "viewer", "health"):
        answer = client.post(url, json={"status": "investigating"}, headers=if_match(world, who, 1))
        assert_problem(answer, 403, "forbidden")
    assert field_errors(client.post(url, json={"status": "open"}, headers=if_match(world, "officer", 1))) == {
        "status": "enum"
    }
    stored = row(db, data["id"])
    assert stored is not None and (stored.status, stored.version) == ("notified", 1)


# --- delete -----------------------------------------------------------------------------------------------


def test_soft_delete(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    kept = created(client, world)
    url = f"{API}/{data['id']}"
    assert_problem(client.delete(url, headers=world.auth("officer")), 428, "precondition_required")
    assert_problem(client.delete(url, headers=if_match(world, "officer", 3)), 412, "precondition_failed")
    assert_problem(client.delete(url, headers=if_match(world, "inspector", 1)), 403, "forbidden")
    assert client.delete(url, headers=if_match(world, "officer", 1)).status_code == 204
    for answer in (
        client.get(url, headers=world.auth("officer")),
        client.get(f"{url}/timeline", headers=world.auth("officer")),
        client.get(f"{url}/attachments", headers=world.auth("officer")),
        patch(client, world, {**data, "version": 2}, {"place": "Kho"}),
        client.delete(url, headers=if_match(world, "officer", 2)),
    ):
        assert_problem(answer, 404, "not_found")
    assert _list(client, world) == [kept["code"]]
    stored = row(db, data["id"])
    assert stored is not None and stored.deleted_at is not None
    events = audit_rows(db, data["id"])
    assert [e.action for e in events] == ["create", "delete"]
    assert events[1].before is not None and events[1].before["code"] == data["code"]
    assert events[1].actor_label == "officer@test.vn"
    # The number of a removed report is not given again.
    assert created(client, world)["code"] == "TNLD-2025-00003"


# --- timeline ---------------------------------------------------------------------------------------------


def test_timeline_lists_every_change_oldest_first(client: TestClient, world: World) -> None:
    data = created(client, world, "enterprise_a")
    data = patch(client, world, data, {"place": "Kho"}, who="enterprise_a").json()
    data = moved(client, world, data, "investigating", note="Bắt đầu điều tra")
    uploaded = client.post(
        f"{API}/{data['id']}/attachments",
        files={"file": ("bien-ban.pdf", PDF, "application/pdf")},
        data={"kind": "investigation_record"},
        headers=world.auth("inspector"),
    )
    assert uploaded.status_code == 201, uploaded.text
    removed = client.delete(f"{API}/{data['id']}/attachments/{uploaded.json()['id']}", headers=world.auth("officer"))
    assert removed.status_code == 204
    answer = client.get(f"{API}/{data['id']}/timeline", headers=world.auth("enterprise_a"))
    assert answer.status_code == 200, answer.text
    items = answer.json()["items"]
    assert [e["action"] for e in items] == ["create", "update", "status", "attach", "detach"]
    assert [e["actor_label"] for e in items] == [
        "enterprise_a@test.vn",
        "enterprise_a@test.vn",
        "officer@test.vn",
        "inspector@test.vn",
        "officer@test.vn",
    ]
    assert items[1]["before"] == {"place": "Xưởng cơ khí số 2"} and items[1]["after"] == {"place": "Kho"}
    assert items[2]["after"]["status"] == "investigating" and items[2]["after"]["note"] == "Bắt đầu điều tra"
    assert items[3]["after"]["filename"] == "bien-ban.pdf"
    assert all(e["entity"] == "accident" and e["entity_id"] == str(data["id"]) for e in items)
    walked: list[int] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        page = client.get(f"{API}/{data['id']}/timeline", params=params, headers=world.auth("officer")).json()
        walked += [e["id"] for e in page["items"]]
        if not page["next_cursor"]:
            break
        params["cursor"] = page["next_cursor"]
    assert walked == [e["id"] for e in items]


# --- attachments ------------------------------------------------------------------------------------------


def upload(
    client: TestClient, world: World, accident_id: int, name: str, content: bytes, who: str = "officer", **data: str
) -> Response:
    return client.post(
        f"{API}/{accident_id}/attachments",
        files={"file": (name, content, "application/octet-stream")},
        data=data,
        headers=world.auth(who),
    )


def test_attachments_are_typed_by_their_content(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world, "enterprise_a")
    pdf = upload(client, world, data["id"], "Biên bản điều tra.pdf", PDF, "enterprise_a", kind="investigation_record")
    assert pdf.status_code == 201, pdf.text
    record = pdf.json()
    assert pdf.headers["Location"] == f"{API}/{data['id']}/attachments/{record['id']}"
    assert (record["filename"], record["content_type"], record["kind"]) == (
        "Biên bản điều tra.pdf",
        "application/pdf",
        "investigation_record",
    )
    assert (record["size"], record["sha256"]) == (len(PDF), hashlib.sha256(PDF).hexdigest())
    assert record["uploaded_by"] == "enterprise_a@test.vn"
    photo = upload(client, world, data["id"], "anh.jpeg", JPEG, kind="photo").json()
    assert (photo["filename"], photo["content_type"]) == ("anh.jpg", "image/jpeg")
    disguised = upload(client, world, data["id"], "bien-ban.pdf", PNG).json()
    assert (disguised["filename"], disguised["content_type"], disguised["kind"]) == (
        "bien-ban.png",
        "image/png",
        "other",
    )
    traversal = upload(client, world, data["id"], "../../etc/pass|wd.pdf", PDF).json()
    assert traversal["filename"] == "passwd.pdf"
    windows = upload(client, world, data["id"], "C:\\Users\\an\\bien<ban>:1.pdf", PDF).json()
    assert windows["filename"] == "bienban1.pdf"

    text = upload(client, world, data["id"], "ghi-chu.pdf", b"just some text, not a PDF")
    assert field_errors(text, 415, "unsupported_media_type") == {"file": "attachment_type"}
    empty = upload(client, world, data["id"], "rong.pdf", b"")
    assert field_errors(empty, 415, "unsupported_media_type") == {"file": "attachment_type"}
    assert field_errors(upload(client, world, data["id"], "a.pdf", PDF, kind="video")) == {"kind": "enum"}

    listed = client.get(f"{API}/{data['id']}/attachments", headers=world.auth("enterprise_a"))
    assert listed.status_code == 200
    assert [a["id"] for a in listed.json()] == [r["id"] for r in (record, photo, disguised, traversal, windows)]
    for item, content in ((record, PDF), (photo, JPEG), (disguised, PNG)):
        download = client.get(f"{API}/{data['id']}/attachments/{item['id']}", headers=world.auth("viewer"))
        assert download.status_code == 200
        assert download.content == content
        assert download.headers["content-type"] == item["content_type"]
        assert download.headers["x-content-type-options"] == "nosniff"
        assert download.headers["content-disposition"].startswith("attachment; filename*=UTF-8''")
    assert count(db, AccidentAttachment) == 5


def test_attachment_size_limit(world: World, migrated: Settings, db: Session) -> None:
    small = create_app(migrated.model_copy(update={"max_attachment_bytes": 1024}))
    with TestClient(small, raise_server_exceptions=False) as client:
        data = created(client, world)
        at_limit = PDF + b"%" * (1024 - len(PDF))
        assert upload(client, world, data["id"], "vua.pdf", at_limit).status_code == 201
        too_large = upload(client, world, data["id"], "lon.pdf", at_limit + b"%")
        problem = assert_problem(too_large, 413, "too_large")
        assert "1024" in problem["detail"]
    assert count(db, AccidentAttachment) == 1


def test_attachment_download_and_delete(client: TestClient, world: World, db: Session) -> None:
    mine = created(client, world, "enterprise_a")
    other = created(client, world, enterprise="b1")
    record = upload(client, world, mine["id"], "a.pdf", PDF, "enterprise_a").json()
    foreign = upload(client, world, other["id"], "b.pdf", PDF).json()
    url = f"{API}/{mine['id']}/attachments/{record['id']}"
    # Out of scope, another accident's file through this accident, or unknown: all 404.
    for who, path in (
        ("enterprise_a", f"{API}/{other['id']}/attachments/{foreign['id']}"),
        ("enterprise_a", f"{API}/{mine['id']}/attachments/{foreign['id']}"),
        ("officer", f"{API}/{mine['id']}/attachments/{foreign['id']}"),
        ("officer", f"{API}/{mine['id']}/attachments/999999"),
        ("zone_a", url),
        ("commune_a", f"{API}/{other['id']}/attachments/{foreign['id']}"),
    ):
        assert_problem(client.get(path, headers=world.auth(who)), 404, "not_found")
        assert_problem(client.delete(path, headers=world.auth(who)), 404, "not_found")
    assert_problem(client.get(f"{API}/{other['id']}/attachments", headers=world.auth("enterprise_a")), 404, "not_found")
    assert_problem(upload(client, world, other["id"], "c.pdf", PDF, "enterprise_a"), 404, "not_found")
    assert_problem(client.delete(url, headers=world.auth("viewer")), 403, "forbidden")

    assert client.delete(url, headers=world.auth("enterprise_a")).status_code == 204
    assert_problem(client.get(url, headers=world.auth("enterprise_a")), 404, "not_found")
    assert_problem(client.delete(url, headers=world.auth("enterprise_a")), 404, "not_found")
    assert client.get(f"{API}/{mine['id']}/attachments", headers=world.auth("enterprise_a")).json() == []
    db.rollback()
    stored = db.get(AccidentAttachment, record["id"])
    assert stored is not None and stored.deleted_at is not None
    assert client.get(f"{API}/{other['id']}/attachments/{foreign['id']}", headers=world.auth("officer")).content == PDF


def test_attachment_upload_is_idempotent(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    headers = {**world.auth("officer"), "Idempotency-Key": "photo-1"}
    url = f"{API}/{data['id']}/attachments"
    first = client.post(url, files={"file": ("a.png", PNG, "image/png")}, headers=headers)
    again = client.post(url, files={"file": ("a.png", PNG, "image/png")}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    other = client.post(url, files={"file": ("b.png", PNG, "image/png")}, headers=headers)
    assert_problem(other, 422, "idempotency_mismatch")
    assert count(db, AccidentAttachment) == 1


def test_concurrent_upload_retries_keep_one_file(client: TestClient, world: World, db: Session) -> None:
    data = created(client, world)
    store = world.settings.attachments_dir
    files_before = {path.name for path in store.rglob("*") if path.is_file()}
    headers = {**world.auth("officer"), "Idempotency-Key": "photo-burst"}
    answers: list[Response] = []
    lock = threading.Lock()
    start = threading.Barrier(6)

    def post() -> None:
        start.wait()
        answer = client.post(
            f"{API}/{data['id']}/attachments", files={"file": ("a.png", PNG, "image/png")}, headers=headers
        )
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=post) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert [a.status_code for a in answers] == [201] * 6, [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    assert count(db, AccidentAttachment) == 1
    # Retries that lost the race leave no file behind them in the store.
    new_files = {path.name for path in store.rglob("*") if path.is_file()} - files_before
    db.rollback()
    assert new_files == {db.scalars(select(AccidentAttachment.storage_key)).one()}


def test_attachment_whose_file_is_gone_answers_404(client: TestClient, world: World, db: Session) -> None:
    accident = created(client, world)
    record = upload(client, world, accident["id"], "a.pdf", PDF).json()
    url = f"{API}/{accident['id']}/attachments/{record['id']}"
    assert client.get(url, headers=world.auth("officer")).content == PDF
    stored = db.get(AccidentAttachment, record["id"])
    assert stored is not None
    files = list(world.settings.attachments_dir.rglob(stored.storage_key))
    assert len(files) == 1
    files[0].unlink()  # a store restored from a backup older than the record
    assert_problem(client.get(url, headers=world.auth("officer")), 404, "not_found")
