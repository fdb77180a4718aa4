"""Named counters for readable codes (e.g. one per year for accident codes), safe under concurrent writers."""

from sqlalchemy import Integer, String, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from osh.core.database import Base


class Counter(Base):
    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


async def next_value(session: AsyncSession, name: str) -> int:
    """The counter's next value. The UPDATE holds the row lock until the caller's transaction ends, so two
    transactions never get the same value; a value is used up only if the transaction commits."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    await session.execute(insert(Counter).values(name=name, value=0).on_conflict_do_nothing(index_elements=["name"]))
    value = await session.scalar(
        update(Counter).where(Counter.name == name).values(value=Counter.value + 1).returning(Counter.value)
    )
    assert value is not None
    return int(value)
