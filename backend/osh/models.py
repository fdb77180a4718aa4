"""Every table, imported once so that metadata (Alembic, tests) sees the whole schema."""

from osh.areas.models import AdminUnit, IndustrialZone
from osh.audit.models import AuditEvent
from osh.auth.models import ApiClient, RefreshToken, User
from osh.core.database import Base
from osh.core.idempotency import IdempotencyRecord
from osh.enterprises.models import Enterprise

__all__ = [
    "AdminUnit",
    "ApiClient",
    "AuditEvent",
    "Base",
    "Enterprise",
    "IdempotencyRecord",
    "IndustrialZone",
    "RefreshToken",
    "User",
]
