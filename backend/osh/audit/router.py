import re
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime, BeforeValidator
from sqlalchemy.ext.asyncio import AsyncSession

from osh.audit import service
from osh.audit.models import AuditEvent
from osh.audit.schemas import AuditEventOut
from osh.auth.deps import require
from osh.auth.permissions import AUDIT_READ
from osh.auth.principal import Principal
from osh.auth.scope import ProvinceScope
from osh.core.database import get_session
from osh.core.errors import COMMON_ERRORS, forbidden
from osh.core.pagination import Cursor, Limit, Page, keyset, next_cursor

router = APIRouter(prefix="/audit-events", tags=["audit"], responses=COMMON_ERRORS)

_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}")


def _iso_text(value: object) -> object:
    """ISO 8601 text only: pydantic would also read a bare number as seconds since 1970."""
    if isinstance(value, str) and not _ISO_DATETIME.match(value):
        raise ValueError("field_datetime")
    return value


# With a UTC offset: the log is kept in UTC and a local time without one is ambiguous.
Moment = Annotated[AwareDatetime, BeforeValidator(_iso_text)]


@router.get("", summary="The audit log, newest first (admins and auditors with province scope)")
async def list_audit_events(
    entity: Annotated[str | None, Query(max_length=40)] = None,
    entity_id: Annotated[str | None, Query(max_length=64)] = None,
    actor_kind: Literal["user", "client", "system"] | None = None,
    actor_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    action: Annotated[str | None, Query(max_length=40)] = None,
    since: Annotated[Moment | None, Query(alias="from", description="ISO 8601 date-time with a UTC offset")] = None,
    until: Annotated[Moment | None, Query(alias="to", description="ISO 8601 date-time with a UTC offset")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
    principal: Principal = Depends(require(AUDIT_READ)),
    session: AsyncSession = Depends(get_session),
) -> Page[AuditEventOut]:
    # The log spans every place; a principal limited to some places reads history through each object.
    if not isinstance(principal.scope, ProvinceScope):
        raise forbidden()
    stmt = service.query(entity, entity_id, actor_kind, actor_id, action, since, until)
    rows = list(await session.scalars(keyset(stmt, AuditEvent.id, AuditEvent.id, True, cursor, limit)))
    rows, cursor_out = next_cursor(rows, limit, "id")
    return Page(items=[AuditEventOut.model_validate(r) for r in rows], next_cursor=cursor_out)
