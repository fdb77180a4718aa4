"""Training compliance of an enterprise and the training figures of a scope, against a hand-counted set of
records entered through the API, with `today` fixed at 30 November 2026 (the warning window then ends on 29
January 2027; for 2025 the day is 31 December 2025 and the window ends on 1 March 2026).

Enterprises: a1 (commune A) high-risk, 10 workers in strict-OSH jobs; za (commune A, zone ZA) high-risk, 4; b1
(commune B) high-risk, 6; zb (commune B, zone ZB) not high-risk, 5; idle (commune A) suspended, high-risk, 100;
gone (commune B) high-risk, 100, deleted after its record was entered. A certificate or card is valid through the
same date 24 months after its issue, a group-4 log-book entry through the same date 12 months on (Civil Code
Art. 147-148); the documents of 1 March 2024 thus end on 1 March 2026, the 60th day after 31 December 2025.

Records (R, person, group, issued, result -> valid until; state on 30 Nov 2026 / 31 Dec 2025):
  a1 R1  Nguyễn Văn Đức 1980, id ..001  g2 2022-05-10 -> 2024-05-10 expired / expired (superseded by R2)
     R2  the same person                g2 2025-01-15 -> 2027-01-15 expiring / valid
     R3  the same person                g2 2026-06-01 fail                 failed / -
     R4  Trần Thị Lan 1990              g1 2024-03-01 -> 2026-03-01 expired / expiring (superseded by R5)
     R5  TRAN THI LAN 1990 (course K6)  g1 2026-01-10 -> 2028-01-10 valid / -
     R6  Lê Văn Hùng 1985               g1 2024-03-01 -> 2026-03-01 expired / expiring
     R7  Lê Văn Hùng 1992 (K4)          g1 2025-01-15 -> 2027-01-15 expiring / valid
     R8  Phạm Văn Minh 1985, id ..011 (K1) g3 2026-01-10 -> 2028-01-10 valid / -
     R9  Phạm Văn Minh 1985, id ..012 (K5) g3 2025-01-15 -> 2027-01-15 expiring / valid
     R10 Hoàng Văn Nam 1988             g3 2024-03-01 -> 2026-03-01 expired / expiring
     R11 the same person                g3 2026-02-01 fail                 failed / -
     R12 Đỗ Thị Hoa, id ..021           g3 2025-01-15 -> 2027-01-15 expiring / valid (superseded by R13)
     R13 the same person (K1)           g3 2026-01-10 -> 2028-01-10 valid / -
     R14 Vũ Văn Tâm 1999                g4 2026-03-01 -> 2027-03-01 valid / -
     R15 Bùi Thị Thu 2000               g4 2026-01-20 -> 2027-01-20 expiring / -
     R16 Ngô Văn Khoa 1998              g4 2025-06-01 -> 2026-06-01 expired / valid
     R17 Đinh Văn Xoá 1997              g4 2026-03-01, deleted: never counts
  za R20 Đặng Văn Sơn 1980              g2 2023-06-01 -> 2025-06-01 expired / expired
     R21 Mai Văn Tú 1990 (K1)           g3 2026-01-10 -> 2028-01-10 valid / -
  b1 R22 Lý Văn Bình 1982 (K2)          g2 2026-01-10 valid / -
     R23 Trịnh Thị Mai 1979 (K4)        g1 2025-01-15 expiring / valid
     R24 Phan Văn Long, id ..031 (K1)   g3 2026-01-10 valid / -
     R25 the same person (K5)           g3 2025-01-15 expiring / valid (superseded by R24)
  zb R26 Tô Văn Hải 1983 (K2)           g2 2026-01-10 valid / -
     R27 Cao Văn Phú 1991 (K5)          g3 2025-01-15 expiring / valid
  idle R28 Hà Văn Lâm 1980              g2 2026-01-10 valid / -
  gone R29 Kiều Văn Tài 1990            g3 2026-01-10 valid / -
  no enterprise, commune B (K3): R30 Nông Văn Dân 1970 g4 2026-05-11 -> 2027-05-11 valid; R31 Nông Thị Hiền
     1972 g4 2026-05-11 fail.

Program courses (start in the year, funding): K1 workers, commune A, 2026, 50 M: R8, R13, R21, R24; K2 OSH
officers, commune B, 2026, 30 M: R22, R26; K3 farmers, commune B, 2026, 10 M: R30, R31; K8 no audience,
commune B, 2026, 5 M, nobody yet; K4 employers, commune A, 2025, 20 M: R7, R23; K5 workers, commune B, 2025,
40 M: R9, R25, R27; K7 health workers, commune A, 2026, deleted. K6 (commune A, 2026) is not a program course.
"""

import sys
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Date, literal, select, text, update
from sqlalchemy.orm import Session

from conftest import COMMUNE_A, COMMUNE_B, World, make_enterprise
from osh.app import create_app
from osh.core import calendar
from osh.core.database import utcnow
from osh.core.settings import Settings
from osh.enterprises.models import Enterprise
from osh.training import rules, stats
from osh.training.schemas import Audience

API = "/api/v1"
STATS = f"{API}/training-records/stats"
TODAY = date(2026, 11, 30)
MILLION = 1_000_000


@pytest.fixture(scope="module")
def module_app(migrated: Settings) -> Any:
    return create_app(migrated)


@pytest.fixture
def app(module_app: Any, db: Session) -> Any:
    return module_app


@pytest.fixture(autouse=True)
def frozen(monkeypatch: pytest.MonkeyPatch) -> date:
    real = calendar.today
    monkeypatch.setattr(calendar, "today", lambda: TODAY)
    for name, module in list(sys.modules.items()):
        if name.startswith("osh.training") and getattr(module, "today", None) is real:
            monkeypatch.setattr(module, "today", lambda: TODAY)
    return TODAY


def ok(answer: Any, status: int = 201) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    data: dict[str, Any] = answer.json()
    return data


@dataclass
class Counted:
    world: World
    records: dict[str, int]
    courses: dict[str, int]


def build(client: TestClient, world: World, db: Session) -> Counted:
    ids = world.ids
    idle = make_enterprise(db, "0100000005", "Công ty Tạm Ngừng", COMMUNE_A, status="suspended")
    gone = make_enterprise(db, "0100000006", "Công ty Đã Xoá", COMMUNE_B)
    ids["idle"], ids["gone"] = idle.id, gone.id
    hazardous = {"a1": 10, "za": 4, "b1": 6, "zb": 5, "idle": 100, "gone": 100}
    for key, count in hazardous.items():
        db.execute(
            update(Enterprise).where(Enterprise.id == ids[key]).values(employees_hazardous=count, high_risk=True)
        )
    db.execute(
        update(Enterprise)
        .where(Enterprise.id == ids["zb"])
        .values(high_risk=False, high_risk_override=False, high_risk_reason="Chỉ kho bãi")
    )
    db.commit()

    officer = world.auth("officer")
    # A class that trains every group used here, by the reference list.
    org_class = next(cls for cls, groups in sorted(rules.class_groups().items()) if {1, 2, 3, 4, 5, 6} <= groups)
    provider = ok(
        client.post(
            f"{API}/training-providers",
            json={
                "name": "Trung tâm Huấn luyện Kinh Bắc",
                "license_number": "HL-KB-01",
                "org_class": org_class,
                "license_issued_on": "2015-01-01",
                "license_expires_on": "2035-12-31",
            },
            headers=officer,
        )
    )["id"]

    def course(key: str, group: int, start: str, end: str, commune: str, **extra: Any) -> int:
        body = {
            "provider_id": provider,
            "title": f"Lớp {key}",
            "trainee_group": group,
            "start_on": start,
            "end_on": end,
            "hours": 60,
            "place": "Hội trường",
            "admin_unit_code": commune,
            **extra,
        }
        return int(ok(client.post(f"{API}/training-courses", json=body, headers=officer))["id"])

    def program(audience: str | None, funding: int) -> dict[str, Any]:
        return {"funded_by_program": True, "audience": audience, "program_funding_vnd": funding}

    courses = {
        "K1": course("K1", 3, "2026-01-05", "2026-01-10", COMMUNE_A, **program("workers", 50 * MILLION)),
        "K2": course("K2", 2, "2026-01-08", "2026-01-10", COMMUNE_B, **program("osh_officers", 30 * MILLION)),
        "K3": course("K3", 4, "2026-05-10", "2026-05-11", COMMUNE_B, **program("farmers", 10 * MILLION)),
        "K4": course("K4", 1, "2025-01-13", "2025-01-15", COMMUNE_A, **program("employers", 20 * MILLION)),
        "K5": course("K5", 3, "2025-01-13", "2025-01-15", COMMUNE_B, **program("workers", 40 * MILLION)),
        "K6": course("K6", 1, "2026-01-08", "2026-01-10", COMMUNE_A),
        "K7": course("K7", 5, "2026-04-01", "2026-04-08", COMMUNE_A, **program("health_workers", 7 * MILLION)),
        "K8": course("K8", 6, "2026-12-10", "2026-12-10", COMMUNE_B, **program(None, 5 * MILLION)),
    }
    assert (
        client.delete(f"{API}/training-courses/{courses['K7']}", headers={**officer, "If-Match": '"1"'}).status_code
        == 204
    )

    numbers = iter(range(1, 100))

    def record(
        key: str,
        enterprise: str | None,
        name: str,
        group: int,
        issued: str,
        born: int | None = None,
        citizen: str | None = None,
        result: str = "pass",
        course_key: str | None = None,
    ) -> tuple[str, int]:
        body: dict[str, Any] = {
            "worker_name": name,
            "birth_year": born,
            "citizen_id": citizen,
            "trainee_group": group,
            "hours": 60,
            "issued_on": issued,
            "result": result,
            "document_number": f"S-{next(numbers):03d}",
        }
        if course_key:
            body["course_id"] = courses[course_key]
        else:
            body["provider_id"] = provider
        if enterprise:
            body["enterprise_id"] = ids[enterprise]
        else:
            body["admin_unit_code"] = COMMUNE_B
        data = ok(
            client.post(
                f"{API}/training-records", json={k: v for k, v in body.items() if v is not None}, headers=officer
            )
        )
        return key, int(data["id"])

    records = dict(
        [
            record("R1", "a1", "Nguyễn Văn Đức", 2, "2022-05-10", 1980, "001080000001"),
            record("R2", "a1", "Nguyễn Văn Đức", 2, "2025-01-15", 1980, "001080000001"),
            record("R3", "a1", "Nguyễn Văn Đức", 2, "2026-06-01", 1980, "001080000001", result="fail"),
            record("R4", "a1", "Trần Thị Lan", 1, "2024-03-01", 1990),
            record("R5", "a1", "TRAN THI LAN", 1, "2026-01-10", 1990, course_key="K6"),
            record("R6", "a1", "Lê Văn Hùng", 1, "2024-03-01", 1985),
            record("R7", "a1", "Lê Văn Hùng", 1, "2025-01-15", 1992, course_key="K4"),
            record("R8", "a1", "Phạm Văn Minh", 3, "2026-01-10", 1985, "001085000011", course_key="K1"),
            record("R9", "a1", "Phạm Văn Minh", 3, "2025-01-15", 1985, "001085000012", course_key="K5"),
            record("R10", "a1", "Hoàng Văn Nam", 3, "2024-03-01", 1988),
            record("R11", "a1", "Hoàng Văn Nam", 3, "2026-02-01", 1988, result="fail"),
            record("R12", "a1", "Đỗ Thị Hoa", 3, "2025-01-15", None, "001095000021"),
            record("R13", "a1", "Đỗ Thị Hoa", 3, "2026-01-10", None, "001095000021", course_key="K1"),
            record("R14", "a1", "Vũ Văn Tâm", 4, "2026-03-01", 1999),
            record("R15", "a1", "Bùi Thị Thu", 4, "2026-01-20", 2000),
            record("R16", "a1", "Ngô Văn Khoa", 4, "2025-06-01", 1998),
            record("R17", "a1", "Đinh Văn Xoá", 4, "2026-03-01", 1997),
            record("R20", "za", "Đặng Văn Sơn", 2, "2023-06-01", 1980),
            record("R21", "za", "Mai Văn Tú", 3, "2026-01-10", 1990, course_key="K1"),
            record("R22", "b1", "Lý Văn Bình", 2, "2026-01-10", 1982, course_key="K2"),
            record("R23", "b1", "Trịnh Thị Mai", 1, "2025-01-15", 1979, course_key="K4"),
            record("R24", "b1", "Phan Văn Long", 3, "2026-01-10", 1987, "001087000031", course_key="K1"),
            record("R25", "b1", "Phan Văn Long", 3, "2025-01-15", 1987, "001087000031", course_key="K5"),
            record("R26", "zb", "Tô Văn Hải", 2, "2026-01-10", 1983, course_key="K2"),
            record("R27", "zb", "Cao Văn Phú", 3, "2025-01-15", 1991, course_key="K5"),
            record("R28", "idle", "Hà Văn Lâm", 2, "2026-01-10", 1980),
            record("R29", "gone", "Kiều Văn Tài", 3, "2026-01-10", 1990),
            record("R30", None, "Nông Văn Dân", 4, "2026-05-11", 1970, course_key="K3"),
            record("R31", None, "Nông Thị Hiền", 4, "2026-05-11", 1972, result="fail", course_key="K3"),
        ]
    )
    assert (
        client.delete(f"{API}/training-records/{records['R17']}", headers={**officer, "If-Match": '"1"'}).status_code
        == 204
    )
    db.execute(update(Enterprise).where(Enterprise.id == ids["gone"]).values(deleted_at=utcnow()))
    db.commit()
    return Counted(world, records, courses)


@pytest.fixture
def counted(client: TestClient, world: World, db: Session) -> Counted:
    return build(client, world, db)


def compliance(client: TestClient, counted: Counted, key: str, who: str = "officer") -> dict[str, Any]:
    url = f"{API}/enterprises/{counted.world.ids[key]}/training-compliance"
    return ok(client.get(url, headers=counted.world.auth(who)), 200)


def groups(*rows: tuple[int, int, int]) -> list[dict[str, int]]:
    """Groups 1-6 as (valid, expiring, expired); groups not given are all zero."""
    padded = list(rows) + [(0, 0, 0)] * (6 - len(rows))
    return [
        {"trainee_group": group, "valid": valid, "expiring": expiring, "expired": expired}
        for group, (valid, expiring, expired) in enumerate(padded, start=1)
    ]


def share(numerator: int, denominator: int, percent: float | None) -> dict[str, Any]:
    return {"numerator": numerator, "denominator": denominator, "percent": percent}


def person(
    counted: Counted, key: str, name: str, born: int | None, group: int, number: str, until: str
) -> dict[str, Any]:
    kinds = {1: "certificate", 2: "certificate", 3: "safety_card", 4: "log_book_entry"}
    return {
        "record_id": counted.records[key],
        "worker_name": name,
        "birth_year": born,
        "trainee_group": group,
        "document_kind": kinds[group],
        "document_number": number if group != 4 else None,
        "valid_until": until,
    }


# --- compliance of one enterprise ----------------------------------------------------------------------------


def test_compliance_of_a1_counts_people_by_their_latest_document(client: TestClient, counted: Counted) -> None:
    data = compliance(client, counted, "a1")
    assert data["enterprise_id"] == counted.world.ids["a1"]
    assert data["enterprise_name"] == "Công ty Đồng Đức"
    assert data["on"] == "2026-11-30"
    assert data["expiring_within_days"] == 60
    # g1: Lan (R5 over R4) valid, Hùng 1992 expiring, Hùng 1985 expired; g2: Đức (R2 over R1, R3 failed)
    # expiring; g3: Minh ..011 and Hoa (R13 over R12) valid, Minh ..012 expiring, Nam expired (R11 failed);
    # g4: Tâm valid, Thu expiring, Khoa expired, Xoá deleted.
    assert data["groups"] == groups((1, 1, 1), (0, 1, 0), (2, 1, 1), (1, 1, 1))
    assert data["expiring"] == [
        person(counted, "R2", "Nguyễn Văn Đức", 1980, 2, "S-002", "2027-01-15"),
        person(counted, "R7", "Lê Văn Hùng", 1992, 1, "S-007", "2027-01-15"),
        person(counted, "R9", "Phạm Văn Minh", 1985, 3, "S-009", "2027-01-15"),
        person(counted, "R15", "Bùi Thị Thu", 2000, 4, "", "2027-01-20"),
    ]
    assert data["expired"] == [
        person(counted, "R16", "Ngô Văn Khoa", 1998, 4, "", "2026-06-01"),
        person(counted, "R6", "Lê Văn Hùng", 1985, 1, "S-006", "2026-03-01"),
        person(counted, "R10", "Hoàng Văn Nam", 1988, 3, "S-010", "2026-03-01"),
    ]
    assert data["osh_officer_trained"] is True  # an expiring certificate is still in force
    assert data["managers_trained"] == 2
    assert data["strict_osh_workers_with_card"] == share(3, 10, 30.0)


def test_compliance_of_the_other_enterprises(client: TestClient, counted: Counted) -> None:
    za = compliance(client, counted, "za")
    assert za["groups"] == groups((0, 0, 0), (0, 0, 1), (1, 0, 0))
    assert za["expiring"] == []
    assert za["expired"] == [person(counted, "R20", "Đặng Văn Sơn", 1980, 2, "S-018", "2025-06-01")]
    assert (za["osh_officer_trained"], za["managers_trained"]) == (False, 0)
    assert za["strict_osh_workers_with_card"] == share(1, 4, 25.0)

    b1 = compliance(client, counted, "b1")
    # Long's two cards are one person: the newer one counts.
    assert b1["groups"] == groups((0, 1, 0), (1, 0, 0), (1, 0, 0))
    assert b1["expiring"] == [person(counted, "R23", "Trịnh Thị Mai", 1979, 1, "S-021", "2027-01-15")]
    assert b1["expired"] == []
    assert (b1["osh_officer_trained"], b1["managers_trained"]) == (True, 1)
    assert b1["strict_osh_workers_with_card"] == share(1, 6, 16.7)

    zb = compliance(client, counted, "zb")
    assert zb["groups"] == groups((0, 0, 0), (1, 0, 0), (0, 1, 0))
    assert zb["strict_osh_workers_with_card"] == share(1, 5, 20.0)

    idle = compliance(client, counted, "idle")
    assert idle["groups"] == groups((0, 0, 0), (1, 0, 0))
    assert idle["strict_osh_workers_with_card"] == share(0, 100, 0.0)


def test_compliance_of_an_enterprise_without_records(client: TestClient, counted: Counted, db: Session) -> None:
    empty = make_enterprise(db, "0100000007", "Công ty Mới", COMMUNE_A, employees_hazardous=0)
    db.commit()
    counted.world.ids["empty"] = empty.id
    data = compliance(client, counted, "empty")
    assert data["groups"] == groups()
    assert (data["expiring"], data["expired"]) == ([], [])
    assert (data["osh_officer_trained"], data["managers_trained"]) == (False, 0)
    assert data["strict_osh_workers_with_card"] == share(0, 0, None)


def test_compliance_moves_with_the_day(client: TestClient, counted: Counted, monkeypatch: pytest.MonkeyPatch) -> None:
    # 15 January 2027 is the last valid day of the documents of 15 January 2025: they are still in force.
    monkeypatch.setattr(stats, "today", lambda: date(2027, 1, 15))
    data = compliance(client, counted, "a1")
    assert data["on"] == "2027-01-15"
    # Tâm's log-book entry (until 1 March, 45 days on) is now within the window too.
    assert data["groups"] == groups((1, 1, 1), (0, 1, 0), (2, 1, 1), (0, 2, 1))
    assert [p["record_id"] for p in data["expiring"]] == [
        counted.records[key] for key in ("R2", "R7", "R9", "R15", "R14")
    ]
    assert [p["record_id"] for p in data["expired"]] == [counted.records[key] for key in ("R16", "R6", "R10")]
    assert (data["osh_officer_trained"], data["managers_trained"]) == (True, 2)
    assert data["strict_osh_workers_with_card"] == share(3, 10, 30.0)

    # On the 16th they have expired.
    monkeypatch.setattr(stats, "today", lambda: date(2027, 1, 16))
    data = compliance(client, counted, "a1")
    assert data["on"] == "2027-01-16"
    assert data["groups"] == groups((1, 0, 2), (0, 0, 1), (2, 0, 2), (0, 2, 1))
    assert [p["record_id"] for p in data["expiring"]] == [counted.records["R15"], counted.records["R14"]]
    assert [p["record_id"] for p in data["expired"]] == [
        counted.records[key] for key in ("R2", "R7", "R9", "R16", "R6", "R10")
    ]
    assert data["osh_officer_trained"] is False
    assert data["managers_trained"] == 1
    assert data["strict_osh_workers_with_card"] == share(2, 10, 20.0)


COMPLIANCE_SEES = {
    "admin": {"a1", "za", "b1", "zb"},
    "officer": {"a1", "za", "b1", "zb"},
    "inspector": {"a1", "za", "b1", "zb"},
    "health": {"a1", "za", "b1", "zb"},
    "viewer": {"a1", "za", "b1", "zb"},
    "commune_a": {"a1", "za"},
    "zone_a": {"za"},
    "integrator_a": {"za"},
    "enterprise_a": {"a1"},
}


@pytest.mark.parametrize("name", list(COMPLIANCE_SEES))
def test_compliance_only_inside_the_scope(client: TestClient, counted: Counted, name: str) -> None:
    world = counted.world
    for key in ("a1", "za", "b1", "zb"):
        answer = client.get(f"{API}/enterprises/{world.ids[key]}/training-compliance", headers=world.auth(name))
        if key in COMPLIANCE_SEES[name]:
            assert answer.status_code == 200, answer.text
            assert answer.json() == compliance(client, counted, key)
        else:
            assert answer.status_code == 404, answer.text
            assert answer.json()["type"] == "urn:osh:problem:not_found"
    for missing in (world.ids["gone"], 999_999, 0):
        assert (
            client.get(f"{API}/enterprises/{missing}/training-compliance", headers=world.auth(name)).status_code == 404
        )


def test_compliance_query_uses_the_enterprise_group_index(db: Session, counted: Counted) -> None:
    stmt = stats.compliance_counts(counted.world.ids["a1"], TODAY)
    bind = db.get_bind()
    sql = str(stmt.compile(dialect=bind.dialect, compile_kwargs={"literal_binds": True}))
    db.rollback()
    if bind.dialect.name == "postgresql":
        db.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(row[0] for row in db.execute(text(f"EXPLAIN {sql}")))
    else:
        plan = "\n".join(str(row[-1]) for row in db.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    db.rollback()
    assert "ix_training_records_enterprise_group" in plan, plan


def test_state_in_sql_agrees_with_the_rules(db: Session) -> None:
    """The state the aggregates compute in SQL, day by day around each boundary, on the database under test."""
    days = [date(2026, 11, 28) + timedelta(days=n) for n in range(4)]
    days += [date(2027, 1, 27) + timedelta(days=n) for n in range(5)]
    cases = [(result, until) for result in ("pass", "fail") for until in [*days, None]]
    columns = [stats.state_of(literal(result), literal(until, Date), TODAY) for result, until in cases]
    db.rollback()
    got = list(db.execute(select(*columns)).one())
    db.rollback()
    assert got == [rules.state(until, result, TODAY) for result, until in cases]
    assert got.count("expiring") == 2 + 3  # 30 November and 1 December, 27-29 January 2027
    assert got.count("expired") == 2 and got.count("failed") == len(days) + 1


# --- figures of a scope ---------------------------------------------------------------------------------------


def training_stats(client: TestClient, counted: Counted, who: str = "officer", **params: Any) -> dict[str, Any]:
    return ok(client.get(STATS, params=params, headers=counted.world.auth(who)), 200)


def states(valid: int, expiring: int, expired: int, failed: int) -> dict[str, int]:
    return {
        "valid": valid,
        "expiring": expiring,
        "expired": expired,
        "failed": failed,
        "total": valid + expiring + expired + failed,
    }


def by_group(*rows: tuple[int, int, int, int]) -> list[dict[str, int]]:
    padded = list(rows) + [(0, 0, 0, 0)] * (6 - len(rows))
    return [{"trainee_group": group, **states(*row)} for group, row in enumerate(padded, start=1)]


def figures(courses: int = 0, participants: int = 0, funding_millions: int = 0) -> dict[str, int]:
    return {"courses": courses, "participants": participants, "funding_vnd": funding_millions * MILLION}


def program_rows(data: dict[str, Any]) -> dict[str | None, tuple[dict[str, int], dict[str, int]]]:
    return {row["audience"]: (row["year"], row["previous_year"]) for row in data["program_by_audience"]}


def expected_program(
    rows: dict[str | None, tuple[dict[str, int], dict[str, int]]],
) -> dict[str | None, tuple[dict[str, int], dict[str, int]]]:
    """Every audience, zeros where not given."""
    full: dict[str | None, tuple[dict[str, int], dict[str, int]]] = {
        audience.value: (figures(), figures()) for audience in Audience
    }
    full.update(rows)
    return full


def test_province_figures_for_the_current_year(client: TestClient, counted: Counted) -> None:
    data = training_stats(client, counted, year=2026)
    assert (data["year"], data["on"]) == (2026, "2026-11-30")
    # High-risk, active: a1, za, b1 (zb is not high-risk, idle suspended, gone deleted). OSH officer in force:
    # a1 (R2 expiring), b1 (R22); managers: a1 (R5, R7), b1 (R23).
    assert data["high_risk_enterprises_with_osh_officer"] == share(2, 3, 66.7)
    assert data["high_risk_enterprises_with_managers"] == share(2, 3, 66.7)
    # Cards in force at active enterprises: a1 Minh ..011, Minh ..012, Hoa; za Tú; b1 Long (once); zb Phú.
    assert data["strict_osh_workers_with_card"] == share(6, 25, 24.0)
    assert data["records_by_group"] == by_group((1, 2, 2, 0), (3, 1, 2, 1), (5, 4, 1, 1), (2, 1, 1, 1))
    assert data["records_total"] == states(11, 8, 6, 3)
    assert program_rows(data) == expected_program(
        {
            "workers": (figures(1, 4, 50), figures(1, 3, 40)),
            "osh_officers": (figures(1, 2, 30), figures()),
            "farmers": (figures(1, 2, 10), figures()),
            "employers": (figures(), figures(1, 2, 20)),
            None: (figures(1, 0, 5), figures()),
        }
    )
    assert [row["audience"] for row in data["program_by_audience"]] == [a.value for a in Audience] + [None]
    assert data["program_total"] == {"year": figures(4, 8, 95), "previous_year": figures(2, 5, 60)}


def test_province_figures_for_a_past_year_are_judged_on_31_december(client: TestClient, counted: Counted) -> None:
    data = training_stats(client, counted, year=2025)
    assert (data["year"], data["on"]) == (2025, "2025-12-31")
    # Officers on 31 Dec 2025: a1 (R2); za's R20 ended on 1 June, b1's R22 came in 2026.
    assert data["high_risk_enterprises_with_osh_officer"] == share(1, 3, 33.3)
    # Managers: a1 (R4, R6, R7), b1 (R23).
    assert data["high_risk_enterprises_with_managers"] == share(2, 3, 66.7)
    # Cards: a1 Minh ..012, Nam (R10 until 1 March 2026), Hoa (R12); b1 Long (R25); zb Phú.
    assert data["strict_osh_workers_with_card"] == share(5, 25, 20.0)
    assert data["records_by_group"] == by_group((2, 2, 0, 0), (1, 0, 2, 0), (4, 1, 0, 0), (1, 0, 0, 0))
    assert data["records_total"] == states(8, 3, 2, 0)
    assert program_rows(data) == expected_program(
        {"workers": (figures(1, 3, 40), figures()), "employers": (figures(1, 2, 20), figures())}
    )
    assert data["program_total"] == {"year": figures(2, 5, 60), "previous_year": figures()}


def test_the_current_year_is_the_default_and_future_years_are_refused(client: TestClient, counted: Counted) -> None:
    assert training_stats(client, counted) == training_stats(client, counted, year=2026)
    answer = client.get(STATS, params={"year": 2027}, headers=counted.world.auth("officer"))
    assert answer.status_code == 422
    assert [(e["field"], e["code"]) for e in answer.json()["errors"]] == [("year", "year_in_future")]
    for bad in ("1999", "2101", "abc", "2026.5"):
        assert client.get(STATS, params={"year": bad}, headers=counted.world.auth("officer")).status_code == 422
    empty = training_stats(client, counted, year=2020)
    assert empty["high_risk_enterprises_with_osh_officer"] == share(0, 3, 0.0)
    assert empty["records_total"] == states(0, 0, 0, 0)
    assert empty["program_total"] == {"year": figures(), "previous_year": figures()}


def test_commune_figures(client: TestClient, counted: Counted) -> None:
    data = training_stats(client, counted, "commune_a", year=2026)
    # a1 and za; idle is suspended.
    assert data["high_risk_enterprises_with_osh_officer"] == share(1, 2, 50.0)
    assert data["high_risk_enterprises_with_managers"] == share(1, 2, 50.0)
    assert data["strict_osh_workers_with_card"] == share(4, 14, 28.6)
    # Records of a1, za and idle.
    assert data["records_by_group"] == by_group((1, 1, 2, 0), (1, 1, 2, 1), (3, 2, 1, 1), (1, 1, 1, 0))
    assert data["records_total"] == states(6, 5, 6, 2)
    # K1 is held in commune A (three of its people are the commune's); K4 too (one); K5 is held in commune B but
    # trained a1's Minh ..012. K2, K3 and K8 neither are held in commune A nor trained its people.
    assert program_rows(data) == expected_program(
        {
            "workers": (figures(1, 3, 50), figures(1, 1, 40)),
            "employers": (figures(), figures(1, 1, 20)),
        }
    )
    assert data["program_total"] == {"year": figures(1, 3, 50), "previous_year": figures(2, 2, 60)}


@pytest.mark.parametrize("name", ["zone_a", "integrator_a"])
def test_zone_figures(client: TestClient, counted: Counted, name: str) -> None:
    data = training_stats(client, counted, name, year=2026)
    assert data["high_risk_enterprises_with_osh_officer"] == share(0, 1, 0.0)
    assert data["high_risk_enterprises_with_managers"] == share(0, 1, 0.0)
    assert data["strict_osh_workers_with_card"] == share(1, 4, 25.0)
    assert data["records_by_group"] == by_group((0, 0, 0, 0), (0, 0, 1, 0), (1, 0, 0, 0))
    assert data["records_total"] == states(1, 0, 1, 0)
    assert program_rows(data) == expected_program({"workers": (figures(1, 1, 50), figures())})
    assert data["program_total"] == {"year": figures(1, 1, 50), "previous_year": figures()}


def test_enterprise_figures(client: TestClient, counted: Counted) -> None:
    data = training_stats(client, counted, "enterprise_a", year=2026)
    assert data["high_risk_enterprises_with_osh_officer"] == share(1, 1, 100.0)
    assert data["high_risk_enterprises_with_managers"] == share(1, 1, 100.0)
    assert data["strict_osh_workers_with_card"] == share(3, 10, 30.0)
    assert data["records_by_group"] == by_group((1, 1, 2, 0), (0, 1, 1, 1), (2, 2, 1, 1), (1, 1, 1, 0))
    assert data["records_total"] == states(4, 5, 5, 2)
    assert program_rows(data) == expected_program(
        {"workers": (figures(1, 2, 50), figures(1, 1, 40)), "employers": (figures(), figures(1, 1, 20))}
    )


@pytest.mark.parametrize("name", ["admin", "inspector", "health", "viewer"])
def test_province_wide_readers_see_the_province_figures(client: TestClient, counted: Counted, name: str) -> None:
    assert training_stats(client, counted, name, year=2026) == training_stats(client, counted, year=2026)


def test_stats_are_not_shadowed_by_the_record_route(client: TestClient, counted: Counted) -> None:
    answer = client.get(f"{API}/training-records/stats", headers=counted.world.auth("viewer"))
    assert answer.status_code == 200 and "records_total" in answer.json()
