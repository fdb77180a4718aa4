"""The data generator (osh.datagen) and the demo province on the test database, and the quick benchmark run."""

import re
import subprocess
import sys
from collections import Counter as Tally
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from conftest import MUTABLE_TABLES
from osh import demo
from osh.accidents import rules
from osh.accidents import service as accidents
from osh.accidents.models import Accident, AccidentVictim
from osh.accidents.schemas import AccidentCreate
from osh.areas.models import AdminUnit, IndustrialZone
from osh.audit.models import AuditEvent
from osh.auth.models import User
from osh.auth.permissions import Role
from osh.auth.security import PasswordHasher, make_access_token
from osh.core.counters import Counter
from osh.core.settings import Settings
from osh.core.text import fold
from osh.datagen import COLUMNS, SCALES, GenerationRefused, generate
from osh.datagen.accidents import ACCIDENT_COLUMNS, VICTIM_COLUMNS, yearly_counts
from osh.datagen.generator import tax_check_digit
from osh.datagen.training import GROUP_SHARES
from osh.enterprises.models import Enterprise
from osh.enterprises.service import DERIVED, derive
from osh.reference import service as reference
from osh.training import rules as training_rules
from osh.training import service as training
from osh.training.models import TrainingCourse, TrainingProvider, TrainingRecord
from osh.training.schemas import CourseCreate, ProviderCreate, RecordCreate

ROOT = Path(__file__).resolve().parent.parent
COUNT = 300
TABLES = MUTABLE_TABLES
TODAY = date(2026, 11, 30)  # with the seed, it fixes the generated accidents
PER_YEAR = 500  # accidents a year for the tests of shares
CODE = re.compile(r"(TNLD|SCKT)-(\d{4})-(\d{5})")
DERIVED_ACCIDENT = (
    "severity",
    "victims_count",
    "deaths",
    "serious_count",
    "female_count",
    "immediate_notification",
    "notification_late",
    "investigation_limit_days",
    "investigation_deadline",
    "occurred_on",
    "search_text",
)


def quiet(_: str) -> None:
    pass


def clean(engine: Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
        else:
            for table in TABLES:
                conn.execute(text(f"DELETE FROM {table}"))


def snapshot(engine: Engine) -> list[tuple[Any, ...]]:
    columns = [getattr(Enterprise, c) for c in ("id", *COLUMNS)]
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(select(*columns).order_by(Enterprise.id))]


def accident_snapshot(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(*Accident.__table__.columns).order_by(Accident.id))]
        columns = [AccidentVictim.__table__.c[name] for name in ("accident_id", *VICTIM_COLUMNS)]
        rows += [tuple(r) for r in conn.execute(select(*columns).order_by(AccidentVictim.id))]
    return rows


def training_snapshot(engine: Engine) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    with engine.connect() as conn:
        for model in (TrainingProvider, TrainingCourse, TrainingRecord):
            rows += [tuple(r) for r in conn.execute(select(*model.__table__.columns).order_by(model.id))]
    return rows


def stored_accidents(engine: Engine) -> list[Accident]:
    with Session(engine) as session:
        return list(session.scalars(select(Accident).options(selectinload(Accident.victims)).order_by(Accident.id)))


def rederived(accident: Accident, enterprise_name: str | None) -> Accident:
    """A fresh copy of the entered facts with the derived columns computed by the API's own derive()."""
    copy = Accident(**{c: getattr(accident, c) for c in ACCIDENT_COLUMNS if c not in DERIVED_ACCIDENT})
    copy.victims = [AccidentVictim(**{c: getattr(v, c) for c in VICTIM_COLUMNS}) for v in accident.victims]
    accidents.derive(copy, enterprise_name)
    return copy


def check_like_the_api(accident: Accident) -> None:
    """The record passes the API's input schema and its cross-field rules."""
    victims = [{c: getattr(v, c) for c in VICTIM_COLUMNS if c != "accident_id"} for v in accident.victims]
    AccidentCreate.model_validate(
        {**{k: getattr(accident, k) for k in AccidentCreate.model_fields if k != "victims"}, "victims": victims}
    )
    values = {c: getattr(accident, c) for c in ACCIDENT_COLUMNS}
    assert not accidents.check_record(values, victims), accident.code


def enterprise_facts(engine: Engine) -> dict[int, tuple[str, str | None, str | None, int]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Enterprise.id,
                Enterprise.name,
                Enterprise.zone_code,
                Enterprise.vsic_section,
                Enterprise.employees_total,
            )
        )
        return {eid: (name, zone, section, total) for eid, name, zone, section, total in rows}


@pytest.fixture
def generated(db: Session, migrated: Settings, sync_engine: Engine) -> list[tuple[Any, ...]]:
    generate(migrated, "tiny", seed=11, count=COUNT, out=quiet, today=TODAY)
    return snapshot(sync_engine)


def test_same_seed_same_rows(generated: list[tuple[Any, ...]], migrated: Settings, sync_engine: Engine) -> None:
    assert len(generated) == COUNT
    first_accidents = accident_snapshot(sync_engine)
    assert len(first_accidents) > 20, "the tiny scale has a few accidents a year"
    first_training = training_snapshot(sync_engine)
    assert len(first_training) > 9000, "the tiny scale has thousands of training records"
    with sync_engine.connect() as conn:
        zones = list(conn.execute(select(IndustrialZone.code, IndustrialZone.name, IndustrialZone.admin_unit_code)))
    clean(sync_engine)
    generate(migrated, "tiny", seed=11, count=COUNT, out=quiet, today=TODAY)
    assert snapshot(sync_engine) == generated
    assert accident_snapshot(sync_engine) == first_accidents
    assert training_snapshot(sync_engine) == first_training
    with sync_engine.connect() as conn:
        again = list(conn.execute(select(IndustrialZone.code, IndustrialZone.name, IndustrialZone.admin_unit_code)))
    assert again == zones
    clean(sync_engine)
    generate(migrated, "tiny", seed=12, count=COUNT, out=quiet, today=TODAY)
    assert snapshot(sync_engine) != generated
    assert accident_snapshot(sync_engine) != first_accidents
    assert training_snapshot(sync_engine) != first_training


def test_tax_codes_unique_and_well_formed(generated: list[tuple[Any, ...]]) -> None:
    codes = [row[1] for row in generated]
    assert len(set(codes)) == len(codes)
    heads = set()
    for code in codes:
        assert re.fullmatch(r"\d{10}(-\d{3})?", code, re.ASCII), code
        head = code[:10]
        assert tax_check_digit(head[:9]) == int(head[9]), code
        if "-" not in code:
            heads.add(head)
    branches = [c for c in codes if "-" in c]
    assert branches, "some branches carry the 10-3 form"
    assert all(c[:10] in heads for c in branches), "a branch's code extends its parent's"


def test_workforce_consistent(generated: list[tuple[Any, ...]], sync_engine: Engine) -> None:
    with sync_engine.connect() as conn:
        rows = list(
            conn.execute(
                select(Enterprise.employees_total, Enterprise.employees_female, Enterprise.employees_hazardous)
            )
        )
    assert rows
    for total, female, hazardous in rows:
        assert 0 <= female <= total
        assert 0 <= hazardous <= total
    assert max(r[0] for r in rows) > 100 and min(r[0] for r in rows) <= 10, "micro to large"


def test_derived_columns_match_derive(generated: list[tuple[Any, ...]], db: Session) -> None:
    entered = [c for c in COLUMNS if c not in (*DERIVED, "name_folded", "search_text", "created_at", "updated_at")]
    checked = ("vsic_section", "size_class", "high_risk", "high_risk_reason", "name_folded", "search_text")
    for row in generated:
        values = dict(zip(("id", *COLUMNS), row, strict=True))
        fresh = Enterprise(**{c: values[c] for c in entered})
        derive(fresh)
        for column in checked:
            assert getattr(fresh, column) == values[column], (column, values["tax_code"])


def test_places_real_and_names_vietnamese(
    generated: list[tuple[Any, ...]], sync_engine: Engine, migrated: Settings
) -> None:
    with sync_engine.connect() as conn:
        communes = set(
            conn.scalars(
                select(AdminUnit.code).where(
                    AdminUnit.level == "commune", AdminUnit.parent_code == migrated.province_code
                )
            )
        )
        zones = {code: unit for code, unit in conn.execute(select(IndustrialZone.code, IndustrialZone.admin_unit_code))}
        rows = list(conn.execute(select(Enterprise.name, Enterprise.admin_unit_code, Enterprise.zone_code)))
    with_marks = [name for name, _, _ in rows if fold(name) != name.lower()]
    assert len(with_marks) > 0.9 * len(rows)
    assert any(name.startswith(("Công ty TNHH", "Công ty Cổ phần")) for name, _, _ in rows)
    for _, commune, zone in rows:
        assert commune in communes
        if zone is not None:
            assert zones[zone] == commune
    assert any(zone for _, _, zone in rows)


def test_one_login_per_role_and_refuses_a_filled_database(
    generated: list[tuple[Any, ...]], migrated: Settings, sync_engine: Engine
) -> None:
    with Session(sync_engine) as session:
        roles = set(session.scalars(select(User.role)))
    assert roles == {r.value for r in Role}
    with pytest.raises(GenerationRefused):
        generate(migrated, "tiny", seed=11, count=10, out=quiet)
    accidents_before = accident_snapshot(sync_engine)
    training_before = training_snapshot(sync_engine)
    generate(migrated, "tiny", seed=11, count=50, append=True, out=quiet, today=TODAY)
    rows = snapshot(sync_engine)
    assert len(rows) == COUNT + 50
    assert len({r[1] for r in rows}) == COUNT + 50
    assert accident_snapshot(sync_engine) == accidents_before, "no accidents added to a database that has some"
    assert training_snapshot(sync_engine) == training_before, "no training added to a database that has some"


def test_bench_quick_passes(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--duration", "1", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert list(tmp_path.glob("*.json"))


# -- generated accidents ---------------------------------------------------------------------------------------


@pytest.fixture
def many_accidents(db: Session, migrated: Settings, sync_engine: Engine) -> list[Accident]:
    generate(migrated, "tiny", seed=5, count=COUNT, out=quiet, accidents_per_year=PER_YEAR, today=TODAY)
    return stored_accidents(sync_engine)


def test_generated_accidents_follow_the_national_figures(many_accidents: list[Accident], sync_engine: Engine) -> None:
    real = [a for a in many_accidents if a.kind == "accident"]
    incidents = [a for a in many_accidents if a.kind == "technical_incident"]
    by_year = Tally(a.occurred_on.year for a in real)
    planned = yearly_counts(PER_YEAR, TODAY)
    assert sorted(by_year) == [2022, 2023, 2024, 2025, 2026]
    for year in (2022, 2023, 2024, 2025):
        assert by_year[year] == planned[year], year
    assert by_year[2024] > by_year[2022] > by_year[2023], "2024: 8,286; 2022: 7,718; 2023: 7,394 nationally"
    assert 0.85 * planned[2026] < by_year[2026] < planned[2026], "this year up to today only"
    assert max(a.occurred_at for a in many_accidents) < datetime(2026, 11, 30, tzinfo=rules.LOCAL_TZ)

    victims = [v for a in real for v in a.victims]
    fatal = [a for a in real if a.deaths]
    assert 1.0 < len(victims) / len(real) < 1.05  # 2024: 8,472 / 8,286
    assert 0.065 < len(fatal) / len(real) < 0.10  # 675 / 8,286
    assert 1.0 < sum(a.deaths for a in fatal) / len(fatal) < 1.2  # 727 / 675
    assert 0.16 < sum(a.serious_count for a in real) / len(victims) < 0.24  # 1,690 / 8,472
    assert 0.73 < sum(1 for a in real if a.sector == "contract") / len(real) < 0.81
    serious_contract = sum(a.serious_count for a in real if a.sector == "contract")
    assert 0.83 < serious_contract / sum(a.serious_count for a in real) < 0.95
    assert any(a.victims_count >= 2 for a in real) and any(a.notification_late for a in real)
    assert 0.005 < len(incidents) / len(real) < 0.02
    assert all(not a.victims and a.sector == "contract" for a in incidents)

    # Contract accidents land where the workers are, more often in the risky industries.
    facts = enterprise_facts(sync_engine)
    risky = {"A", "B", "C", "D", "E", "F", "H"}
    workers = Tally[str]()
    for _, _, section, total in facts.values():
        workers["risky" if section in risky else "other"] += total
    hits = Tally("risky" if a.vsic_section in risky else "other" for a in real if a.sector == "contract")
    assert hits["risky"] / workers["risky"] > 2 * hits["other"] / workers["other"], "more per worker where risky"


def test_generated_accidents_are_what_the_api_would_store(
    many_accidents: list[Accident], sync_engine: Engine, migrated: Settings
) -> None:
    facts = enterprise_facts(sync_engine)
    with sync_engine.connect() as conn:
        communes = set(
            conn.scalars(
                select(AdminUnit.code).where(
                    AdminUnit.level == "commune", AdminUnit.parent_code == migrated.province_code
                )
            )
        )
    occupations = {code for code in reference.codes("occupations_vsco") if len(code) == 2}
    start_of_today = datetime(2026, 11, 30, tzinfo=rules.LOCAL_TZ)
    numbers: dict[str, list[tuple[datetime, int]]] = {}
    for a in many_accidents:
        name = facts[a.enterprise_id][0] if a.enterprise_id else None
        fresh = rederived(a, name)
        for column in DERIVED_ACCIDENT:
            assert getattr(fresh, column) == getattr(a, column), (a.code, column)
        match = CODE.fullmatch(a.code)
        assert match, a.code
        assert match[1] == ("TNLD" if a.kind == "accident" else "SCKT") and int(match[2]) == a.occurred_on.year
        numbers.setdefault(f"accident:{match[1]}:{match[2]}", []).append((a.notified_at, int(match[3])))
        check_like_the_api(a)
        assert a.admin_unit_code in communes
        if a.sector == "contract":
            assert a.enterprise_id is not None
            _, zone, section, _ = facts[a.enterprise_id]
            assert (a.zone_code, a.vsic_section) == (zone, section)
        else:
            assert a.enterprise_id is None and a.zone_code is None and a.vsic_section is None
            assert all(v.contract_status == "no_contract" for v in a.victims)
        for v in a.victims:
            assert v.occupation_code in occupations
            assert v.citizen_id is None or re.fullmatch(r"\d{12}", v.citizen_id)
            assert v.severity != "fatal" or (v.capacity_loss_pct is None and v.days_off == 0)
        assert a.notified_at >= a.occurred_at and a.notified_at <= start_of_today
        steps = [a.investigating_at, a.concluded_at, a.closed_at]
        reached = rules.STATUSES.index(a.status)
        assert [s is not None for s in steps] == [k < reached for k in range(3)], a.code
        moments = [a.notified_at] + [s for s in steps if s is not None]
        assert moments == sorted(moments) and moments[-1] <= start_of_today, a.code
        if a.concluded_at is not None:
            assert a.investigation_record_date == rules.local_date(a.concluded_at)
            assert a.investigation_team
    # A series a year for accidents and one for incidents, numbered in the order the reports came in
    with Session(sync_engine) as session:
        counters = {c.name: c.value for c in session.scalars(select(Counter))}
    for name, pairs in numbers.items():
        pairs.sort()
        assert [n for _, n in pairs] == list(range(1, len(pairs) + 1)), name
    assert counters == {name: len(pairs) for name, pairs in numbers.items()}
    share_with_marks = sum(1 for a in many_accidents for v in a.victims if fold(v.full_name) != v.full_name.lower())
    assert share_with_marks > 0.9 * sum(len(a.victims) for a in many_accidents), "names with diacritics"


def test_api_codes_continue_after_generated_ones(
    generated: list[tuple[Any, ...]], migrated: Settings, sync_engine: Engine, client: TestClient
) -> None:
    with Session(sync_engine) as session:
        admin = session.scalar(select(User).where(User.role == Role.admin.value))
        assert admin is not None
        commune = session.scalar(
            select(AdminUnit.code).where(AdminUnit.level == "commune", AdminUnit.parent_code == migrated.province_code)
        )
        codes = list(session.scalars(select(Accident.code)))
    occurred = datetime.now(UTC) - timedelta(days=1)
    year = rules.local_date(occurred).year
    used = [int(c[-5:]) for c in codes if c.startswith(f"TNLD-{year}-")]
    headers = {"Authorization": f"Bearer {make_access_token(migrated, f'user:{admin.id}')[0]}"}
    body = {
        "sector": "non_contract",
        "admin_unit_code": commune,
        "occurred_at": occurred.isoformat(),
        "place": "Công trình nhà ở của hộ gia đình",
        "description": "Ngã từ giàn giáo khi trát tường",
        "victims": [{"full_name": "Nguyễn Văn Bình", "sex": "male", "severity": "minor"}],
    }
    answer = client.post("/api/v1/accidents", json=body, headers=headers)
    assert answer.status_code == 201, answer.text
    assert answer.json()["code"] == f"TNLD-{year}-{max(used, default=0) + 1:05d}"
    assert used, "the generated data has accidents this year"


# -- generated training ------------------------------------------------------------------------------------------

ENTERED_RECORD = (
    "worker_name",
    "birth_year",
    "citizen_id",
    "occupation",
    "enterprise_id",
    "admin_unit_code",
    "zone_code",
    "provider_id",
    "course_id",
    "trainee_group",
    "kind",
    "hours",
    "result",
    "document_number",
    "issued_on",
)
DERIVED_RECORD = (
    "document_kind",
    "expires_on",
    "refresher_due_on",
    "valid_until",
    "hours_below_minimum",
    "worker_name_folded",
)


@dataclass
class TrainingData:
    providers: dict[int, TrainingProvider]
    courses: dict[int, TrainingCourse]
    records: list[TrainingRecord]
    enterprises: dict[int, Enterprise]


def stored_training(engine: Engine) -> TrainingData:
    with Session(engine) as session:
        return TrainingData(
            {p.id: p for p in session.scalars(select(TrainingProvider))},
            {c.id: c for c in session.scalars(select(TrainingCourse))},
            list(session.scalars(select(TrainingRecord).order_by(TrainingRecord.id))),
            {e.id: e for e in session.scalars(select(Enterprise))},
        )


def check_training_like_the_api(data: TrainingData, monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    """Every provider, course and record passes the API's input schemas and the service's rules, and every record's
    derived columns are those the service computes from its entered facts."""
    monkeypatch.setattr(training, "today", lambda: today)
    for provider in data.providers.values():
        ProviderCreate.model_validate({k: getattr(provider, k) for k in ProviderCreate.model_fields})
        assert (provider.kind == "self_training_employer") == (provider.enterprise_id is not None)
        assert provider.license_issued_on <= provider.license_expires_on
    for course in data.courses.values():
        provider = data.providers[course.provider_id]
        CourseCreate.model_validate({k: getattr(course, k) for k in CourseCreate.model_fields})
        assert training_rules.class_covers(provider.org_class, course.trainee_group), course.id
        assert training.licence_in_force(provider, course.start_on), course.id
        assert training.licence_in_force(provider, course.end_on), course.id
        assert course.start_on <= course.end_on < today
        assert (course.audience is not None) == course.funded_by_program == (course.program_funding_vnd is not None)
        if provider.kind == "self_training_employer":
            assert course.enterprise_id == provider.enterprise_id
    numbers = Tally[tuple[int, str]]()
    for r in data.records:
        provider = data.providers[r.provider_id]
        values = {k: getattr(r, k) for k in ENTERED_RECORD}
        RecordCreate.model_validate({k: values[k] for k in RecordCreate.model_fields if k in values})
        assert training.record_problems(values, provider) == [], r.id
        # the rules spelled out: the class covers the group, the licence is in force on the day of issue
        assert training_rules.class_covers(provider.org_class, r.trainee_group), r.id
        assert provider.license_issued_on <= r.issued_on <= provider.license_expires_on, r.id
        fresh = TrainingRecord(**values)
        training.derive_record(fresh)
        for column in (*DERIVED_RECORD, "document_number"):
            assert getattr(fresh, column) == getattr(r, column), (r.id, column)
        derived = training_rules.derive(r.trainee_group, r.kind, r.hours, r.result, r.issued_on)
        assert (r.document_kind, r.expires_on, r.valid_until) == (
            derived.document_kind,
            derived.expires_on,
            derived.valid_until,
        )
        if r.document_number is not None:
            numbers[(r.provider_id, r.document_number)] += 1
        if r.enterprise_id is not None:
            enterprise = data.enterprises[r.enterprise_id]
            assert (r.admin_unit_code, r.zone_code) == (enterprise.admin_unit_code, enterprise.zone_code), r.id
        else:
            assert r.zone_code is None and r.course_id is not None
            assert r.admin_unit_code == data.courses[r.course_id].admin_unit_code
        if r.course_id is not None:
            course = data.courses[r.course_id]
            attended = (course.provider_id, course.trainee_group, course.kind, course.hours, course.end_on)
            assert attended == (r.provider_id, r.trainee_group, r.kind, r.hours, r.issued_on), r.id
            assert course.enterprise_id in (None, r.enterprise_id), r.id
    assert numbers and max(numbers.values()) == 1, "document numbers are unique per provider"


@pytest.fixture
def generated_training(generated: list[tuple[Any, ...]], sync_engine: Engine) -> TrainingData:
    return stored_training(sync_engine)


def test_generated_training_is_what_the_api_would_store(
    generated_training: TrainingData, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = generated_training
    check_training_like_the_api(data, monkeypatch, TODAY)
    classes = Tally((p.kind, p.org_class) for p in data.providers.values())
    assert {c for _, c in classes} == {"A", "B", "C"} and any(k == "self_training_employer" for k, _ in classes)
    assert any(p.license_expires_on < TODAY for p in data.providers.values()), "some licences have run out"
    marked = sum(fold(r.worker_name) != r.worker_name.lower() for r in data.records)
    assert marked > 0.9 * len(data.records), "names with diacritics"


def test_generated_training_follows_the_planned_shares(generated_training: TrainingData) -> None:
    records = generated_training.records
    enterprises = generated_training.enterprises
    planned = round(SCALES["tiny"].training_records * COUNT / SCALES["tiny"].enterprises)
    assert len(records) == planned
    by_group = Tally(r.trainee_group for r in records)
    for group, share in GROUP_SHARES.items():
        assert abs(by_group[group] / len(records) - share) < 0.005, group
    assert [g for g, _ in by_group.most_common()] == [4, 3, 1, 2, 6, 5]
    assert 0.015 < sum(r.result == "fail" for r in records) / len(records) < 0.05
    assert 0.01 < sum(r.enterprise_id is None for r in records) / len(records) < 0.05
    # five years to today, each year well filled
    by_year = Tally(r.issued_on.year for r in records)
    assert min(r.issued_on for r in records) >= TODAY - timedelta(days=5 * 366)
    assert max(r.issued_on for r in records) < TODAY
    assert all(by_year[y] > 0.12 * len(records) for y in range(TODAY.year - 4, TODAY.year + 1))
    states = Tally(training_rules.state(r.valid_until, r.result, TODAY) for r in records)
    assert all(states[s] > 0 for s in ("valid", "expiring", "expired", "failed"))
    # group 3 only where there are workers in strict-OSH jobs, in proportion to them
    card_holders = Tally(r.enterprise_id for r in records if r.trainee_group == 3 and r.enterprise_id)
    assert all(enterprises[e].employees_hazardous > 0 for e in card_holders)
    hazardous = {e.id: e.employees_hazardous for e in enterprises.values() if e.status == "active"}
    big = {e for e, n in hazardous.items() if n >= 20}
    small = {e for e, n in hazardous.items() if 0 < n < 20}
    per_worker_big = sum(card_holders[e] for e in big) / max(1, sum(hazardous[e] for e in big))
    per_worker_small = sum(card_holders[e] for e in small) / max(1, sum(hazardous[e] for e in small))
    assert 0.5 < per_worker_big / per_worker_small < 2
    # other workers (group 4) by headcount: more records where more people work
    others = Tally(r.enterprise_id for r in records if r.trainee_group == 4 and r.enterprise_id)
    sized = sorted((e.employees_total - e.employees_hazardous, others[e.id]) for e in enterprises.values())
    half = len(sized) // 2
    assert sum(n for _, n in sized[half:]) > 5 * sum(n for _, n in sized[:half])
    assert all(enterprises[e].status == "active" for e in others)


# -- the demo province ------------------------------------------------------------------------------------------


@pytest.fixture
def demo_loaded(db: Session, migrated: Settings) -> Session:
    logins = demo.load(db, PasswordHasher(migrated).hash_sync)
    db.commit()
    assert len(logins) == len(demo.USERS)
    return db


def test_demo_accidents(demo_loaded: Session) -> None:
    rows = list(demo_loaded.scalars(select(Accident).options(selectinload(Accident.victims)).order_by(Accident.id)))
    today = rules.today()
    real = [a for a in rows if a.kind == "accident"]
    assert 25 <= len(rows) <= 35
    assert all(today - timedelta(days=731) < a.occurred_on < today for a in rows)
    names = {e.id: e.name for e in demo_loaded.scalars(select(Enterprise))}
    for a in rows:
        fresh = rederived(a, names.get(a.enterprise_id or 0))
        for column in DERIVED_ACCIDENT:
            assert getattr(fresh, column) == getattr(a, column), (a.code, column)
        check_like_the_api(a)
        assert all(fold(v.full_name) != v.full_name.lower() for v in a.victims), "names with diacritics"
    # a few fatal, some serious, mostly minor; a technical incident without victims
    by_severity = Tally(a.severity for a in real)
    assert 1 <= by_severity["fatal"] <= 6 and by_severity["serious"] >= 3
    assert by_severity["minor"] > len(real) / 2
    assert any(a.kind == "technical_incident" and not a.victims for a in rows)
    assert any(a.victims_count >= 2 for a in real) and any(a.notification_late for a in real)
    # last year mostly closed; this year a mix, with open investigations both overdue and within their deadline
    last_year = [a for a in rows if a.occurred_on < today - timedelta(days=334)]
    assert sum(a.status == "closed" for a in last_year) >= len(last_year) - 1
    open_now = [a for a in rows if a.status in rules.OPEN_STATUSES]
    assert any(accidents.is_overdue(a) for a in open_now)
    assert any(not accidents.is_overdue(a) for a in open_now if a.investigation_deadline)
    assert {a.status for a in rows} == set(rules.STATUSES)
    assert {a.sector for a in rows} == {"contract", "non_contract"}
    assert any(a.sector == "non_contract" and a.admin_unit_code == "09187" for a in rows), "the commune officer's"
    # counters: the API's next code follows the demo's
    counters = {c.name: c.value for c in demo_loaded.scalars(select(Counter))}
    for year in {a.occurred_on.year for a in rows}:
        for prefix in {a.code[:4] for a in rows if a.occurred_on.year == year}:
            used = [int(a.code[-5:]) for a in rows if a.code.startswith(f"{prefix}-{year}-")]
            assert counters[f"accident:{prefix}:{year}"] == max(used) == len(used)
    # the history: one report, then each move, in time order, by a demo login
    events = list(
        demo_loaded.scalars(select(AuditEvent).where(AuditEvent.entity == "accident").order_by(AuditEvent.at))
    )
    emails = {u.email: u.id for u in demo_loaded.scalars(select(User))}
    for a in rows:
        mine = [e for e in events if e.entity_id == str(a.id)]
        assert mine[0].action == "create" and mine[0].at == a.notified_at
        moves = [e.after["status"] for e in mine if e.action == "status" and e.after]
        assert moves == list(rules.STATUSES[1 : rules.STATUSES.index(a.status) + 1]), a.code
        assert all(emails[e.actor_label] == e.actor_id for e in mine)
        assert mine[-1].at <= datetime.now(UTC)


def test_demo_accidents_through_the_api(demo_loaded: Session, migrated: Settings, client: TestClient) -> None:
    users = {u.email: u for u in demo_loaded.scalars(select(User))}

    def listed(email: str) -> list[dict[str, Any]]:
        token = make_access_token(migrated, f"user:{users[email].id}")[0]
        answer = client.get("/api/v1/accidents", params={"limit": 200}, headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text
        items: list[dict[str, Any]] = answer.json()["items"]
        return items

    everything = listed("canbo.tinh@demo.osh.vn")
    assert len(everything) == demo_loaded.scalar(select(func.count()).select_from(Accident))
    commune = listed("canbo.xa@demo.osh.vn")
    assert commune and {a["admin_unit_code"] for a in commune} == {"09187"}
    assert {a["sector"] for a in commune} == {"contract", "non_contract"}
    zone = listed("bql.kcn@demo.osh.vn")
    assert zone and {a["zone_code"] for a in zone} == {"KCN-QV1"}
    own = listed("doanhnghiep@demo.osh.vn")
    assert own and {a["enterprise_name"] for a in own} == {"Công ty TNHH Điện tử Đức Thành"}
    assert any(a["overdue"] for a in everything) and any(a["status"] == "notified" for a in own)

    # the enterprise user's next report continues this year's sequence
    year = rules.today().year
    last = max(int(a["code"][-5:]) for a in everything if a["code"].startswith(f"TNLD-{year}-"))
    token = make_access_token(migrated, f"user:{users['doanhnghiep@demo.osh.vn'].id}")[0]
    body = {
        "sector": "contract",
        "enterprise_id": own[0]["enterprise_id"],
        "occurred_at": (datetime.now(UTC) - timedelta(hours=3)).isoformat(),
        "place": "Dây chuyền SMT số 1",
        "description": "Kẹp tay khi vệ sinh máy",
        "victims": [{"full_name": "Trần Thị Mai", "sex": "female", "severity": "minor"}],
    }
    answer = client.post("/api/v1/accidents", json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["code"] == f"TNLD-{year}-{last + 1:05d}"


def test_demo_training(demo_loaded: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    data = TrainingData(
        {p.id: p for p in demo_loaded.scalars(select(TrainingProvider))},
        {c.id: c for c in demo_loaded.scalars(select(TrainingCourse))},
        list(demo_loaded.scalars(select(TrainingRecord).order_by(TrainingRecord.id))),
        {e.id: e for e in demo_loaded.scalars(select(Enterprise))},
    )
    check_training_like_the_api(data, monkeypatch, rules.today())
    providers = list(data.providers.values())
    assert 4 <= len(providers) <= 6
    assert {p.org_class for p in providers} == {"A", "B", "C"}
    assert sum(p.kind == "self_training_employer" for p in providers) == 1
    assert sum(p.license_expires_on < rules.today() for p in providers) == 1, "one licence has run out"
    courses = list(data.courses.values())
    assert 10 <= len(courses) <= 15
    assert len({c.start_on.year for c in courses}) == 3, "three years of courses"
    assert {c.audience for c in courses if c.funded_by_program} >= {"employers", "osh_officers", "farmers"}
    records = data.records
    assert 150 <= len(records) <= 300
    by_group = Tally(r.trainee_group for r in records)
    assert [g for g, _ in by_group.most_common()] == [4, 3, 1, 2, 6, 5]
    assert any(r.enterprise_id is None for r in records) and any(r.result == "fail" for r in records)
    assert sum(fold(r.worker_name) != r.worker_name.lower() for r in records) > 0.9 * len(records), "diacritics"
    # one audit row for each provider, course and record, by a demo login
    events = Tally(
        (e.entity, e.entity_id)
        for e in demo_loaded.scalars(select(AuditEvent).where(AuditEvent.entity.like("training_%")))
        if e.action == "create" and e.actor_id is not None
    )
    expected = (
        [("training_provider", str(p.id)) for p in providers]
        + [("training_course", str(c.id)) for c in courses]
        + [("training_record", str(r.id)) for r in records]
    )
    assert sorted(events) == sorted(expected) and set(events.values()) == {1}


def test_demo_enterprise_has_valid_expiring_and_expired_documents(
    demo_loaded: Session, migrated: Settings, client: TestClient
) -> None:
    user = demo_loaded.scalar(select(User).where(User.email == "doanhnghiep@demo.osh.vn"))
    assert user is not None
    enterprise_id = user.scope["enterprise_id"]
    headers = {"Authorization": f"Bearer {make_access_token(migrated, f'user:{user.id}')[0]}"}
    answer = client.get(f"/api/v1/enterprises/{enterprise_id}/training-compliance", headers=headers)
    assert answer.status_code == 200, answer.text
    compliance = answer.json()
    groups = {g["trainee_group"]: g for g in compliance["groups"]}
    assert all(groups[3][state] > 0 for state in ("valid", "expiring", "expired")), "safety cards"
    certificates = [groups[g] for g in (1, 2, 5, 6)]
    assert all(sum(g[state] for g in certificates) > 0 for state in ("valid", "expiring", "expired"))
    for state in ("expiring", "expired"):
        kinds = {p["document_kind"] for p in compliance[state]}
        assert kinds == {"certificate", "safety_card"}, state
    soon = rules.today() + timedelta(days=training_rules.EXPIRING_WITHIN_DAYS)
    assert all(rules.today() <= date.fromisoformat(p["valid_until"]) <= soon for p in compliance["expiring"])
    # the list the enterprise user sees: its own records only, in each state
    for state in ("valid", "expiring", "expired"):
        listed = client.get("/api/v1/training-records", params={"state": state, "limit": 200}, headers=headers).json()[
            "items"
        ]
        assert listed and {r["enterprise_id"] for r in listed} == {enterprise_id}, state
        assert {r["state"] for r in listed} == {state}
