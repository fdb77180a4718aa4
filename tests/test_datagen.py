"""The data generator (osh.datagen) on the test database, and the quick benchmark run."""

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from osh.areas.models import AdminUnit, IndustrialZone
from osh.auth.models import User
from osh.auth.permissions import Role
from osh.core.settings import Settings
from osh.core.text import fold
from osh.datagen import COLUMNS, GenerationRefused, generate
from osh.datagen.generator import tax_check_digit
from osh.enterprises.models import Enterprise
from osh.enterprises.service import DERIVED, derive

ROOT = Path(__file__).resolve().parent.parent
COUNT = 300
TABLES = [
    "audit_events",
    "idempotency_keys",
    "refresh_tokens",
    "users",
    "api_clients",
    "enterprises",
    "industrial_zones",
]


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


@pytest.fixture
def generated(db: Session, migrated: Settings, sync_engine: Engine) -> list[tuple[Any, ...]]:
    generate(migrated, "tiny", seed=11, count=COUNT, out=quiet)
    return snapshot(sync_engine)


def test_same_seed_same_rows(generated: list[tuple[Any, ...]], migrated: Settings, sync_engine: Engine) -> None:
    assert len(generated) == COUNT
    with sync_engine.connect() as conn:
        zones = list(conn.execute(select(IndustrialZone.code, IndustrialZone.name, IndustrialZone.admin_unit_code)))
    clean(sync_engine)
    generate(migrated, "tiny", seed=11, count=COUNT, out=quiet)
    assert snapshot(sync_engine) == generated
    with sync_engine.connect() as conn:
        again = list(conn.execute(select(IndustrialZone.code, IndustrialZone.name, IndustrialZone.admin_unit_code)))
    assert again == zones
    clean(sync_engine)
    generate(migrated, "tiny", seed=12, count=COUNT, out=quiet)
    assert snapshot(sync_engine) != generated


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
    generate(migrated, "tiny", seed=11, count=50, append=True, out=quiet)
    rows = snapshot(sync_engine)
    assert len(rows) == COUNT + 50
    assert len({r[1] for r in rows}) == COUNT + 50


def test_bench_quick_passes(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--duration", "1", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert list(tmp_path.glob("*.json"))
