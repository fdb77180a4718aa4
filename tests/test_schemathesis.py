"""Property-based run of the whole OpenAPI schema, in process, as the administrator: every operation gets
schema-derived valid and invalid requests, and every answer must be a documented status with a documented
content type and body, never a server error; invalid data must be refused."""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import update
from sqlalchemy.orm import Session

from conftest import World
from osh.app import create_app
from osh.auth.models import User
from osh.core.settings import Settings

MAX_EXAMPLES = 50
SEED = 20261130
OPENAPI = "/api/v1/openapi.json"

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {"mode": "all", "max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
    }
)

# The schema is read at collection time, so that each operation is a test of its own; every call then goes
# to the test's own app on the test database. test_schema_is_the_served_one checks the two agree.
_SCHEMA_APP = create_app(
    Settings(env="test", database_url="sqlite://", secret_key="schema-only-0123456789-0123456789", docs=True)
)
schema = schemathesis.openapi.from_asgi(OPENAPI, _SCHEMA_APP, config=CONFIG)


@pytest.fixture
def served(app: FastAPI) -> Iterator[FastAPI]:
    yield app
    asgi.shutdown_lifespans()


def _keep_admin(db: Session, world: World) -> dict[str, str]:
    """The fuzzer may deactivate, demote or lock the administrator it runs as (any user id is fair game);
    put the account back before each call so that every case reaches the operation itself."""
    db.execute(
        update(User)
        .where(User.id == world.ids["user_admin"])
        .values(is_active=True, role="admin", scope={"kind": "province"}, locked_until=None, failed_logins=0)
    )
    db.commit()
    # If-Match is not a schema parameter; "*" lets generated changes reach the handlers past the 428.
    return {**world.auth("admin"), "If-Match": "*"}


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # one world per operation, on purpose
def test_api_conforms_to_its_schema(case: Any, served: FastAPI, db: Session, world: World) -> None:
    headers = _keep_admin(db, world)
    case.call_and_validate(app=served, headers=headers, checks=CHECKS)


def test_schema_is_the_served_one(client: TestClient) -> None:
    served = client.get(OPENAPI)
    assert served.status_code == 200
    assert served.json() == schema.raw_schema
    operations = list(schema.get_all_operations())
    assert operations and all(operation.ok() for operation in operations)
    assert len(operations) == sum(len(methods) for methods in served.json()["paths"].values())
