from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from osh.enterprises.schemas import Address, CommuneCode, Money, Phone


class ProviderKind(StrEnum):
    organisation = "organisation"
    self_training_employer = "self_training_employer"


class OrgClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class TrainingKind(StrEnum):
    first = "first"
    refresher = "refresher"
    retraining = "retraining"


class Result(StrEnum):
    passed = "pass"
    failed = "fail"


class DocumentKind(StrEnum):
    certificate = "certificate"
    safety_card = "safety_card"
    log_book_entry = "log_book_entry"


class Audience(StrEnum):
    employers = "employers"
    osh_officers = "osh_officers"
    workers = "workers"
    health_workers = "health_workers"
    farmers = "farmers"
    commune_officials = "commune_officials"
    zone_board_staff = "zone_board_staff"


class RecordState(StrEnum):
    valid = "valid"
    expiring = "expiring"
    expired = "expired"
    failed = "failed"


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
PersonName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LicenseNumber = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
DocumentNumber = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Group = Annotated[int, Field(ge=1, le=6, strict=True, description="Trainee group 1-6 (Decree 44/2016 Art. 17)")]
Hours = Annotated[int, Field(ge=1, le=1000, strict=True)]
Id = Annotated[int, Field(ge=1, le=2**31 - 1, strict=True)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
BirthYear = Annotated[int, Field(ge=1900, le=2100, strict=True)]
CitizenId = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d{12}$")]
Notes = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


def _stays_set(value: object) -> object:
    """A field the row cannot be without may change by a patch but not be cleared."""
    if value is None:
        raise ValueError("field_required")
    return value


class ProviderCreate(Strict):
    kind: ProviderKind = ProviderKind.organisation
    name: Name
    license_number: LicenseNumber = Field(description="Number of the certificate of eligibility, or of the decision")
    org_class: OrgClass = Field(description="A, B or C: the groups it may train follow from it")
    license_issued_on: date
    license_expires_on: date
    enterprise_id: Id | None = Field(default=None, description="The employer, for a self-training employer only")
    admin_unit_code: CommuneCode | None = None
    address: Address | None = None
    phone: Phone | None = None


class ProviderUpdate(Strict):
    name: Name | None = None
    org_class: OrgClass | None = None
    license_issued_on: date | None = None
    license_expires_on: date | None = None
    admin_unit_code: CommuneCode | None = None
    address: Address | None = None
    phone: Phone | None = None

    _required = field_validator("name", "org_class", "license_issued_on", "license_expires_on", mode="before")(
        _stays_set
    )


class ProviderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: ProviderKind
    name: str
    license_number: str
    org_class: OrgClass
    trains_groups: list[int] = Field(description="Derived from the class")
    license_issued_on: date
    license_expires_on: date
    license_valid: bool = Field(description="Derived: the licence is in force today")
    enterprise_id: int | None
    admin_unit_code: str | None
    address: str | None
    phone: str | None
    created_at: datetime
    updated_at: datetime
    version: int


class CourseCreate(Strict):
    provider_id: Id
    title: Name
    trainee_group: Group
    kind: TrainingKind = TrainingKind.first
    start_on: date
    end_on: date
    hours: Hours
    place: Address
    admin_unit_code: CommuneCode
    enterprise_id: Id | None = Field(default=None, description="For an in-house course of one enterprise")
    funded_by_program: bool = False
    program_funding_vnd: Money | None = None
    audience: Audience | None = Field(default=None, description="Who a program-funded course is for")


class CourseUpdate(Strict):
    title: Name | None = None
    start_on: date | None = None
    end_on: date | None = None
    hours: Hours | None = None
    place: Address | None = None
    admin_unit_code: CommuneCode | None = None
    funded_by_program: bool | None = None
    program_funding_vnd: Money | None = None
    audience: Audience | None = None

    _required = field_validator(
        "title", "start_on", "end_on", "hours", "place", "admin_unit_code", "funded_by_program", mode="before"
    )(_stays_set)


class CourseOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    provider_id: int
    provider_name: str | None = None
    title: str
    trainee_group: int
    kind: TrainingKind
    start_on: date
    end_on: date
    hours: int
    hours_below_minimum: bool = Field(description="Derived: a first training shorter than the group's minimum")
    place: str
    admin_unit_code: str
    enterprise_id: int | None
    funded_by_program: bool
    program_funding_vnd: int | None
    audience: Audience | None
    participants: int = 0
    created_at: datetime
    updated_at: datetime
    version: int


class RecordCreate(Strict):
    worker_name: PersonName
    birth_year: BirthYear | None = None
    citizen_id: CitizenId | None = None
    occupation: ShortText | None = None
    enterprise_id: Id | None = None
    admin_unit_code: CommuneCode | None = Field(
        default=None, description="Where the worker is, for a record without an enterprise or course"
    )
    provider_id: Id | None = Field(default=None, description="The course's provider when left out")
    course_id: Id | None = None
    trainee_group: Group | None = Field(default=None, description="The course's group when left out")
    kind: TrainingKind | None = Field(default=None, description="The course's kind when left out (else first)")
    hours: Hours | None = Field(default=None, description="The course's hours when left out")
    result: Result = Result.passed
    document_number: DocumentNumber | None = Field(
        default=None, description="Certificate or safety card number, unique per provider; none for a log-book entry"
    )
    issued_on: date | None = Field(default=None, description="The course's last day when left out")
    notes: Notes | None = None


class RecordUpdate(Strict):
    worker_name: PersonName | None = None
    birth_year: BirthYear | None = None
    citizen_id: CitizenId | None = None
    occupation: ShortText | None = None
    hours: Hours | None = None
    result: Result | None = None
    document_number: DocumentNumber | None = None
    issued_on: date | None = None
    notes: Notes | None = None

    _required = field_validator("worker_name", "hours", "result", "issued_on", mode="before")(_stays_set)


class RecordOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    worker_name: str
    birth_year: int | None
    citizen_id: str | None
    occupation: str | None
    enterprise_id: int | None
    enterprise_name: str | None = None
    admin_unit_code: str
    zone_code: str | None
    provider_id: int
    provider_name: str | None = None
    course_id: int | None
    trainee_group: int
    kind: TrainingKind
    hours: int
    result: Result
    document_kind: DocumentKind | None = Field(description="Derived from the group")
    document_number: str | None
    issued_on: date
    expires_on: date | None = Field(description="Derived: last valid day of the certificate or card")
    refresher_due_on: date | None = Field(description="Derived: the periodic training is due by this day")
    valid_until: date | None
    state: RecordState = Field(description="Derived today: valid, expiring (within 60 days), expired, failed")
    hours_below_minimum: bool = Field(description="Derived: a first training shorter than the group's minimum")
    notes: str | None
    created_at: datetime
    updated_at: datetime
    version: int


# Compliance and statistics


class Share(BaseModel):
    """A share with what it is computed from."""

    numerator: int
    denominator: int
    percent: float | None = Field(description="numerator x 100 / denominator, 1 decimal, half up; null when 0")


class GroupCompliance(BaseModel):
    trainee_group: int
    valid: int = Field(description="People whose latest document of the group is valid beyond the warning window")
    expiring: int = Field(description="People whose latest document of the group ends within the warning window")
    expired: int = Field(description="People whose latest document of the group has ended")


class CompliancePerson(BaseModel):
    record_id: int = Field(description="The person's latest passed record of the group")
    worker_name: str
    birth_year: int | None
    trainee_group: int
    document_kind: DocumentKind | None
    document_number: str | None
    valid_until: date = Field(description="Last day the training counts: the expiry, else the refresher due date")


class TrainingCompliance(BaseModel):
    """The training of one enterprise's people on one day. A person is one citizen id, or, without one, one
    folded name with one birth year; in each group the person's latest passed record counts."""

    enterprise_id: int
    enterprise_name: str
    on: date = Field(description="The day the states are computed for (today)")
    expiring_within_days: int
    groups: list[GroupCompliance] = Field(description="Every trainee group 1-6, in order")
    expiring: list[CompliancePerson] = Field(description="Soonest first; at most 500")
    expired: list[CompliancePerson] = Field(description="Most recently ended first; at most 500")
    osh_officer_trained: bool = Field(description="Someone holds a group-2 certificate in force")
    managers_trained: int = Field(description="People holding a group-1 certificate in force")
    strict_osh_workers_with_card: Share = Field(
        description="People holding a group-3 safety card in force / the enterprise's employees_hazardous"
    )


class ProgramFigures(BaseModel):
    courses: int
    participants: int = Field(description="Training records of these courses in the caller's scope")
    funding_vnd: int


class ProgramTotal(BaseModel):
    year: ProgramFigures
    previous_year: ProgramFigures


class ProgramRow(ProgramTotal):
    audience: Audience | None = Field(description="Null for program courses recorded without an audience")


class StateCounts(BaseModel):
    valid: int
    expiring: int
    expired: int
    failed: int
    total: int


class GroupStates(StateCounts):
    trainee_group: int


class TrainingStats(BaseModel):
    """Training figures of the caller's scope for a year, on the year's last day (today for the current
    year). Enterprise figures count active enterprises of the registry as it is now."""

    year: int
    on: date = Field(description="The day documents are judged in force: 31 December, or today")
    high_risk_enterprises_with_osh_officer: Share = Field(
        description="High-risk enterprises with a group-2 certificate in force / high-risk enterprises"
    )
    high_risk_enterprises_with_managers: Share = Field(
        description="High-risk enterprises with a group-1 certificate in force / high-risk enterprises"
    )
    strict_osh_workers_with_card: Share = Field(
        description="People with a group-3 safety card in force at active enterprises / their employees_hazardous"
    )
    program_by_audience: list[ProgramRow] = Field(description="Program-funded courses starting in the year")
    program_total: ProgramTotal
    records_by_group: list[GroupStates] = Field(description="Records issued by the day, by their state that day")
    records_total: StateCounts


# Attendance import and the certificate check


class AttendanceRow(Strict):
    """One row of a course's attendance list once its cells are read; the course fills what is left blank."""

    worker_name: PersonName
    birth_year: BirthYear | None = None
    citizen_id: CitizenId | None = None
    tax_code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)] | None = None
    occupation: ShortText | None = None
    hours: Hours | None = None
    result: Result
    document_number: DocumentNumber | None = None
    issued_on: date | None = None
    notes: Notes | None = None


class VerifyStatus(StrEnum):
    valid = "valid"
    expiring = "expiring"
    expired = "expired"
    failed = "failed"
    unknown = "unknown"


class VerifyOut(BaseModel):
    """What a field check of a certificate or safety card may learn: never the holder's full name or citizen id."""

    status: VerifyStatus = Field(
        description="valid, expiring (within 60 days), expired, failed (the number belongs to a failed result), "
        "or unknown (no such number from this provider; every other field is then null)"
    )
    holder_initials: str | None = Field(description="Initials of the holder's name", examples=["N. V. Đ."])
    birth_year: int | None = Field(examples=[1990])
    trainee_group: int | None = Field(examples=[3])
    document_kind: DocumentKind | None
    issued_on: date | None
    expires_on: date | None = Field(description="Last valid day; null for a document without expiry")
    provider_name: str | None
