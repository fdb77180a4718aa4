"""One settings object, read from OSH_* environment variables."""

import secrets
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import PositiveInt, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DATA_DIR = Path("data")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OSH_", extra="ignore")

    env: Literal["development", "production", "test"] = "development"
    database_url: str = f"sqlite:///{DATA_DIR / 'osh.sqlite3'}"
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    secret_key: str | None = None
    data_dir: Path = DATA_DIR
    admin_email: str | None = None
    admin_password: str | None = None
    demo: bool | None = None  # None: load the demo province into a new embedded database only
    province_code: str = "24"  # statistics-office code of the deployment's province (24 = Bắc Ninh)
    docs: bool | None = None  # None: on except in production
    static_dir: Path | None = None  # built SPA, served at /

    access_token_minutes: int = 15
    refresh_token_days: int = 14
    jwt_issuer: str = "osh"
    jwt_audience: str = "osh-api"

    lockout_threshold: int = 5
    lockout_window_minutes: int = 15
    lockout_minutes: int = 15
    # Argon2id cost; tests lower it, production keeps the library defaults (~100 ms, 64 MiB).
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    max_concurrent_password_checks: int = 4

    db_pool_size: int = 20
    max_json_body_bytes: int = 1024 * 1024
    max_upload_bytes: int = 10 * 1024 * 1024
    max_attachment_bytes: int = 10 * 1024 * 1024
    files_dir: Path | None = None  # attachments; <data_dir>/files when not set
    import_max_rows: int = 20000
    export_max_rows: int = 200000
    # Certificate checks per caller and window (inspectors in the field); 0 switches the limit off.
    verify_rate_limit: int = 30
    verify_rate_window_seconds: PositiveInt = 60

    trusted_request_id: bool = False

    @model_validator(mode="after")
    def _production_needs_secret(self) -> "Settings":
        if self.env == "production" and not self.secret_key:
            raise ValueError("OSH_SECRET_KEY is required when OSH_ENV=production")
        return self

    @property
    def docs_enabled(self) -> bool:
        return self.docs if self.docs is not None else self.env != "production"

    @property
    def attachments_dir(self) -> Path:
        return self.files_dir or self.data_dir / "files"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @cached_property
    def jwt_secret(self) -> str:
        """The signing key: OSH_SECRET_KEY, else one made once and kept in the data folder."""
        if self.secret_key:
            return self.secret_key
        path = self.data_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        path.write_text(key)
        path.chmod(0o600)
        return key


def async_url(url: str) -> str:
    """The driver URL for the application's async engine."""
    if url.startswith("sqlite:"):
        return "sqlite+aiosqlite:" + url[len("sqlite:") :]
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def sync_url(url: str) -> str:
    """The driver URL for migrations and scripts."""
    if url.startswith("sqlite+aiosqlite:"):
        return "sqlite:" + url[len("sqlite+aiosqlite:") :]
    return async_url(url) if url.startswith(("postgresql", "postgres")) else url
