"""Per-caller request limits kept in the database, so that a limit holds across server processes.

A sliding-window counter: each (bucket, window) row counts the calls answered in one fixed window; a call is
allowed while the calls of the current window plus those of the previous window, weighted by the share of it
still inside the sliding window, stay within the limit (the previous window's calls are taken as spread
evenly over it, so a wait may pass one window: at most a window and a `limit`-th). One upsert per call; a
refused call is not counted, so a caller who waits as told by Retry-After gets through.
"""

import math
import time

from sqlalchemy import BigInteger, Integer, String, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from osh.core.database import Base
from osh.core.errors import ApiError


class RateLimitWindow(Base):
    __tablename__ = "rate_limits"

    bucket: Mapped[str] = mapped_column(String(128), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)  # epoch seconds
    hits: Mapped[int] = mapped_column(Integer)


def too_many(retry_after: int) -> ApiError:
    return ApiError(
        429,
        "too_many_requests",
        detail_code="rate_limited_detail",
        params={"seconds": retry_after},
        headers={"Retry-After": str(retry_after)},
    )


def weighted(previous: int, current: int, elapsed: float) -> float:
    """Calls inside the sliding window ending now; `elapsed` is the share (0..1) of the current window gone."""
    return previous * (1 - elapsed) + current


def allows(previous: int, current: int, elapsed: float, limit: int) -> bool:
    """Whether `current` calls in this window (the new one included) fit; a hair of slack absorbs float error."""
    return weighted(previous, current, elapsed) <= limit + 1e-9


def wait_seconds(previous: int, current: int, elapsed: float, limit: int, seconds: int) -> int:
    """How long until one more call fits, given the counts (the refused call not included)."""
    if current + 1 <= limit and previous > 0:
        # Later in this window, when enough of the previous window has slid out.
        needed = 1 - (limit - current - 1) / previous
        if needed < 1:
            return _whole_seconds((needed - elapsed) * seconds)
    # In the next window the current one becomes the previous one.
    later = 1 - (limit - 1) / current if current > 0 else 0.0
    return _whole_seconds((1 - elapsed + max(later, 0.0)) * seconds)


def _whole_seconds(exact: float) -> int:
    return max(1, math.ceil(exact - 1e-6))  # 31.000000000000004 is 31


async def hit(session: AsyncSession, bucket: str, limit: int, seconds: int, now: float | None = None) -> None:
    """Count one call of `bucket` (e.g. 'verify:user:12'), or raise 429 with Retry-After when it would go over
    `limit` calls per `seconds`. Commits the session. A limit of 0 or less means no limit."""
    if limit <= 0:
        return
    now = time.time() if now is None else now
    # The window length is part of the key: a changed setting does not read counts of another length.
    key = f"{bucket}:{seconds}"[:128]
    start = int(now // seconds) * seconds
    elapsed = (now - start) / seconds
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    upsert = (
        insert(RateLimitWindow)
        .values(bucket=key, window_start=start, hits=1)
        .on_conflict_do_update(index_elements=["bucket", "window_start"], set_={"hits": RateLimitWindow.hits + 1})
        .returning(RateLimitWindow.hits)
    )
    current = int(await session.scalar(upsert) or 0)
    previous = int(
        await session.scalar(
            select(RateLimitWindow.hits).where(
                RateLimitWindow.bucket == key, RateLimitWindow.window_start == start - seconds
            )
        )
        or 0
    )
    if current == 1:
        # A new window: the caller's older windows no longer count.
        await session.execute(
            delete(RateLimitWindow).where(RateLimitWindow.bucket == key, RateLimitWindow.window_start < start - seconds)
        )
    if allows(previous, current, elapsed, limit):
        await session.commit()
        return
    await session.execute(
        update(RateLimitWindow)
        .where(RateLimitWindow.bucket == key, RateLimitWindow.window_start == start)
        .values(hits=RateLimitWindow.hits - 1)
    )
    await session.commit()
    raise too_many(wait_seconds(previous, current - 1, elapsed, limit, seconds))


async def purge(session: AsyncSession, now: float | None = None, older_than: int = 3600) -> int:
    """Drop windows older than `older_than` seconds (callers who stopped calling); returns how many."""
    cutoff = (time.time() if now is None else now) - older_than
    result = await session.execute(delete(RateLimitWindow).where(RateLimitWindow.window_start < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
