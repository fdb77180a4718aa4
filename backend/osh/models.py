"""Every table, imported once so that metadata (Alembic, tests) sees the whole schema."""

from osh.accidents.models import Accident, AccidentAttachment, AccidentVictim
from osh.areas.models import AdminUnit, IndustrialZone
from osh.audit.models import AuditEvent
from osh.auth.models import ApiClient, RefreshToken, User
from osh.core.counters import Counter
from osh.core.database import Base
from osh.core.idempotency import IdempotencyRecord
from osh.core.ratelimit import RateLimitWindow
from osh.enterprises.models import Enterprise
from osh.training.models import TrainingCourse, TrainingProvider, TrainingRecord

__all__ = [
    "Accident",
    "AccidentAttachment",
    "AccidentVictim",
    "AdminUnit",
    "ApiClient",
    "AuditEvent",
    "Base",
    "Counter",
    "Enterprise",
    "IdempotencyRecord",
    "IndustrialZone",
    "RateLimitWindow",
    "RefreshToken",
    "TrainingCourse",
    "TrainingProvider",
    "TrainingRecord",
    "User",
]
