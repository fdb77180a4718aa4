from typing import Any

from fastapi import APIRouter, Depends

from osh.auth.deps import require
from osh.auth.permissions import REFERENCE_READ
from osh.core.errors import COMMON_ERRORS, NOT_FOUND, not_found
from osh.reference import service

router = APIRouter(prefix="/reference", tags=["reference"], responses=COMMON_ERRORS)


@router.get("", summary="Names of the legal code lists", dependencies=[Depends(require(REFERENCE_READ))])
async def list_reference() -> list[str]:
    return list(service.PUBLISHED)


@router.get(
    "/{name}",
    summary="One legal code list with its source",
    responses=NOT_FOUND,
    dependencies=[Depends(require(REFERENCE_READ))],
)
async def get_reference(name: str) -> dict[str, Any]:
    if name not in service.PUBLISHED:
        raise not_found()
    return service.load(name)
