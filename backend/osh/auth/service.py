"""Sign-in, token issue and rotation, lockout, logout."""

import math
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from osh.audit import service as audit
from osh.audit.service import Actor
from osh.auth.models import ApiClient, RefreshToken, User
from osh.auth.security import (
    PasswordHasher,
    digest_matches,
    make_access_token,
    new_opaque_token,
    token_digest,
)
from osh.core.database import utcnow
from osh.core.errors import ApiError
from osh.core.settings import Settings


@dataclass
class Tokens:
    access_token: str
    expires_in: int
    refresh_token: str | None


def invalid_grant(detail_code: str = "invalid_credentials_detail") -> ApiError:
    return ApiError(401, "invalid_credentials", detail_code=detail_code, headers={"WWW-Authenticate": "Bearer"})


def locked(minutes: int, retry_after: int) -> ApiError:
    return ApiError(
        429,
        "account_locked",
        detail_code="account_locked_detail",
        params={"minutes": minutes},
        headers={"Retry-After": str(retry_after)},
    )


async def _issue_refresh(session: AsyncSession, settings: Settings, user: User, family_id: str | None = None) -> str:
    token = new_opaque_token()
    session.add(
        RefreshToken(
            token_hash=token_digest(token),
            user_id=user.id,
            family_id=family_id or uuid.uuid4().hex,
            expires_at=utcnow() + timedelta(days=settings.refresh_token_days),
        )
    )
    return token


async def password_grant(
    session: AsyncSession, settings: Settings, hasher: PasswordHasher, email: str, password: str, request_id: str | None
) -> Tokens:
    """Counts failures per account in the database, so the lockout holds across server processes."""
    user = await session.scalar(select(User).where(User.email == email.strip().lower()))
    now = utcnow()
    if user is not None and user.locked_until is not None and user.locked_until > now:
        seconds = math.ceil((user.locked_until - now).total_seconds())
        raise locked(math.ceil(seconds / 60), seconds)
    ok = await hasher.verify(password, user.password_hash if user else None)
    if user is None:
        raise invalid_grant()
    actor = Actor("user", user.id, user.email, request_id)
    # Sign-in bookkeeping goes through table-level updates: it must not bump the account's version
    # (an administrator's pending edit stays valid) and the failure count is incremented atomically.
    table = cast(Table, User.__table__)
    if not ok:
        window_start = now - timedelta(minutes=settings.lockout_window_minutes)
        if user.first_failed_at is None or user.first_failed_at < window_start:
            counted = update(table).values(failed_logins=1, first_failed_at=now)
        else:
            counted = update(table).values(failed_logins=table.c.failed_logins + 1)
        failures = await session.scalar(counted.where(table.c.id == user.id).returning(table.c.failed_logins))
        if (failures or 0) >= settings.lockout_threshold:
            await session.execute(
                update(table)
                .where(table.c.id == user.id)
                .values(
                    locked_until=now + timedelta(minutes=settings.lockout_minutes),
                    failed_logins=0,
                    first_failed_at=None,
                )
            )
            audit.record(session, actor, "lock", "user", user.id)
        else:
            audit.record(session, actor, "login_failed", "user", user.id)
        await session.commit()
        raise invalid_grant()
    if not user.is_active:
        # Right password on a deactivated account: refused like a wrong one, recorded, not counted.
        audit.record(session, actor, "login_inactive", "user", user.id)
        await session.commit()
        raise invalid_grant()
    await session.execute(
        update(table)
        .where(table.c.id == user.id)
        .values(failed_logins=0, first_failed_at=None, locked_until=None, last_login_at=now)
    )
    refresh = await _issue_refresh(session, settings, user)
    audit.record(session, actor, "login", "user", user.id)
    await session.commit()
    access, expires_in = make_access_token(settings, f"user:{user.id}")
    return Tokens(access, expires_in, refresh)


async def refresh_grant(session: AsyncSession, settings: Settings, token: str, request_id: str | None) -> Tokens:
    """Rotate: the presented token is spent and a new one of the same family given. A spent token shown
    again means it was stolen or replayed: the whole family is revoked."""
    row = await session.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_digest(token)))
    now = utcnow()
    if row is None or not digest_matches(token, row.token_hash):
        raise invalid_grant("invalid_refresh_detail")
    user = await session.get(User, row.user_id)
    if user is None:
        raise invalid_grant("invalid_refresh_detail")
    actor = Actor("user", user.id, user.email, request_id)
    if row.revoked_at is not None:
        await session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == row.family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        audit.record(session, actor, "refresh_reuse", "user", user.id, after={"family": row.family_id})
        await session.commit()
        raise invalid_grant("invalid_refresh_detail")
    if row.expires_at <= now or not user.is_active:
        raise invalid_grant("invalid_refresh_detail")
    # Spend the token with a guarded update so two concurrent refreshes cannot both succeed.
    spent = await session.execute(
        update(RefreshToken).where(RefreshToken.id == row.id, RefreshToken.revoked_at.is_(None)).values(revoked_at=now)
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        await session.rollback()
        raise invalid_grant("invalid_refresh_detail")
    refresh = await _issue_refresh(session, settings, user, row.family_id)
    await session.commit()
    access, expires_in = make_access_token(settings, f"user:{user.id}")
    return Tokens(access, expires_in, refresh)


async def client_credentials_grant(
    session: AsyncSession, settings: Settings, client_id: str, secret: str, request_id: str | None
) -> Tokens:
    client = await session.scalar(select(ApiClient).where(ApiClient.client_id == client_id))
    if client is None or not client.is_active or not digest_matches(secret, client.secret_hash):
        raise invalid_grant("invalid_client_detail")
    # Table-level update: using a client must not change its version (an administrator's edit stays valid).
    clients = cast(Table, ApiClient.__table__)
    await session.execute(update(clients).where(clients.c.id == client.id).values(last_used_at=utcnow()))
    await session.commit()
    access, expires_in = make_access_token(settings, f"client:{client.id}")
    return Tokens(access, expires_in, None)


async def logout(session: AsyncSession, token: str, actor: Actor | None) -> None:
    """Revoke the login behind a refresh token (its whole family). Unknown tokens are ignored."""
    row = await session.scalar(select(RefreshToken).where(RefreshToken.token_hash == token_digest(token)))
    if row is None:
        return
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == row.family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    audit.record(session, actor or Actor("user", row.user_id, f"user:{row.user_id}"), "logout", "user", row.user_id)
    await session.commit()


async def revoke_all(session: AsyncSession, user_id: int) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
