"""accidents: reports, victims, attachments; named counters for readable codes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from osh.core.database import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "accidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("sector", sa.String(length=16), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=True),
        sa.Column("zone_code", sa.String(length=32), nullable=True),
        sa.Column("vsic_section", sa.String(length=1), nullable=True),
        sa.Column("admin_unit_code", sa.String(length=5), nullable=False),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("cause_code", sa.String(length=4), nullable=True),
        sa.Column("injury_factor_code", sa.String(length=8), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("notified_at", UTCDateTime(), nullable=False),
        sa.Column("notification_channel", sa.String(length=16), nullable=False),
        sa.Column("needs_examination", sa.Boolean(), nullable=False),
        sa.Column("investigation_level", sa.String(length=16), nullable=False),
        sa.Column("investigation_team", sa.String(length=1000), nullable=True),
        sa.Column("investigation_record_date", sa.Date(), nullable=True),
        sa.Column("extension_days", sa.SmallInteger(), nullable=True),
        sa.Column("extension_reason", sa.String(length=500), nullable=True),
        sa.Column("property_damage_vnd", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("investigating_at", UTCDateTime(), nullable=True),
        sa.Column("investigating_by", sa.String(length=320), nullable=True),
        sa.Column("concluded_at", UTCDateTime(), nullable=True),
        sa.Column("concluded_by", sa.String(length=320), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=320), nullable=True),
        sa.Column("severity", sa.String(length=8), nullable=True),
        sa.Column("victims_count", sa.SmallInteger(), nullable=False),
        sa.Column("deaths", sa.SmallInteger(), nullable=False),
        sa.Column("serious_count", sa.SmallInteger(), nullable=False),
        sa.Column("female_count", sa.SmallInteger(), nullable=False),
        sa.Column("immediate_notification", sa.Boolean(), nullable=False),
        sa.Column("notification_late", sa.Boolean(), nullable=False),
        sa.Column("investigation_limit_days", sa.SmallInteger(), nullable=True),
        sa.Column("investigation_deadline", sa.Date(), nullable=True),
        sa.Column("reported_by", sa.String(length=320), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admin_unit_code"], ["admin_units.code"], name=op.f("fk_accidents_admin_unit_code_admin_units")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"], name=op.f("fk_accidents_enterprise_id_enterprises")
        ),
        sa.ForeignKeyConstraint(
            ["zone_code"],
            ["industrial_zones.code"],
            name=op.f("fk_accidents_zone_code_industrial_zones"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accidents")),
        sa.UniqueConstraint("code", name=op.f("uq_accidents_code")),
    )
    with op.batch_alter_table("accidents", schema=None) as batch_op:
        batch_op.create_index("ix_accidents_admin_unit_occurred", ["admin_unit_code", "occurred_on"], unique=False)
        batch_op.create_index("ix_accidents_enterprise_occurred", ["enterprise_id", "occurred_on"], unique=False)
        batch_op.create_index("ix_accidents_occurred_on_id", ["occurred_on", "id"], unique=False)
        batch_op.create_index("ix_accidents_open_deadline", ["status", "investigation_deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_accidents_sector"), ["sector"], unique=False)
        batch_op.create_index(batch_op.f("ix_accidents_severity"), ["severity"], unique=False)
        batch_op.create_index("ix_accidents_zone_occurred", ["zone_code", "occurred_on"], unique=False)

    op.create_table(
        "accident_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("accident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("storage_key", sa.String(length=200), nullable=False),
        sa.Column("uploaded_by", sa.String(length=320), nullable=False),
        sa.Column("uploaded_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["accident_id"],
            ["accidents.id"],
            name=op.f("fk_accident_attachments_accident_id_accidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_attachments")),
    )
    with op.batch_alter_table("accident_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accident_attachments_accident_id"), ["accident_id"], unique=False)

    op.create_table(
        "accident_victims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("accident_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=False),
        sa.Column("birth_year", sa.SmallInteger(), nullable=True),
        sa.Column("occupation_code", sa.String(length=8), nullable=True),
        sa.Column("citizen_id", sa.String(length=12), nullable=True),
        sa.Column("contract_status", sa.String(length=20), nullable=False),
        sa.Column("not_under_management", sa.Boolean(), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("injury_description", sa.String(length=1000), nullable=True),
        sa.Column("days_off", sa.Integer(), nullable=False),
        sa.Column("medical_cost_vnd", sa.BigInteger(), nullable=False),
        sa.Column("wages_during_treatment_vnd", sa.BigInteger(), nullable=False),
        sa.Column("compensation_vnd", sa.BigInteger(), nullable=False),
        sa.Column("capacity_loss_pct", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["accident_id"],
            ["accidents.id"],
            name=op.f("fk_accident_victims_accident_id_accidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_victims")),
    )
    with op.batch_alter_table("accident_victims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accident_victims_accident_id"), ["accident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("accident_victims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accident_victims_accident_id"))

    op.drop_table("accident_victims")
    with op.batch_alter_table("accident_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accident_attachments_accident_id"))

    op.drop_table("accident_attachments")
    with op.batch_alter_table("accidents", schema=None) as batch_op:
        batch_op.drop_index("ix_accidents_zone_occurred")
        batch_op.drop_index(batch_op.f("ix_accidents_severity"))
        batch_op.drop_index(batch_op.f("ix_accidents_sector"))
        batch_op.drop_index("ix_accidents_open_deadline")
        batch_op.drop_index("ix_accidents_occurred_on_id")
        batch_op.drop_index("ix_accidents_enterprise_occurred")
        batch_op.drop_index("ix_accidents_admin_unit_occurred")

    op.drop_table("accidents")
    op.drop_table("counters")
