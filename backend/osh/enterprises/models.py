from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from osh.access.gate import Places
from osh.core.database import Base, UTCDateTime, utcnow


class Enterprise(Base):
    """An establishment under the province's OSH watch: company, branch, cooperative, household business or
    craft-village establishment. Size class and high-risk flag are derived on every write."""

    __tablename__ = "enterprises"
    __table_args__ = (
        Index("ix_enterprises_name_folded_id", "name_folded", "id"),
        Index("ix_enterprises_admin_unit_name", "admin_unit_code", "name_folded", "id"),
        Index("ix_enterprises_zone_name", "zone_code", "name_folded", "id"),
        Index(
            "ix_enterprises_search_text_trgm",
            "search_text",
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Sort keys compare bytewise on PostgreSQL whatever the server's locale, as on SQLite.
    tax_code: Mapped[str] = mapped_column(String(14).with_variant(String(14, collation="C"), "postgresql"), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300).with_variant(String(300, collation="C"), "postgresql"))
    search_text: Mapped[str] = mapped_column(Text)
    legal_form: Mapped[str] = mapped_column(String(40), index=True)
    ownership: Mapped[str] = mapped_column(String(24))
    vsic_code: Mapped[str] = mapped_column(String(5))
    vsic_section: Mapped[str] = mapped_column(String(1), index=True)
    admin_unit_code: Mapped[str] = mapped_column(ForeignKey("admin_units.code"))
    address: Mapped[str] = mapped_column(String(500))
    zone_code: Mapped[str | None] = mapped_column(ForeignKey("industrial_zones.code", onupdate="CASCADE"))
    employees_total: Mapped[int] = mapped_column(Integer)
    employees_female: Mapped[int] = mapped_column(Integer)
    employees_hazardous: Mapped[int] = mapped_column(Integer)
    annual_revenue_vnd: Mapped[int | None] = mapped_column(BigInteger)
    total_capital_vnd: Mapped[int | None] = mapped_column(BigInteger)
    size_class: Mapped[str] = mapped_column(String(8), index=True)
    high_risk: Mapped[bool] = mapped_column(Boolean, index=True)
    high_risk_override: Mapped[bool | None] = mapped_column(Boolean)
    high_risk_reason: Mapped[str | None] = mapped_column(String(500))
    osh_officer_name: Mapped[str | None] = mapped_column(String(200))
    osh_officer_phone: Mapped[str | None] = mapped_column(String(20))
    osh_officer_email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(320))
    founded_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


PLACES = Places(admin_unit=Enterprise.admin_unit_code, zone=Enterprise.zone_code, enterprise=Enterprise.id)
