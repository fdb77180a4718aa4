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
ACCIDENTS_READ = "accidents:read"
ACCIDENTS_REPORT = "accidents:report"  # create and change accident reports, add attachments
ACCIDENTS_INVESTIGATE = "accidents:investigate"  # move the status, record the investigation
ACCIDENTS_DELETE = "accidents:delete"
TRAINING_READ = "training:read"
TRAINING_MANAGE = "training:manage"  # providers, courses, attendance imports, removing records
TRAINING_RECORD = "training:record"  # enter and correct training records in scope

_BASE = {AREAS_READ, REFERENCE_READ, TRAINING_READ}
_ENTERPRISE_KEEPER = {
    ENTERPRISES_READ,
    ENTERPRISES_WRITE,
    ENTERPRISES_CREATE,
    ENTERPRISES_DELETE,
    ENTERPRISES_IMPORT,
    ENTERPRISES_EXPORT,
}

_ACCIDENT_REPORTER = {ACCIDENTS_READ, ACCIDENTS_REPORT}
_TRAINING_KEEPER = {TRAINING_READ, TRAINING_MANAGE, TRAINING_RECORD}
_ACCIDENT_KEEPER = {ACCIDENTS_READ, ACCIDENTS_REPORT, ACCIDENTS_INVESTIGATE, ACCIDENTS_DELETE}

ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.admin: frozenset(
        _BASE | _ENTERPRISE_KEEPER | _ACCIDENT_KEEPER | _TRAINING_KEEPER | {ZONES_WRITE, USERS_MANAGE, AUDIT_READ}
    ),
    Role.province_officer: frozenset(
        _BASE | _ENTERPRISE_KEEPER | _ACCIDENT_KEEPER | _TRAINING_KEEPER | {ZONES_WRITE, AUDIT_READ}
    ),
    # Inspectors investigate accidents but do not keep the registry or remove reports.
    Role.inspector: frozenset(
        _BASE | {ENTERPRISES_READ, ENTERPRISES_EXPORT} | _ACCIDENT_REPORTER | {ACCIDENTS_INVESTIGATE}
    ),
    # Commune officers report accidents of workers without a labour contract; zone boards and employers
    # report the accidents of enterprises (the service checks the sector against the scope).
    Role.commune_officer: frozenset(_BASE | _ENTERPRISE_KEEPER | _ACCIDENT_REPORTER),
    Role.zone_board: frozenset(_BASE | _ENTERPRISE_KEEPER | _ACCIDENT_REPORTER | {TRAINING_RECORD}),
    # An employer keeps its own profile up to date but does not register or remove enterprises; it enters the
    # training of its own workers.
    Role.enterprise_user: frozenset(
        _BASE | {ENTERPRISES_READ, ENTERPRISES_WRITE} | _ACCIDENT_REPORTER | {TRAINING_RECORD}
    ),
    Role.health_facility: frozenset(_BASE | {ENTERPRISES_READ}),
    Role.viewer: frozenset(_BASE | {ENTERPRISES_READ, ENTERPRISES_EXPORT, AUDIT_READ, ACCIDENTS_READ}),
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
