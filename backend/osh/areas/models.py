from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from osh.core.database import Base, UTCDateTime, utcnow


class AdminUnit(Base):
    """Official administrative units with statistics-office codes. Since 1 July 2025 there are two levels
    (province, commune); former districts may be kept as expired units for old records."""

    __tablename__ = "admin_units"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    level: Mapped[str] = mapped_column(String(10), index=True)  # province | district | commune
    division_type: Mapped[str] = mapped_column(String(40))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("admin_units.code"), index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class IndustrialZone(Base):
    __tablename__ = "industrial_zones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    admin_unit_code: Mapped[str] = mapped_column(ForeignKey("admin_units.code"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
