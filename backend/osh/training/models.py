from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from osh.access.gate import Places
from osh.core.database import Base, UTCDateTime, utcnow


class TrainingProvider(Base):
    """An organisation licensed to give OSH training (class A, B or C, Decree 44/2016 Art. 26), or an employer
    qualified to train its own workers to the standard of a class."""

    __tablename__ = "training_providers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # organisation | self_training_employer
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300))
    license_number: Mapped[str] = mapped_column(String(64), unique=True)
    org_class: Mapped[str] = mapped_column(String(1))  # A | B | C
    license_issued_on: Mapped[date] = mapped_column(Date)
    license_expires_on: Mapped[date] = mapped_column(Date)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))  # the self-training employer
    admin_unit_code: Mapped[str | None] = mapped_column(ForeignKey("admin_units.code"))
    address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(20))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class TrainingCourse(Base):
    """A training course of one provider for one trainee group; program courses are funded by the province's
    OSH program and counted by audience."""

    __tablename__ = "training_courses"
    __table_args__ = (Index("ix_training_courses_start_on_id", "start_on", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("training_providers.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    trainee_group: Mapped[int] = mapped_column(SmallInteger)
    kind: Mapped[str] = mapped_column(String(12))  # first | refresher | retraining
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    hours: Mapped[int] = mapped_column(SmallInteger)
    place: Mapped[str] = mapped_column(String(500))
    admin_unit_code: Mapped[str] = mapped_column(ForeignKey("admin_units.code"))
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))  # an in-house course
    funded_by_program: Mapped[bool] = mapped_column(Boolean, default=False)
    program_funding_vnd: Mapped[int | None] = mapped_column(BigInteger)
    audience: Mapped[str | None] = mapped_column(String(24))  # program courses only
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


class TrainingRecord(Base):
    """One person's training result and the document it gave (certificate, safety card or log-book entry).
    Document kind, expiry, refresher due date and the hours warning are derived on every write."""

    __tablename__ = "training_records"
    __table_args__ = (
        UniqueConstraint("provider_id", "document_number"),
        Index("ix_training_records_enterprise_group", "enterprise_id", "trainee_group", "valid_until"),
        Index("ix_training_records_valid_until", "valid_until", "id"),
        Index("ix_training_records_admin_unit", "admin_unit_code", "valid_until"),
        Index("ix_training_records_zone", "zone_code", "valid_until"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    worker_name: Mapped[str] = mapped_column(String(200))
    worker_name_folded: Mapped[str] = mapped_column(String(200))
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    citizen_id: Mapped[str | None] = mapped_column(String(12))
    occupation: Mapped[str | None] = mapped_column(String(200))
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))
    # Where the record belongs for scoping: the enterprise's commune and zone, else the course's commune.
    admin_unit_code: Mapped[str] = mapped_column(ForeignKey("admin_units.code"))
    zone_code: Mapped[str | None] = mapped_column(ForeignKey("industrial_zones.code", onupdate="CASCADE"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("training_providers.id"), index=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("training_courses.id"), index=True)
    trainee_group: Mapped[int] = mapped_column(SmallInteger)
    kind: Mapped[str] = mapped_column(String(12))  # first | refresher | retraining
    hours: Mapped[int] = mapped_column(SmallInteger)
    result: Mapped[str] = mapped_column(String(8))  # pass | fail
    document_kind: Mapped[str | None] = mapped_column(String(16))  # certificate | safety_card | log_book_entry
    document_number: Mapped[str | None] = mapped_column(String(64))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    refresher_due_on: Mapped[date | None] = mapped_column(Date)
    # The day the training stops counting: the document's expiry, else the refresher due date (log-book entries).
    valid_until: Mapped[date | None] = mapped_column(Date)
    hours_below_minimum: Mapped[bool] = mapped_column(Boolean, default=False)
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)  # makes re-imports idempotent
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)

    __mapper_args__ = {"version_id_col": version}


RECORD_PLACES = Places(
    admin_unit=TrainingRecord.admin_unit_code, zone=TrainingRecord.zone_code, enterprise=TrainingRecord.enterprise_id
)
