from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from osh import __version__
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
