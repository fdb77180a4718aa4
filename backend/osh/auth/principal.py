from dataclasses import dataclass

from osh.audit.service import Actor
from osh.auth.permissions import ROLE_PERMISSIONS, Role
from osh.auth.scope import Scope


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: a person (user) or an integrator (client)."""

    kind: str  # user | client
    id: int
    label: str
    role: Role
    scope: Scope
    request_id: str | None = None

    @property
    def permissions(self) -> frozenset[str]:
        return ROLE_PERMISSIONS[self.role]

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    @property
    def key(self) -> str:
        """Stable identity of the caller, e.g. 'user:12' (idempotency keys belong to it)."""
        return f"{self.kind}:{self.id}"

    @property
    def actor(self) -> Actor:
        return Actor(self.kind, self.id, self.label, self.request_id)
