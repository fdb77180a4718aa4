"""Keyset pagination: an opaque cursor holds the last row's sort value and id."""

import base64
import binascii
import json
from datetime import date, datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, Field
from sqlalchemy import Select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from osh.core.errors import field_error

T = TypeVar("T")

MAX_LIMIT = 200

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, 1 to {MAX_LIMIT}")]
Cursor = Annotated[
    str | None, Query(max_length=512, description="`next_cursor` of the previous page; absent for the first page")
]


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")
    total: int | None = Field(default=None, description="Rows matching the filters, all pages")


def encode_cursor(value: Any, row_id: int) -> str:
    if isinstance(value, datetime):
        packed: list[Any] = ["dt", value.isoformat(), row_id]
    elif isinstance(value, date):
        packed = ["d", value.isoformat(), row_id]
    else:
        packed = ["v", value, row_id]
    return base64.urlsafe_b64encode(json.dumps(packed, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        kind, value, row_id = json.loads(raw)
        if not isinstance(row_id, int) or isinstance(row_id, bool):
            raise ValueError
        if kind == "dt":
            return datetime.fromisoformat(value), row_id
        if kind == "d":
            return date.fromisoformat(value), row_id
        if kind == "v" and (value is None or isinstance(value, (str, int, float))) and not isinstance(value, bool):
            return value, row_id
        raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise field_error("cursor", "cursor_invalid") from None


def parse_sort(sort: str | None, allowed: dict[str, InstrumentedAttribute[Any]], default: str) -> tuple[str, bool]:
    """'-name' -> ('name', descending=True); unknown fields are a field error."""
    sort = sort or default
    descending = sort.startswith("-")
    name = sort.lstrip("-+")
    if name not in allowed:
        raise field_error("sort", "sort_invalid")
    return name, descending


def keyset(
    stmt: Select[Any],
    key: InstrumentedAttribute[Any],
    id_column: InstrumentedAttribute[Any],
    descending: bool,
    cursor: str | None,
    limit: int,
) -> Select[Any]:
    """Order by (key, id) and start after the cursor's row; fetches one extra row to know if more follow."""
    if cursor:
        value, row_id = decode_cursor(cursor)
        if not (_fits(key, value) and 0 < row_id < 2**63):
            raise field_error("cursor", "cursor_invalid")
        after = (
            tuple_(key, id_column) < tuple_(value, row_id)
            if descending
            else tuple_(key, id_column) > tuple_(value, row_id)
        )
        stmt = stmt.where(after)
    order = (key.desc(), id_column.desc()) if descending else (key.asc(), id_column.asc())
    return stmt.order_by(*order).limit(limit + 1)


def _fits(key: InstrumentedAttribute[Any], value: Any) -> bool:
    """Whether a cursor's value has the sort column's type: a forged one must not reach the database,
    which would fail comparing, say, a number with a text column."""
    column_type = getattr(key.type, "impl_instance", key.type)
    expected = column_type.python_type
    if expected is datetime:
        return isinstance(value, datetime) and value.tzinfo is not None
    if expected is int:
        return isinstance(value, int) and -(2**63) <= value < 2**63
    if expected is str:
        return isinstance(value, str) and "\x00" not in value
    return isinstance(value, expected)


def next_cursor(rows: list[Any], limit: int, key_name: str) -> tuple[list[Any], str | None]:
    """Trim the extra row and make the cursor from the last row kept."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, encode_cursor(getattr(last, key_name), last.id)
