from typing import Any

from fastapi import APIRouter, Depends

from osh.auth.deps import authenticated
from osh.core.errors import COMMON_ERRORS, NOT_FOUND, not_found
from osh.reference import service

router = APIRouter(prefix="/reference", tags=["reference"], responses=COMMON_ERRORS)


@router.get("", summary="Names of the legal code lists", dependencies=[Depends(authenticated)])
async def list_reference() -> list[str]:
    return list(service.PUBLISHED)


@router.get(
    "/{name}",
    summary="One legal code list with its source",
    responses=NOT_FOUND,
    dependencies=[Depends(authenticated)],
)
async def get_reference(name: str) -> dict[str, Any]:
    if name not in service.PUBLISHED:
        raise not_found()
    return service.load(name)
