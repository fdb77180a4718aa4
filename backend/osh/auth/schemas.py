from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from osh.auth.permissions import Role
from osh.auth.scope import Scope

Email = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Password = Annotated[str, Field(min_length=1, max_length=256)]


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")
    refresh_token: str | None = Field(default=None, description="Absent for client credentials")


class LogoutIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    refresh_token: str = Field(min_length=1, max_length=512)


class MeOut(BaseModel):
    kind: Literal["user", "client"]
    id: int
    label: str
    email: str | None = None
    full_name: str | None = None
    role: Role
    permissions: list[str]
    scope: Scope


class PasswordChangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    current_password: Password
    new_password: Password
