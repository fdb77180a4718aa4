"""Passwords (argon2id) and JWTs (python-jose, one pinned algorithm). All token code lives here."""

import asyncio
import hashlib
import hmac
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

import anyio
from jose import JWTError, jwt
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from osh.core.settings import Settings

ALGORITHM = "HS256"  # pinned: tokens are decoded with this algorithm only
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256


class PasswordHasher:
    """Argon2id with a cap on concurrent checks: each costs ~100 ms of CPU and 64 MiB by default."""

    def __init__(self, settings: Settings) -> None:
        self._hash = PasswordHash(
            (Argon2Hasher(time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib),)
        )
        self._slots = asyncio.Semaphore(settings.max_concurrent_password_checks)
        self._dummy = self._hash.hash(secrets.token_urlsafe(16))

    def hash_sync(self, password: str) -> str:
        return self._hash.hash(password)

    async def hash(self, password: str) -> str:
        async with self._slots:
            return await anyio.to_thread.run_sync(self._hash.hash, password)

    async def verify(self, password: str, password_hash: str | None) -> bool:
        """Checks against a dummy hash when there is no user, so timing does not tell which e-mails exist."""
        async with self._slots:
            target = password_hash or self._dummy
            ok = await anyio.to_thread.run_sync(self._hash.verify, password, target)
            return bool(ok and password_hash)


@cache
def common_passwords() -> frozenset[str]:
    text = resources.files("osh.auth").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def password_problem(password: str, email: str | None = None) -> bool:
    """True when the password is too weak to accept."""
    lowered = password.lower()
    return (
        len(password) < MIN_PASSWORD_LENGTH
        or len(password) > MAX_PASSWORD_LENGTH
        or lowered in common_passwords()
        or (email is not None and lowered == email.lower())
        or len(set(password)) < 4
    )


def make_access_token(settings: Settings, subject: str, now: datetime | None = None) -> tuple[str, int]:
    now = now or datetime.now(UTC)
    lifetime = timedelta(minutes=settings.access_token_minutes)
    claims = {
        "sub": subject,
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "iat": int(now.timestamp()),
        "nbf": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
        "jti": uuid.uuid4().hex,
        "token_use": "access",
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=ALGORITHM), int(lifetime.total_seconds())


def decode_access_token(settings: Settings, token: str) -> str | None:
    """The subject ('user:1', 'client:2') of a valid access token, else None."""
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != ALGORITHM:
            return None
        claims: dict[str, Any] = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={
                "require_aud": True,
                "require_iss": True,
                "require_exp": True,
                "require_iat": True,
                "require_sub": True,
                "leeway": 30,
            },
        )
    except (JWTError, ValueError, TypeError):
        return None
    if claims.get("token_use") != "access":
        return None
    subject = claims.get("sub")
    return subject if isinstance(subject, str) else None


def new_opaque_token() -> str:
    return secrets.token_urlsafe(48)


def token_digest(token: str) -> str:
    """Refresh tokens and client secrets are long random strings: a plain SHA-256 is enough to store them."""
    return hashlib.sha256(token.encode()).hexdigest()


def digest_matches(token: str, digest: str) -> bool:
    return hmac.compare_digest(token_digest(token), digest)
