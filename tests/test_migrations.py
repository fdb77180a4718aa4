"""The migrations build exactly the models' schema on a brand-new database of the tested kind, and undo it.

Each test makes its own empty database (a new SQLite file, or a new PostgreSQL database dropped at the
end), so the shared test database is not touched."""

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, create_engine, inspect, text
from sqlalchemy.engine import make_url

from osh.cli import alembic_config
from osh.core.settings import sync_url
from osh.models import Base

APPLICATION_TABLES = set(Base.metadata.tables)


@pytest.fixture
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.config.getoption("--db") == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        return
    database_url: str = request.getfixturevalue("database_url")
    server = create_engine(sync_url(database_url), isolation_level="AUTOCOMMIT")
    name = f"osh_migration_{uuid.uuid4().hex[:12]}"
    with server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(database_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


@pytest.fixture
def engine(empty_url: str) -> Iterator[Engine]:
    engine = create_engine(sync_url(empty_url))
    yield engine
    engine.dispose()


def differences(engine: Engine, metadata: MetaData = Base.metadata) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        return list(compare_metadata(context, metadata))


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_upgrade_head_gives_exactly_the_models_schema(empty_url: str, engine: Engine) -> None:
    assert tables(engine) == set()
    command.upgrade(alembic_config(empty_url), "head")
    assert tables(engine) == APPLICATION_TABLES | {"alembic_version"}
    assert differences(engine) == []
    with engine.connect() as conn:
        heads = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    assert heads == {ScriptDirectory.from_config(alembic_config(empty_url)).get_current_head()}


def test_the_comparison_sees_a_schema_that_differs(empty_url: str, engine: Engine) -> None:
    command.upgrade(alembic_config(empty_url), "head")
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(changed)
    Table("inspections", changed, Column("id", Integer, primary_key=True))
    changed.tables["users"].append_column(Column("nickname", String(40), nullable=True))
    found = differences(engine, changed)
    assert ("add_table", "inspections") in [(d[0], d[1].name) for d in found if d[0] == "add_table"]
    assert any(d[0] == "add_column" and d[2] == "users" and d[3].name == "nickname" for d in found)


def test_downgrade_base_removes_every_table_and_upgrade_works_again(empty_url: str, engine: Engine) -> None:
    config = alembic_config(empty_url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    assert tables(engine) & APPLICATION_TABLES == set()
    assert tables(engine) <= {"alembic_version"}
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            leftovers = conn.execute(
                text(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 'S', 'v') "
                    "AND c.relname NOT LIKE 'alembic_version%'"
                )
            ).scalar()
        assert leftovers == 0
    command.upgrade(config, "head")
    assert tables(engine) == APPLICATION_TABLES | {"alembic_version"}
    assert differences(engine) == []
