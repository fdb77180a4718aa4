"""registry foundation

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from osh.core.database import JSONType, UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Trigram index for diacritics-insensitive substring search on enterprises.search_text.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "admin_units",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("division_type", sa.String(length=40), nullable=False),
        sa.Column("parent_code", sa.String(length=5), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_code"], ["admin_units.code"], name=op.f("fk_admin_units_parent_code_admin_units")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_admin_units")),
    )
    with op.batch_alter_table("admin_units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_admin_units_level"), ["level"], unique=False)
        batch_op.create_index(batch_op.f("ix_admin_units_name_folded"), ["name_folded"], unique=False)
        batch_op.create_index(batch_op.f("ix_admin_units_parent_code"), ["parent_code"], unique=False)

    op.create_table(
        "api_clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("secret_hash", sa.String(length=128), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("scope", JSONType, nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("last_used_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_clients")),
        sa.UniqueConstraint("client_id", name=op.f("uq_api_clients_client_id")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor_kind", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_label", sa.String(length=320), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("before", JSONType, nullable=True),
        sa.Column("after", JSONType, nullable=True),
        sa.Column("request_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_actor", ["actor_kind", "actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_events_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_events_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "idempotency_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("principal", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("response_body", sa.Text(), nullable=False),
        sa.Column("response_headers", JSONType, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint("principal", "key", name=op.f("uq_idempotency_keys_principal")),
    )
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idempotency_keys_created_at"), ["created_at"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("search_text", sa.String(length=600), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("scope", JSONType, nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", UTCDateTime(), nullable=True),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("last_login_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_table(
        "industrial_zones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_folded", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("admin_unit_code", sa.String(length=5), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admin_unit_code"], ["admin_units.code"], name=op.f("fk_industrial_zones_admin_unit_code_admin_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_industrial_zones")),
        sa.UniqueConstraint("code", name=op.f("uq_industrial_zones_code")),
    )
    with op.batch_alter_table("industrial_zones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_industrial_zones_admin_unit_code"), ["admin_unit_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_industrial_zones_name_folded"), ["name_folded"], unique=False)

    op.create_table(
        "refresh_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.String(length=32), nullable=False),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_refresh_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_tokens_token_hash")),
    )
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refresh_tokens_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refresh_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "enterprises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "tax_code",
            sa.String(length=14).with_variant(sa.String(length=14, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "name_folded",
            sa.String(length=300).with_variant(sa.String(length=300, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("legal_form", sa.String(length=40), nullable=False),
        sa.Column("ownership", sa.String(length=24), nullable=False),
        sa.Column("vsic_code", sa.String(length=5), nullable=False),
        sa.Column("vsic_section", sa.String(length=1), nullable=False),
        sa.Column("admin_unit_code", sa.String(length=5), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("zone_code", sa.String(length=32), nullable=True),
        sa.Column("employees_total", sa.Integer(), nullable=False),
        sa.Column("employees_female", sa.Integer(), nullable=False),
        sa.Column("employees_hazardous", sa.Integer(), nullable=False),
        sa.Column("annual_revenue_vnd", sa.BigInteger(), nullable=True),
        sa.Column("total_capital_vnd", sa.BigInteger(), nullable=True),
        sa.Column("size_class", sa.String(length=8), nullable=False),
        sa.Column("high_risk", sa.Boolean(), nullable=False),
        sa.Column("high_risk_override", sa.Boolean(), nullable=True),
        sa.Column("high_risk_reason", sa.String(length=500), nullable=True),
        sa.Column("osh_officer_name", sa.String(length=200), nullable=True),
        sa.Column("osh_officer_phone", sa.String(length=20), nullable=True),
        sa.Column("osh_officer_email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admin_unit_code"], ["admin_units.code"], name=op.f("fk_enterprises_admin_unit_code_admin_units")
        ),
        sa.ForeignKeyConstraint(
            ["zone_code"],
            ["industrial_zones.code"],
            name=op.f("fk_enterprises_zone_code_industrial_zones"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprises")),
        sa.UniqueConstraint("tax_code", name=op.f("uq_enterprises_tax_code")),
    )
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.create_index("ix_enterprises_admin_unit_name", ["admin_unit_code", "name_folded", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enterprises_high_risk"), ["high_risk"], unique=False)
        batch_op.create_index(batch_op.f("ix_enterprises_legal_form"), ["legal_form"], unique=False)
        batch_op.create_index("ix_enterprises_name_folded_id", ["name_folded", "id"], unique=False)
        batch_op.create_index(
            "ix_enterprises_search_text_trgm",
            ["search_text"],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
        )
        batch_op.create_index(batch_op.f("ix_enterprises_size_class"), ["size_class"], unique=False)
        batch_op.create_index(batch_op.f("ix_enterprises_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_enterprises_vsic_section"), ["vsic_section"], unique=False)
        batch_op.create_index("ix_enterprises_zone_name", ["zone_code", "name_folded", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("enterprises", schema=None) as batch_op:
        batch_op.drop_index("ix_enterprises_zone_name")
        batch_op.drop_index(batch_op.f("ix_enterprises_vsic_section"))
        batch_op.drop_index(batch_op.f("ix_enterprises_status"))
        batch_op.drop_index(batch_op.f("ix_enterprises_size_class"))
        batch_op.drop_index(
            "ix_enterprises_search_text_trgm", postgresql_using="gin", postgresql_ops={"search_text": "gin_trgm_ops"}
        )
        batch_op.drop_index("ix_enterprises_name_folded_id")
        batch_op.drop_index(batch_op.f("ix_enterprises_legal_form"))
        batch_op.drop_index(batch_op.f("ix_enterprises_high_risk"))
        batch_op.drop_index("ix_enterprises_admin_unit_name")

    op.drop_table("enterprises")
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_user_id"))
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_family_id"))

    op.drop_table("refresh_tokens")
    with op.batch_alter_table("industrial_zones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_industrial_zones_name_folded"))
        batch_op.drop_index(batch_op.f("ix_industrial_zones_admin_unit_code"))

    op.drop_table("industrial_zones")
    op.drop_table("users")
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_keys_created_at"))

    op.drop_table("idempotency_keys")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")
        batch_op.drop_index(batch_op.f("ix_audit_events_at"))
        batch_op.drop_index("ix_audit_events_actor")

    op.drop_table("audit_events")
    op.drop_table("api_clients")
    with op.batch_alter_table("admin_units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_admin_units_parent_code"))
        batch_op.drop_index(batch_op.f("ix_admin_units_name_folded"))
        batch_op.drop_index(batch_op.f("ix_admin_units_level"))

    op.drop_table("admin_units")
