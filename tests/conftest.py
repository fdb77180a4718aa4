"""Test fixtures: a real database (SQLite file or a fresh PostgreSQL database), migrated with Alembic,
an app per test on it, and a small province with two communes and two zones to test scopes with.

Choose the database with `--db sqlite|postgres` (default sqlite). PostgreSQL comes from
OSH_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres); each run makes its own
database and drops it. When CI is set and PostgreSQL cannot be reached, the run fails.
"""

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from osh.app import create_app
from osh.areas.models import IndustrialZone
from osh.auth.models import ApiClient, User
from osh.auth.security import PasswordHasher, make_access_token, token_digest
from osh.cli import migrate
from osh.core.settings import Settings, sync_url
from osh.core.text import fold
from osh.enterprises.models import Enterprise
from osh.enterprises.service import derive

PROVINCE = "24"  # Bắc Ninh
COMMUNE_A = "09187"  # Phường Kinh Bắc
COMMUNE_B = "09265"  # Phường Phương Liễu
COMMUNE_OTHER_PROVINCE = "00070"  # Phường Hoàn Kiếm, Hà Nội
PASSWORD = "Correct-Horse-42"
MUTABLE_TABLES = [
    "training_records",
    "training_courses",
    "training_providers",
    "accident_attachments",
    "accident_victims",
    "accidents",
    "counters",
    "audit_events",
    "idempotency_keys",
    "rate_limits",
    "refresh_tokens",
    "users",
    "api_clients",
    "enterprises",
    "industrial_zones",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--db", choices=("sqlite", "postgres"), default="sqlite", help="database to test against")


def _postgres_admin_url() -> str:
    return os.environ.get("OSH_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.config.getoption("--db") == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'osh-test.sqlite3'}"
        return
    admin_url = make_url(sync_url(_postgres_admin_url()))
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        if os.environ.get("CI"):
            pytest.exit(f"PostgreSQL is required in CI and cannot be reached at {admin_url}: {exc}", returncode=3)
        pytest.skip(f"PostgreSQL not reachable at {admin_url}")
    name = f"osh_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        env="test",
        database_url=database_url,
        data_dir=tmp_path_factory.mktemp("data"),
        secret_key="test-secret-key-for-signing-tokens-0123456789",
        province_code=PROVINCE,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        docs=True,
        db_pool_size=5,
    )


@pytest.fixture(scope="session")
def migrated(settings: Settings) -> Settings:
    migrate(settings)
    return settings


@pytest.fixture(scope="session")
def sync_engine(migrated: Settings) -> Iterator[Engine]:
    engine = create_engine(sync_url(migrated.database_url))
    yield engine
    engine.dispose()


def _clean(engine: Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(MUTABLE_TABLES)} RESTART IDENTITY CASCADE"))
        else:
            for table in MUTABLE_TABLES:
                conn.execute(text(f"DELETE FROM {table}"))
            conn.execute(text("DELETE FROM sqlite_sequence")) if _has_sequence(conn) else None


def _has_sequence(conn: Any) -> bool:
    return conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name='sqlite_sequence'")).scalar() == 1


@pytest.fixture
def db(sync_engine: Engine) -> Iterator[Session]:
    """A sync session on the test database, emptied of everything but the reference tables first."""
    _clean(sync_engine)
    with Session(sync_engine, expire_on_commit=False) as session:
        yield session


@pytest.fixture
def app(migrated: Settings, db: Session) -> Any:
    return create_app(migrated)


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@dataclass
class World:
    """Two communes (A, B) of the province, a zone in each, enterprises in each place, and one principal
    per role and scope kind. `token(name)` gives a bearer header for a principal."""

    settings: Settings
    ids: dict[str, int]
    tokens: dict[str, str]

    def auth(self, name: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[name]}"}


def make_enterprise(
    session: Session, tax_code: str, name: str, commune: str, zone: str | None = None, **extra: Any
) -> Enterprise:
    values: dict[str, Any] = dict(
        tax_code=tax_code,
        name=name,
        legal_form="llc_single_member",
        ownership="domestic_private",
        vsic_code="2592",
        admin_unit_code=commune,
        address="Số 1",
        zone_code=zone,
        employees_total=50,
        employees_female=10,
        employees_hazardous=5,
        status="active",
    )
    values.update(extra)
    enterprise = Enterprise(**values)
    derive(enterprise)
    session.add(enterprise)
    session.flush()
    return enterprise


def make_user(
    session: Session, settings: Settings, email: str, role: str, scope: dict[str, Any], password: str = PASSWORD
) -> User:
    user = User(
        email=email,
        full_name=email.split("@")[0],
        password_hash=PasswordHasher(settings).hash_sync(password),
        role=role,
        scope=scope,
        is_active=True,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    return user


def make_client(session: Session, name: str, role: str, scope: dict[str, Any], secret: str) -> ApiClient:
    api_client = ApiClient(
        client_id=f"cid-{name}", name=name, secret_hash=token_digest(secret), role=role, scope=scope, is_active=True
    )
    session.add(api_client)
    session.flush()
    return api_client


# principal name -> (role, scope builder)
PRINCIPALS: dict[str, tuple[str, Any]] = {
    "admin": ("admin", lambda ids: {"kind": "province"}),
    "officer": ("province_officer", lambda ids: {"kind": "province"}),
    "inspector": ("inspector", lambda ids: {"kind": "province"}),
    "commune_a": ("commune_officer", lambda ids: {"kind": "communes", "codes": [COMMUNE_A]}),
    "zone_a": ("zone_board", lambda ids: {"kind": "zones", "codes": ["ZA"]}),
    "enterprise_a": ("enterprise_user", lambda ids: {"kind": "enterprise", "enterprise_id": ids["a1"]}),
    "health": ("health_facility", lambda ids: {"kind": "province"}),
    "viewer": ("viewer", lambda ids: {"kind": "province"}),
}


@pytest.fixture
def world(db: Session, migrated: Settings) -> World:
    db.add_all(
        [
            IndustrialZone(
                code="ZA",
                name="Khu công nghiệp A",
                name_folded=fold("Khu công nghiệp A"),
                kind="industrial_zone",
                admin_unit_code=COMMUNE_A,
            ),
            IndustrialZone(
                code="ZB",
                name="Khu công nghiệp B",
                name_folded=fold("Khu công nghiệp B"),
                kind="industrial_zone",
                admin_unit_code=COMMUNE_B,
            ),
        ]
    )
    db.flush()
    ids = {
        "a1": make_enterprise(db, "0100000001", "Công ty Đồng Đức", COMMUNE_A).id,
        "za": make_enterprise(db, "0100000002", "Công ty Hòa Phát Khu A", COMMUNE_A, "ZA").id,
        "b1": make_enterprise(db, "0100000003", "Công ty Bình Minh", COMMUNE_B).id,
        "zb": make_enterprise(db, "0100000004", "Công ty Khu B", COMMUNE_B, "ZB").id,
    }
    tokens: dict[str, str] = {}
    for name, (role, scope) in PRINCIPALS.items():
        user = make_user(db, migrated, f"{name}@test.vn", role, scope(ids))
        ids[f"user_{name}"] = user.id
        tokens[name] = make_access_token(migrated, f"user:{user.id}")[0]
    integrator = make_client(db, "zone-a-app", "zone_board", {"kind": "zones", "codes": ["ZA"]}, "zone-a-secret")
    ids["client_zone_a"] = integrator.id
    tokens["integrator_a"] = make_access_token(migrated, f"client:{integrator.id}")[0]
    db.commit()
    return World(migrated, ids, tokens)


def xlsx_path(tmp_path: Path, rows: list[list[Any]], header: list[str] | None = None) -> Path:
    """Write a real .xlsx with openpyxl: the header row then the rows."""
    from openpyxl import Workbook

    from osh.enterprises.excel import IMPORT_COLUMNS

    book = Workbook()
    sheet = book.active
    sheet.append(header or [c.vi for c in IMPORT_COLUMNS])
    for row in rows:
        sheet.append(row)
    path = tmp_path / f"import-{uuid.uuid4().hex[:6]}.xlsx"
    book.save(path)
    return path
