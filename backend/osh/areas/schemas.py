from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator


class ZoneKind(StrEnum):
    industrial_zone = "industrial_zone"
    economic_zone = "economic_zone"
    industrial_cluster = "industrial_cluster"


class AdminUnitOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    code: str
    name: str
    level: str
    division_type: str
    parent_code: str | None
    valid_from: date | None
    valid_to: date | None


ZoneCode = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=1, max_length=32, pattern=r"^[A-Z0-9_.-]+$")
]
ZoneName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
CommuneCode = Annotated[str, Field(pattern=r"^\d{5}$", examples=["07420"])]


class ZoneCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: ZoneCode
    name: ZoneName
    kind: ZoneKind
    admin_unit_code: CommuneCode


class ZoneUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: ZoneName | None = None
    kind: ZoneKind | None = None
    admin_unit_code: CommuneCode | None = None

    @field_validator("name", "kind", "admin_unit_code", mode="before")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("field_required")
        return value


class ZoneOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    code: str
    name: str
    kind: ZoneKind
    admin_unit_code: str
    created_at: datetime
    updated_at: datetime
    version: int
