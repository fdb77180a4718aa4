from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from osh.access.gate import Places
from osh.core.database import Base, UTCDateTime, utcnow


class Accident(Base):
    """An occupational accident (vụ tai nạn lao động) or a serious technical incident, with its victims.

    Severity, counts, the notification and investigation deadlines are derived from the victims and dates on
    every write and stored, so that lists, filters and statistics are plain SQL."""

    __tablename__ = "accidents"
    __table_args__ = (
        Index("ix_accidents_occurred_on_id", "occurred_on", "id"),
        Index("ix_accidents_admin_unit_occurred", "admin_unit_code", "occurred_on"),
        Index("ix_accidents_zone_occurred", "zone_code", "occurred_on"),
        Index("ix_accidents_enterprise_occurred", "enterprise_id", "occurred_on"),
        Index("ix_accidents_open_deadline", "status", "investigation_deadline"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # accident | technical_incident
    sector: Mapped[str] = mapped_column(String(16), index=True)  # contract | non_contract
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))
    # Copied from the enterprise when the accident is reported, so that it stays where it was then: the zone
    # board's scope and the statistics by zone and industry.
    zone_code: Mapped[str | None] = mapped_column(ForeignKey("industrial_zones.code", onupdate="CASCADE"))
    vsic_section: Mapped[str | None] = mapped_column(String(1))
    admin_unit_code: Mapped[str] = mapped_column(ForeignKey("admin_units.code"))  # where it happened
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    occurred_on: Mapped[date] = mapped_column(Date)  # local (Vietnam) date of occurred_at
    place: Mapped[str] = mapped_column(String(500))
    cause_code: Mapped[str | None] = mapped_column(String(4))
    injury_factor_code: Mapped[str | None] = mapped_column(String(8))
    description: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text)  # folded code, place, enterprise and victim names
    notified_at: Mapped[datetime] = mapped_column(UTCDateTime())
    notification_channel: Mapped[str] = mapped_column(String(16))
    needs_examination: Mapped[bool] = mapped_column(Boolean, default=False)
    investigation_level: Mapped[str] = mapped_column(String(16))  # establishment | province | central
    investigation_team: Mapped[str | None] = mapped_column(String(1000))
    investigation_record_date: Mapped[date | None] = mapped_column(Date)
    extension_days: Mapped[int | None] = mapped_column(SmallInteger)
    extension_reason: Mapped[str | None] = mapped_column(String(500))
    property_damage_vnd: Mapped[int] = mapped_column(BigInteger, default=0)

    status: Mapped[str] = mapped_column(String(16))  # notified -> investigating -> concluded -> closed
    investigating_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    investigating_by: Mapped[str | None] = mapped_column(String(320))
    concluded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    concluded_by: Mapped[str | None] = mapped_column(String(320))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(320))

    # Derived on every write.
    severity: Mapped[str | None] = mapped_column(String(8), index=True)  # worst victim; none without victims
    victims_count: Mapped[int] = mapped_column(SmallInteger, default=0)
    deaths: Mapped[int] = mapped_column(SmallInteger, default=0)
    serious_count: Mapped[int] = mapped_column(SmallInteger, default=0)
    female_count: Mapped[int] = mapped_column(SmallInteger, default=0)
    immediate_notification: Mapped[bool] = mapped_column(Boolean, default=False)
    notification_late: Mapped[bool] = mapped_column(Boolean, default=False)
    investigation_limit_days: Mapped[int | None] = mapped_column(SmallInteger)
    investigation_deadline: Mapped[date | None] = mapped_column(Date)

    reported_by: Mapped[str] = mapped_column(String(320))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    victims: Mapped[list["AccidentVictim"]] = relationship(
        back_populates="accident",
        cascade="all, delete-orphan",
        order_by="AccidentVictim.id",
        lazy="raise",
    )

    __mapper_args__ = {"version_id_col": version}


class AccidentVictim(Base):
    """A person hurt or killed in an accident; the accident's severity and counts derive from its victims."""

    __tablename__ = "accident_victims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    accident_id: Mapped[int] = mapped_column(ForeignKey("accidents.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(8))  # male | female
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    occupation_code: Mapped[str | None] = mapped_column(String(8))
    citizen_id: Mapped[str | None] = mapped_column(String(12))
    contract_status: Mapped[str] = mapped_column(String(20))
    not_under_management: Mapped[bool] = mapped_column(Boolean, default=False)
    severity: Mapped[str] = mapped_column(String(8))  # fatal | serious | minor
    injury_description: Mapped[str | None] = mapped_column(String(1000))
    days_off: Mapped[int] = mapped_column(Integer, default=0)
    medical_cost_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    wages_during_treatment_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    compensation_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    capacity_loss_pct: Mapped[int | None] = mapped_column(SmallInteger)

    accident: Mapped[Accident] = relationship(back_populates="victims", lazy="raise")


class AccidentAttachment(Base):
    """A file kept with an accident (investigation record, photos); the bytes live in the file store."""

    __tablename__ = "accident_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    accident_id: Mapped[int] = mapped_column(ForeignKey("accidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # investigation_record | photo | other
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(200))
    uploaded_by: Mapped[str] = mapped_column(String(320))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


PLACES = Places(admin_unit=Accident.admin_unit_code, zone=Accident.zone_code, enterprise=Accident.enterprise_id)
