from typing import Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from osh import __version__
from osh.areas.models import AdminUnit
from osh.core.database import get_session

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    database: Literal["ok", "unavailable"]
    version: str


@router.get("/health", summary="Liveness and database check (no login needed)", responses={503: {"model": Health}})
async def health(session: AsyncSession = Depends(get_session)) -> Health:
    try:
        await session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any database failure means "unavailable"
        body = Health(status="degraded", database="unavailable", version=__version__)
        return JSONResponse(body.model_dump(), status_code=503)  # type: ignore[return-value]
    return Health(status="ok", database="ok", version=__version__)


class Province(BaseModel):
    code: str = Field(examples=["24"])
    name: str = Field(examples=["Bắc Ninh"])
    title_vi: str = Field(description="The name as written in Vietnamese titles", examples=["Tỉnh Bắc Ninh"])
    title_en: str = Field(examples=["Bắc Ninh province"])


class Deployment(BaseModel):
    version: str
    province: Province


@router.get("/deployment", summary="Which province this deployment serves (no login needed)")
async def deployment(request: Request, session: AsyncSession = Depends(get_session)) -> Deployment:
    code = request.app.state.settings.province_code
    unit = await session.get(AdminUnit, code)
    name = unit.name if unit is not None else code
    is_city = unit is not None and unit.division_type.startswith("thành phố")
    if is_city:
        plain = name.removeprefix("Thành phố ").strip()
        title_vi, title_en = name, f"{plain} city"
    else:
        title_vi, title_en = f"Tỉnh {name}", f"{name} province"
    return Deployment(
        version=__version__, province=Province(code=code, name=name, title_vi=title_vi, title_en=title_en)
    )
