"""Command line: `python -m osh serve|migrate|create-admin`."""

import argparse
import logging
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, select
from sqlalchemy.orm import Session

from osh.areas.service import load_admin_units
from osh.audit.models import AuditEvent
from osh.auth.models import User
from osh.auth.security import PasswordHasher, password_problem
from osh.core.idempotency import purge_expired
from osh.core.settings import Settings, sync_url

log = logging.getLogger("osh")
MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["database_url"] = database_url
    return config


def migrate(settings: Settings) -> bool:
    """Bring the schema to head, load the official administrative units and drop expired idempotency
    answers. True for a new database."""
    if settings.is_sqlite:
        path = settings.database_url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sync_url(settings.database_url))
    fresh = "alembic_version" not in inspect(engine).get_table_names()
    command.upgrade(alembic_config(settings.database_url), "head")
    with Session(engine) as session, session.begin():
        load_admin_units(session)
        purge_expired(session)
    engine.dispose()
    return fresh


def ensure_admin(settings: Settings, email: str, password: str) -> bool:
    email = email.strip().lower()
    if password_problem(password, email):
        raise SystemExit("OSH_ADMIN_PASSWORD is too weak: at least 10 characters, not a common password")
    engine = create_engine(sync_url(settings.database_url))
    with Session(engine) as session, session.begin():
        if session.scalar(select(User.id).where(User.email == email)) is not None:
            return False
        session.add(
            User(
                email=email,
                full_name="Administrator",
                password_hash=PasswordHasher(settings).hash_sync(password),
                role="admin",
                scope={"kind": "province"},
                is_active=True,
                failed_logins=0,
            )
        )
        session.add(
            AuditEvent(
                actor_kind="system",
                actor_id=None,
                actor_label="system",
                action="create",
                entity="user",
                entity_id=email,
            )
        )
    engine.dispose()
    return True


def load_demo(settings: Settings) -> list[tuple[str, str, str]]:
    from osh import demo

    engine = create_engine(sync_url(settings.database_url))
    hasher = PasswordHasher(settings)
    with Session(engine) as session, session.begin():
        logins = demo.load(session, hasher.hash_sync)
    engine.dispose()
    return logins


def prepare(settings: Settings) -> None:
    fresh = migrate(settings)
    if (
        settings.admin_email
        and settings.admin_password
        and ensure_admin(settings, settings.admin_email, settings.admin_password)
    ):
        print(f"Administrator created: {settings.admin_email}")
    want_demo = settings.demo if settings.demo is not None else (fresh and settings.is_sqlite)
    if want_demo:
        logins = load_demo(settings)
        if logins:
            print("\nDemo province loaded (Bắc Ninh). Demo logins, one per role:")
            for email, role, password in logins:
                print(f"  {role:18} {email:28} {password}")
            print()


def serve(settings: Settings) -> None:
    import uvicorn

    prepare(settings)
    print(f"OSH API on http://{settings.host}:{settings.port}  (API docs: /docs)")
    uvicorn.run(
        "osh.main:app",
        host=settings.host,
        port=settings.port,
        workers=settings.workers if settings.workers > 1 else None,
        proxy_headers=True,
        log_level="info",
    )


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="osh", description="OSH Program Management System")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("serve", help="migrate, load reference data (and the demo on a new embedded database), serve")
    sub.add_parser("migrate", help="migrate the database and load reference data")
    admin = sub.add_parser("create-admin", help="create an administrator")
    admin.add_argument("email")
    admin.add_argument("--password", required=True)
    args = parser.parse_args(argv)
    settings = Settings()
    if args.command == "serve":
        serve(settings)
    elif args.command == "migrate":
        migrate(settings)
    elif args.command == "create-admin":
        created = ensure_admin(settings, args.email, args.password)
        print("created" if created else "exists already")
    sys.exit(0)
