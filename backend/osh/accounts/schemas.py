from datetime import datetime
from typing import Annotated  # noqa: F401

from pydantic import BaseModel, ConfigDict, Field, field_validator

from osh.auth.permissions import Role
from osh.auth.schemas import Email, Name, Password
from osh.auth.scope import Scope


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: Email
    full_name: Name
    password: Password
    role: Role
    scope: Scope


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    full_name: Name | None = None
    role: Role | None = None
    scope: Scope | None = None
    is_active: bool | None = None

    @field_validator("full_name", "role", "scope", "is_active", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("field_required")
        return value


class PasswordResetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    password: Password


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    email: str
    full_name: str
    role: Role
    scope: Scope
    is_active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int


class ApiClientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Name
    role: Role
    scope: Scope


class ApiClientUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Name | None = None
    role: Role | None = None
    scope: Scope | None = None
    is_active: bool | None = None

    @field_validator("name", "role", "scope", "is_active", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("field_required")
        return value


class ApiClientOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    client_id: str
    name: str
    role: Role
    scope: Scope
    is_active: bool
    last_used_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int


class ApiClientCreated(ApiClientOut):
    client_secret: str | None = Field(
        description="Shown only in this answer; store it now. Null when the answer is an Idempotency-Key replay: "
        "the secret is never stored, so issue a new one with POST /api-clients/{id}/secret"
    )
