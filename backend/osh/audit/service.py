"""Writing and reading the audit log. A write's audit row goes in the write's own transaction."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from osh.audit.models import AuditEvent


@dataclass(frozen=True)
class Actor:
    kind: str  # user | client | system
    id: int | None
    label: str
    request_id: str | None = None


SYSTEM = Actor("system", None, "system")


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(
    session: AsyncSession,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: Any,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent | None:
    """Add an audit row to the session; it commits or rolls back with the change it describes.
    An update (before and after given) that changes nothing is not recorded."""
    if before is not None and after is not None:
        # Keep only what changed, so the history reads as a list of edits.
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        if not changed:
            return None
        before = {k: before.get(k) for k in sorted(changed)}
        after = {k: after.get(k) for k in sorted(changed)}
    event = AuditEvent(
        actor_kind=actor.kind,
        actor_id=actor.id,
        actor_label=actor.label,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before=jsonable(before),
        after=jsonable(after),
        request_id=actor.request_id,
    )
    session.add(event)
    return event


def query(
    entity: str | None = None,
    entity_id: str | None = None,
    actor_kind: str | None = None,
    actor_id: int | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Select[AuditEvent]:
    stmt = select(AuditEvent)
    if entity:
        stmt = stmt.where(AuditEvent.entity == entity)
    if entity_id:
        stmt = stmt.where(AuditEvent.entity_id == entity_id)
    if actor_kind:
        stmt = stmt.where(AuditEvent.actor_kind == actor_kind)
    if actor_id is not None:
        stmt = stmt.where(AuditEvent.actor_id == actor_id)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if since:
        stmt = stmt.where(AuditEvent.at >= since)
    if until:
        stmt = stmt.where(AuditEvent.at < until)
    return stmt
