"""Where a principal may act: the whole province, some communes, some industrial zones, or one enterprise."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class ProvinceScope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["province"] = "province"


class CommunesScope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["communes"] = "communes"
    codes: list[Annotated[str, Field(pattern=r"^\d{5}$")]] = Field(min_length=1, max_length=500)


class ZonesScope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["zones"] = "zones"
    codes: list[Annotated[str, Field(min_length=1, max_length=32)]] = Field(min_length=1, max_length=200)


class EnterpriseScope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["enterprise"] = "enterprise"
    enterprise_id: int = Field(ge=1, le=2**31 - 1)


Scope = Annotated[ProvinceScope | CommunesScope | ZonesScope | EnterpriseScope, Field(discriminator="kind")]
