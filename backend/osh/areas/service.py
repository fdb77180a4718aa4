"""Administrative units (loaded from the vietnam-provinces package) and industrial zones."""

from datetime import date
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from osh.areas.models import AdminUnit, IndustrialZone
from osh.core.text import fold

REFORM_DATE = date(2025, 7, 1)  # two-level local government from this day


def official_units() -> list[dict[str, Any]]:
    """Provinces and communes after the 2025 reform, with statistics-office codes."""
    from vietnam_provinces import Province, Ward

    units: list[dict[str, Any]] = []
    for province in Province.iter_all():
        code = f"{int(province.code):02d}"
        units.append(
            dict(
                code=code,
                name=province.name,
                name_folded=fold(province.name),
                level="province",
                division_type=province.division_type.value,
                parent_code=None,
                valid_from=REFORM_DATE,
                valid_to=None,
            )
        )
    for ward in Ward.iter_all():
        units.append(
            dict(
                code=f"{int(ward.code):05d}",
                name=ward.name,
                name_folded=fold(ward.name),
                level="commune",
                division_type=ward.division_type.value,
                parent_code=f"{int(ward.province_code):02d}",
                valid_from=REFORM_DATE,
                valid_to=None,
            )
        )
    return units


def load_admin_units(session: Session) -> int:
    """Insert the official units that are missing (provinces first, for the parent key). Returns how many."""
    have = set(session.scalars(select(AdminUnit.code)))
    missing = [u for u in official_units() if u["code"] not in have]
    missing.sort(key=lambda u: u["level"] != "province")
    if missing:
        session.execute(insert(AdminUnit), missing)
    return len(missing)


async def commune_in_province(session: AsyncSession, code: str, province_code: str) -> AdminUnit | None:
    unit = await session.get(AdminUnit, code)
    if unit is None or unit.level != "commune" or unit.parent_code != province_code:
        return None
    return unit


async def place_problems(
    session: AsyncSession, province_code: str, admin_unit_code: str | None, zone_code: str | None = None
) -> list[tuple[str, str]]:
    """The (field, message code) of a record's place that does not exist: a commune outside the province, an
    unknown industrial zone. Fields left out (None) are not checked."""
    problems = []
    if admin_unit_code is not None and await commune_in_province(session, admin_unit_code, province_code) is None:
        problems.append(("admin_unit_code", "admin_unit_unknown"))
    if zone_code is not None and await zone_by_code(session, zone_code) is None:
        problems.append(("zone_code", "zone_unknown"))
    return problems


async def unknown_communes(session: AsyncSession, codes: list[str], province_code: str) -> list[str]:
    found = set(
        await session.scalars(
            select(AdminUnit.code).where(
                AdminUnit.code.in_(codes), AdminUnit.level == "commune", AdminUnit.parent_code == province_code
            )
        )
    )
    return [c for c in codes if c not in found]


async def unknown_zones(session: AsyncSession, codes: list[str]) -> list[str]:
    found = set(await session.scalars(select(IndustrialZone.code).where(IndustrialZone.code.in_(codes))))
    return [c for c in codes if c not in found]


async def zone_by_code(session: AsyncSession, code: str) -> IndustrialZone | None:
    return await session.scalar(select(IndustrialZone).where(IndustrialZone.code == code))


async def count_units(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(AdminUnit)) or 0)
