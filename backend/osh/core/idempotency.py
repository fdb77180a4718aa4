"""Idempotency-Key on POST: a retry with the same key and body returns the first answer and creates nothing.

The key's record is written in the same transaction as what the request creates, under a unique
(principal, key) constraint, so concurrent retries cannot both commit: the loser rolls back and replays
the winner's stored answer.
"""

import hashlib
import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import Integer, String, Text, UniqueConstraint, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, Session, mapped_column

from osh.core.database import Base, JSONType, UTCDateTime, utcnow
from osh.core.errors import ApiError

KEEP_FOR = timedelta(hours=24)
MAX_KEY_LENGTH = 255


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("principal", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    principal: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH))
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(500))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text)
    response_headers: Mapped[dict[str, str]] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


Outcome = tuple[int, Any, dict[str, str]]  # status, JSON-able body, headers to replay


def _replay(record: IdempotencyRecord) -> JSONResponse:
    headers = dict(record.response_headers)
    headers["Idempotent-Replayed"] = "true"
    return JSONResponse(json.loads(record.response_body), status_code=record.status_code, headers=headers)


async def _find(session: AsyncSession, principal: str, key: str, fingerprint: str) -> IdempotencyRecord | None:
    record = await session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.principal == principal,
            IdempotencyRecord.key == key,
        )
    )
    if record is not None and record.created_at <= utcnow() - KEEP_FOR:
        await session.delete(record)  # an expired key may be used afresh
        await session.flush()
        return None
    if record is not None and record.request_hash != fingerprint:
        raise ApiError(422, "idempotency_mismatch", detail_code="idempotency_mismatch_detail")
    return record


async def run_once(
    request: Request,
    session: AsyncSession,
    principal: str,
    work: Callable[[], Awaitable[Outcome]],
    fingerprint: bytes | None = None,
    on_conflict: Callable[[IntegrityError], Exception] | None = None,
    secret_fields: tuple[str, ...] = (),
) -> JSONResponse:
    """Run `work` (which adds rows to the session) and commit, honouring the Idempotency-Key header.

    `fingerprint` identifies the request's content; by default the method, path, query and body.
    An IntegrityError not caused by a concurrent retry goes to `on_conflict` (e.g. a 409).
    `secret_fields` of the answer are never stored: a replay gives them as null.
    """
    key = request.headers.get("idempotency-key")
    if key is not None and not (0 < len(key) <= MAX_KEY_LENGTH):
        raise ApiError(400, "bad_request", detail_code="idempotency_mismatch_detail")
    if fingerprint is None:
        fingerprint = b"\n".join(
            [request.method.encode(), request.url.path.encode(), request.url.query.encode(), await request.body()]
        )
    digest = hashlib.sha256(fingerprint).hexdigest()
    if key is not None:
        earlier = await _find(session, principal, key, digest)
        if earlier is not None:
            return _replay(earlier)
    try:
        # A concurrent retry can collide while `work` flushes (a unique key), not only at commit.
        status, body, headers = await work()
        if key is not None:
            session.add(
                IdempotencyRecord(
                    principal=principal,
                    key=key,
                    method=request.method,
                    path=request.url.path,
                    request_hash=digest,
                    status_code=status,
                    response_body=json.dumps(_without(body, secret_fields), ensure_ascii=False, default=str),
                    response_headers=headers,
                )
            )
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        if key is not None:
            earlier = await _find(session, principal, key, digest)
            if earlier is not None:
                return _replay(earlier)
        if on_conflict is not None:
            raise on_conflict(exc) from exc
        raise
    except ApiError:
        # Refused because a concurrent twin has just committed (e.g. "tax code taken"): answer as the twin did.
        if key is None:
            raise
        await session.rollback()
        earlier = await _find(session, principal, key, digest)
        if earlier is not None:
            return _replay(earlier)
        raise
    return JSONResponse(body, status_code=status, headers=headers)


def _without(body: Any, secret_fields: tuple[str, ...]) -> Any:
    if not secret_fields or not isinstance(body, dict):
        return body
    return {name: (None if name in secret_fields else value) for name, value in body.items()}


def purge_expired(session: Session) -> int:
    """Drop the answers kept past their replay window; returns how many."""
    result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at <= utcnow() - KEEP_FOR))
    return int(getattr(result, "rowcount", 0) or 0)
