"""The router assembly: every domain's routes under /api/v1."""

from fastapi import APIRouter

from osh.accidents.router import router as accidents
from osh.accounts.router import router as accounts
from osh.areas.router import router as areas
from osh.audit.router import router as audit
from osh.auth.router import router as auth
from osh.enterprises.router import router as enterprises
from osh.health import router as health
from osh.reference.router import router as reference
from osh.training.router import router as training

API_PREFIX = "/api/v1"


def api_router() -> APIRouter:
    router = APIRouter(prefix=API_PREFIX)
    for part in (health, auth, accounts, areas, enterprises, accidents, training, audit, reference):
        router.include_router(part)
    return router
