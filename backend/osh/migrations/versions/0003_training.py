"""training: providers, courses, training records

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from osh.core.database import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "training_providers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_folded", sa.String(length=300), nullable=False),
        sa.Column("license_number", sa.String(length=64), nullable=False),
        sa.Column("org_class", sa.String(length=1), nullable=False),
        sa.Column("license_issued_on", sa.Date(), nullable=False),
        sa.Column("license_expires_on", sa.Date(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=True),
        sa.Column("admin_unit_code", sa.String(length=5), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admin_unit_code"], ["admin_units.code"], name=op.f("fk_training_providers_admin_unit_code_admin_units")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"], name=op.f("fk_training_providers_enterprise_id_enterprises")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_providers")),
        sa.UniqueConstraint("license_number", name=op.f("uq_training_providers_license_number")),
    )
    op.create_table(
        "training_courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("trainee_group", sa.SmallInteger(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.SmallInteger(), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("admin_unit_code", sa.String(length=5), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=True),
        sa.Column("funded_by_program", sa.Boolean(), nullable=False),
        sa.Column("program_funding_vnd", sa.BigInteger(), nullable=True),
        sa.Column("audience", sa.String(length=24), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admin_unit_code"], ["admin_units.code"], name=op.f("fk_training_courses_admin_unit_code_admin_units")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"], name=op.f("fk_training_courses_enterprise_id_enterprises")
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["training_providers.id"], name=op.f("fk_training_courses_provider_id_training_providers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_courses")),
    )
    with op.batch_alter_table("training_courses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_courses_provider_id"), ["provider_id"], unique=False)
        batch_op.create_index("ix_training_courses_start_on_id", ["start_on", "id"], unique=False)

    op.create_table(
        "training_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_name", sa.String(length=200), nullable=False),
        sa.Column("worker_name_folded", sa.String(length=200), nullable=False),
        sa.Column("birth_year", sa.SmallInteger(), nullable=True),
        sa.Column("citizen_id", sa.String(length=12), nullable=True),
        sa.Column("occupation", sa.String(length=200), nullable=True),
        sa.Column("enterprise_id", sa.Integer(), nullable=True),
        sa.Column("admin_unit_code", sa.String(length=5), nullable=False),
        sa.Column("zone_code", sa.String(length=32), nullable=True),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("trainee_group", sa.SmallInteger(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("hours", sa.SmallInteger(), nullable=False),
        sa.Column("result", sa.String(length=8), nullable=False),
        sa.Column("document_kind", sa.String(length=16), nullable=True),
        sa.Column("document_number", sa.String(length=64), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("refresher_due_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("hours_below_minimum", sa.Boolean(), nullable=False),
        sa.Column("import_key", sa.String(length=64), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["admin_unit_code"], ["admin_units.code"], name=op.f("fk_training_records_admin_unit_code_admin_units")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["training_courses.id"], name=op.f("fk_training_records_course_id_training_courses")
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"], name=op.f("fk_training_records_enterprise_id_enterprises")
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["training_providers.id"], name=op.f("fk_training_records_provider_id_training_providers")
        ),
        sa.ForeignKeyConstraint(
            ["zone_code"],
            ["industrial_zones.code"],
            name=op.f("fk_training_records_zone_code_industrial_zones"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_records")),
        sa.UniqueConstraint("import_key", name=op.f("uq_training_records_import_key")),
        sa.UniqueConstraint("provider_id", "document_number", name=op.f("uq_training_records_provider_id")),
    )
    with op.batch_alter_table("training_records", schema=None) as batch_op:
        batch_op.create_index("ix_training_records_admin_unit", ["admin_unit_code", "valid_until"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_records_course_id"), ["course_id"], unique=False)
        batch_op.create_index(
            "ix_training_records_enterprise_group", ["enterprise_id", "trainee_group", "valid_until"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_training_records_provider_id"), ["provider_id"], unique=False)
        batch_op.create_index("ix_training_records_valid_until", ["valid_until", "id"], unique=False)
        batch_op.create_index("ix_training_records_zone", ["zone_code", "valid_until"], unique=False)

    # Per-caller request limits (the certificate check), shared by every server process.
    op.create_table(
        "rate_limits",
        sa.Column("bucket", sa.String(length=128), nullable=False),
        sa.Column("window_start", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "window_start", name=op.f("pk_rate_limits")),
    )


def downgrade() -> None:
    op.drop_table("rate_limits")
    with op.batch_alter_table("training_records", schema=None) as batch_op:
        batch_op.drop_index("ix_training_records_zone")
        batch_op.drop_index("ix_training_records_valid_until")
        batch_op.drop_index(batch_op.f("ix_training_records_provider_id"))
        batch_op.drop_index("ix_training_records_enterprise_group")
        batch_op.drop_index(batch_op.f("ix_training_records_course_id"))
        batch_op.drop_index("ix_training_records_admin_unit")

    op.drop_table("training_records")
    with op.batch_alter_table("training_courses", schema=None) as batch_op:
        batch_op.drop_index("ix_training_courses_start_on_id")
        batch_op.drop_index(batch_op.f("ix_training_courses_provider_id"))

    op.drop_table("training_courses")
    op.drop_table("training_providers")
