"""Roles and their permissions: the one table in code that says who may do what."""

from enum import StrEnum


class Role(StrEnum):
    admin = "admin"
    province_officer = "province_officer"
    inspector = "inspector"
    commune_officer = "commune_officer"
    zone_board = "zone_board"
    enterprise_user = "enterprise_user"
    health_facility = "health_facility"
    viewer = "viewer"


ENTERPRISES_READ = "enterprises:read"
ENTERPRISES_WRITE = "enterprises:write"
ENTERPRISES_CREATE = "enterprises:create"
ENTERPRISES_DELETE = "enterprises:delete"
ENTERPRISES_IMPORT = "enterprises:import"
ENTERPRISES_EXPORT = "enterprises:export"
AREAS_READ = "areas:read"
ZONES_WRITE = "zones:write"
USERS_MANAGE = "users:manage"
AUDIT_READ = "audit:read"
REFERENCE_READ = "reference:read"

_BASE = {AREAS_READ, REFERENCE_READ}
_ENTERPRISE_KEEPER = {
    ENTERPRISES_READ,
    ENTERPRISES_WRITE,
    ENTERPRISES_CREATE,
    ENTERPRISES_DELETE,
    ENTERPRISES_IMPORT,
    ENTERPRISES_EXPORT,
}

ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.admin: frozenset(_BASE | _ENTERPRISE_KEEPER | {ZONES_WRITE, USERS_MANAGE, AUDIT_READ}),
    Role.province_officer: frozenset(_BASE | _ENTERPRISE_KEEPER | {ZONES_WRITE, AUDIT_READ}),
    Role.inspector: frozenset(_BASE | {ENTERPRISES_READ, ENTERPRISES_EXPORT}),
    Role.commune_officer: frozenset(_BASE | _ENTERPRISE_KEEPER),
    Role.zone_board: frozenset(_BASE | _ENTERPRISE_KEEPER),
    # An employer keeps its own profile up to date but does not register or remove enterprises.
    Role.enterprise_user: frozenset(_BASE | {ENTERPRISES_READ, ENTERPRISES_WRITE}),
    Role.health_facility: frozenset(_BASE | {ENTERPRISES_READ}),
    Role.viewer: frozenset(_BASE | {ENTERPRISES_READ, ENTERPRISES_EXPORT, AUDIT_READ}),
}

# The scope kinds each role may hold.
ROLE_SCOPE_KINDS: dict[Role, tuple[str, ...]] = {
    Role.admin: ("province",),
    Role.province_officer: ("province",),
    Role.inspector: ("province", "communes", "zones"),
    Role.commune_officer: ("communes",),
    Role.zone_board: ("zones",),
    Role.enterprise_user: ("enterprise",),
    Role.health_facility: ("province", "communes"),
    Role.viewer: ("province", "communes", "zones"),
}

# Roles an API client (machine credentials) may hold: never admin.
CLIENT_ROLES = tuple(role for role in Role if role is not Role.admin)
