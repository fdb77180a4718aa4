"""Benchmark the API as production runs it, from a separate process.

    .venv/bin/python bench/run.py [--quick] [--database-url URL] [--workers N] [--duration S] [--concurrency C]
        [--only SCENARIO,...]

Starts `python -m osh serve` (OSH_ENV=production), logs in, drives each scenario with C concurrent
clients for S seconds, times the same SQL directly through psycopg (or sqlite3) for the read
scenarios, and writes a JSON report plus a table. `--quick` runs every scenario for about two
seconds on a fresh SQLite database filled at demo scale and fails (exit 1) if any request failed.
"""

import argparse
import asyncio
import itertools
import json
import os
import platform
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool
from sqlalchemy.sql import Select

from osh.accidents import rules, stats
from osh.accidents import service as accidents
from osh.accidents.models import Accident
from osh.auth.permissions import Role
from osh.auth.principal import Principal
from osh.auth.scope import ProvinceScope
from osh.cli import migrate
from osh.core.pagination import keyset
from osh.core.settings import Settings, async_url, sync_url
from osh.datagen import BENCH_PASSWORD, SCALES, add_accidents, add_training, generate
from osh.enterprises import service
from osh.enterprises.models import Enterprise
from osh.training import service as training
from osh.training import stats as training_stats
from osh.training.models import TrainingProvider, TrainingRecord

ROOT = Path(__file__).resolve().parent.parent

API = "/api/v1"
LOGIN = "admin@bench.osh.vn"
SECRET_KEY = "bench-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
COMMON_PHRASE = "duc thanh"
EXPORT_TARGET = 10_000
BENCH_TAX_PREFIX = "99"  # the generator never uses it (province codes end at 96)


# -- server and memory ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class MemoryWatch:
    """Samples the server's process tree every 20 ms: total RSS now and at its peak."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.pids = process_tree(root)
        self.peak = 0
        self.peak_process = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def total(self) -> int:
        return sum(rss_kib(p) for p in self.pids)

    def __enter__(self) -> "MemoryWatch":
        self.pids = process_tree(self.root)
        self.start = self.total()
        self.peak = self.start
        self.peak_process = max((rss_kib(p) for p in self.pids), default=0)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            sizes = [rss_kib(p) for p in self.pids]
            self.peak = max(self.peak, sum(sizes))
            self.peak_process = max(self.peak_process, *sizes, 0)

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()


class Server:
    def __init__(self, database_url: str, workers: int, pool: int, province: str, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "OSH_ENV": "production",
            "OSH_DOCS": "0",
            "OSH_DEMO": "0",
            "OSH_WORKERS": str(workers),
            "OSH_SECRET_KEY": SECRET_KEY,
            "OSH_HOST": "127.0.0.1",
            "OSH_PORT": str(self.port),
            "OSH_DATABASE_URL": database_url,
            "OSH_DB_POOL_SIZE": str(pool),
            "OSH_PROVINCE_CODE": province,
            "OSH_DATA_DIR": str(log.parent),
        }
        self.log = log
        self._log_file = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "osh", "serve"],
            cwd=ROOT,
            env=env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped (exit {self.process.returncode}); see {self.log}")
            try:
                if httpx.get(f"{self.base}{API}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"the server did not answer within {timeout:.0f} s; see {self.log}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self._log_file.close()


# -- load -------------------------------------------------------------------------------------------


@dataclass
class Run:
    name: str
    kind: str  # read | write | export
    unit: str = "request"
    concurrency: int = 0
    seconds: float = 0.0
    count: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    rss_start_mb: float = 0.0
    rss_peak_mb: float = 0.0
    rss_peak_process_mb: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)
    sql: dict[str, Any] | None = None

    def summary(self) -> dict[str, Any]:
        lat = sorted(self.latencies_ms)
        out = {k: v for k, v in asdict(self).items() if k != "latencies_ms"}
        out.update(
            per_second=round(self.count / self.seconds, 1) if self.seconds else 0.0,
            p50_ms=pct(lat, 50),
            p95_ms=pct(lat, 95),
            p99_ms=pct(lat, 99),
            max_ms=round(lat[-1], 2) if lat else None,
        )
        if self.sql and self.sql.get("per_second") and out["per_second"]:
            out["api_over_sql"] = round(self.sql["per_second"] / out["per_second"], 1)
        return out


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    k = min(len(values) - 1, max(0, round(q / 100 * len(values) + 0.5) - 1))
    return round(values[k], 2)


Op = Callable[[httpx.AsyncClient, int], Awaitable[str | None]]  # None when the answer was right, else why not


async def drive(run: Run, client: httpx.AsyncClient, op: Op, concurrency: int, duration: float) -> None:
    counter = 0
    deadline = time.perf_counter() + duration

    async def worker() -> None:
        nonlocal counter
        while time.perf_counter() < deadline:
            counter += 1
            started = time.perf_counter()
            try:
                problem = await op(client, counter)
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            elapsed = (time.perf_counter() - started) * 1000
            if problem is None:
                run.count += 1
                run.latencies_ms.append(elapsed)
            else:
                run.errors += 1
                if len(run.error_samples) < 5:
                    run.error_samples.append(problem[:300])

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    run.seconds = time.perf_counter() - started
    run.concurrency = concurrency


# -- the same SQL without HTTP ----------------------------------------------------------------------

PRINCIPAL = Principal(kind="user", id=0, label="bench", role=Role.admin, scope=ProvinceScope())


def list_statements(filters: service.Filters) -> list[Select[Any]]:
    """What service.list_page runs: the count, then the keyset page sorted by name."""
    stmt = service.filtered(PRINCIPAL, filters)
    count = select(func.count()).select_from(stmt.order_by(None).subquery())
    return [count, keyset(stmt, Enterprise.name_folded, Enterprise.id, False, None, 50)]


def detail_statements(enterprise_id: int) -> list[Select[Any]]:
    return [service.visible(PRINCIPAL).where(Enterprise.id == enterprise_id)]


@dataclass
class Captured:
    """The SQL a service call sent to the driver, as sent: one batch of (statement, parameters) per call."""

    batches: list[list[tuple[str, Any]]]


ServiceCall = Callable[[AsyncSession], Awaitable[object]]


async def capture_sql(database_url: str, calls: Sequence[ServiceCall]) -> Captured:
    """Run each call once on its own session and record the statements it executes, so that they can be timed
    alone whatever the service builds (several queries, subqueries, aggregates)."""
    engine = create_async_engine(async_url(database_url), poolclass=NullPool)
    batches: list[list[tuple[str, Any]]] = []
    current: list[tuple[str, Any]] = []

    def grab(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        current.append((statement, parameters))

    try:
        event.listen(engine.sync_engine, "before_cursor_execute", grab)
        for call in calls:
            current.clear()
            async with AsyncSession(engine) as session:
                await call(session)
            batches.append(list(current))
    finally:
        await engine.dispose()
    return Captured(batches)


def accident_filters(commune: str, year: int) -> accidents.Filters:
    return accidents.Filters(admin_unit=[commune], date_from=date(year, 1, 1), date_to=date(year, 12, 31))


def accident_list_call(commune: str, year: int) -> ServiceCall:
    """What the accident list endpoint runs: the count, the keyset page, the enterprises' names."""

    async def call(session: AsyncSession) -> object:
        rows, _, _ = await accidents.list_page(
            session, PRINCIPAL, accident_filters(commune, year), "-occurred_at", None, 50
        )
        return await service.names(session, {r.enterprise_id for r in rows if r.enterprise_id})

    return call


def accident_stats_call(year: int) -> ServiceCall:
    async def call(session: AsyncSession) -> object:
        return await stats.accident_stats(session, PRINCIPAL, date(year, 1, 1), date(year, 12, 31), "commune", "vi")

    return call


def training_compliance_call(enterprise_id: int) -> ServiceCall:
    async def call(session: AsyncSession) -> object:
        return await training_stats.compliance(session, PRINCIPAL, enterprise_id)

    return call


def training_list_call(enterprise_id: int) -> ServiceCall:
    """What the training records list runs: the count, the keyset page, the enterprises' and providers' names."""

    async def call(session: AsyncSession) -> object:
        filters = training.RecordFilters(enterprise_id=enterprise_id, state=["expiring"])
        rows, _, _ = await training.list_records(session, PRINCIPAL, filters, None, None, 50)
        await service.names(session, {r.enterprise_id for r in rows if r.enterprise_id})
        return await training.provider_names(session, {r.provider_id for r in rows})

    return call


class SqlTimer:
    """Runs compiled statements directly on the driver: psycopg for PostgreSQL, sqlite3 for SQLite."""

    def __init__(self, engine: Engine, database_url: str) -> None:
        self.engine = engine
        self.url = database_url
        self.postgres = engine.dialect.name == "postgresql"

    def compile(self, stmt: Select[Any]) -> tuple[str, Any]:
        compiled = stmt.compile(dialect=self.engine.dialect, compile_kwargs={"render_postcompile": True})
        if self.postgres:
            return compiled.string, compiled.params
        return compiled.string, tuple(compiled.params[name] for name in compiled.positiontup or ())

    async def measure(self, batches: list[list[tuple[str, Any]]], concurrency: int, duration: float) -> dict[str, Any]:
        if self.postgres:
            return await self._postgres(batches, concurrency, duration)
        return await asyncio.to_thread(self._sqlite, batches, duration)

    async def _postgres(
        self, batches: list[list[tuple[str, Any]]], concurrency: int, duration: float
    ) -> dict[str, Any]:
        import psycopg

        dsn = make_url(sync_url(self.url)).set(drivername="postgresql").render_as_string(hide_password=False)
        latencies: list[float] = []

        async def one(conn: psycopg.AsyncConnection[Any], batch: list[tuple[str, Any]]) -> None:
            for sql, params in batch:
                cursor = await conn.execute(sql, params)
                await cursor.fetchall()

        async def phase(n: int, seconds: float) -> tuple[int, float, list[float]]:
            conns = [await psycopg.AsyncConnection.connect(dsn, autocommit=True) for _ in range(n)]
            lat: list[float] = []
            done = 0
            deadline = 0.0  # set once the connections are warm

            async def worker(conn: psycopg.AsyncConnection[Any], offset: int) -> None:
                nonlocal done
                i = offset
                while time.perf_counter() < deadline:
                    started = time.perf_counter()
                    await one(conn, batches[i % len(batches)])
                    lat.append((time.perf_counter() - started) * 1000)
                    done += 1
                    i += n

            try:
                for conn in conns:  # warm up: plans, caches
                    await one(conn, batches[0])
                started = time.perf_counter()
                deadline = started + seconds
                await asyncio.gather(*(worker(c, k) for k, c in enumerate(conns)))
                return done, time.perf_counter() - started, lat
            finally:
                for conn in conns:
                    await conn.close()

        single_n, single_s, single_lat = await phase(1, max(0.5, duration / 4))
        done, seconds, latencies = await phase(concurrency, duration)
        latencies.sort()
        single_lat.sort()
        return {
            "driver": "psycopg",
            "concurrency": concurrency,
            "per_second": round(done / seconds, 1),
            "p50_ms": pct(latencies, 50),
            "p95_ms": pct(latencies, 95),
            "single_connection_p50_ms": pct(single_lat, 50),
            "single_connection_per_second": round(single_n / single_s, 1),
        }

    def _sqlite(self, batches: list[list[tuple[str, Any]]], duration: float) -> dict[str, Any]:
        path = make_url(self.url).database or ""
        conn = sqlite3.connect(path)
        latencies: list[float] = []
        try:
            deadline = time.perf_counter() + duration
            started = time.perf_counter()
            i = 0
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                for sql, params in batches[i % len(batches)]:
                    conn.execute(sql, params).fetchall()
                latencies.append((time.perf_counter() - t0) * 1000)
                i += 1
            seconds = time.perf_counter() - started
        finally:
            conn.close()
        latencies.sort()
        return {
            "driver": "sqlite3",
            "concurrency": 1,
            "per_second": round(len(latencies) / seconds, 1),
            "p50_ms": pct(latencies, 50),
            "p95_ms": pct(latencies, 95),
            "single_connection_p50_ms": pct(latencies, 50),
            "single_connection_per_second": round(len(latencies) / seconds, 1),
        }


# -- picking realistic parameters -------------------------------------------------------------------


@dataclass
class Params:
    enterprises: int
    list_communes: list[str]
    detail_ids: list[int]
    distinctive: list[str]
    common_matches: int
    export_communes: list[str]
    export_rows: int
    create_commune: str
    next_tax: int
    accident_year: int
    accident_communes: list[str]  # the communes with the most accidents that year
    accidents_in_year: int
    training_enterprises: list[int]  # the largest enterprises with training records
    expiring_enterprises: list[int]  # the largest enterprises with documents running out within 60 days


def pick_params(engine: Engine, province: str) -> Params:
    rng = random.Random(7)
    live = Enterprise.deleted_at.is_(None)
    with engine.connect() as conn:
        total = int(conn.scalar(select(func.count()).select_from(Enterprise).where(live)) or 0)
        per_commune = [
            (str(code), int(n))
            for code, n in conn.execute(
                select(Enterprise.admin_unit_code, func.count())
                .where(live)
                .group_by(Enterprise.admin_unit_code)
                .order_by(func.count().desc(), Enterprise.admin_unit_code)
            )
        ]
        list_communes = [c for c, n in per_commune if n >= 50][:40] or [per_commune[0][0]]
        step = max(1, total // 2000)
        ids = [int(i) for i in conn.scalars(select(Enterprise.id).where(live, Enterprise.id % step == 0).limit(2000))]
        rng.shuffle(ids)
        # Distinctive fragments: the last three words of sampled names, kept when they match few rows.
        distinctive: list[str] = []
        for name in conn.scalars(select(Enterprise.name_folded).where(Enterprise.id.in_(ids[:200]))):
            words = [w for w in str(name).split() if w.isalnum()]
            if len(words) < 3:
                continue
            fragment = " ".join(words[-3:])
            n = count_matches(conn, fragment)
            if 1 <= n <= 20:
                distinctive.append(fragment)
            if len(distinctive) >= 20:
                break
        common = count_matches(conn, COMMON_PHRASE)
        export_communes: list[str] = []
        export_rows = 0
        for code, n in per_commune:  # the largest communes whose sum stays near the target
            if export_rows >= 0.95 * EXPORT_TARGET or len(export_communes) >= 100:
                break
            if export_rows + n <= 1.05 * EXPORT_TARGET:
                export_communes.append(code)
                export_rows += n
        create_commune = conn.scalar(
            text("SELECT code FROM admin_units WHERE level = 'commune' AND parent_code = :p ORDER BY code LIMIT 1"),
            {"p": province},
        )
        if create_commune is None:
            raise SystemExit(f"province {province} has no communes in this database")
        last = conn.scalar(
            select(func.max(Enterprise.tax_code)).where(Enterprise.tax_code.like(f"{BENCH_TAX_PREFIX}%"))
        )
        next_tax = int(str(last)[2:10]) + 1 if last else rng.randrange(10**6)
        accident_year = rules.today().year - 1  # the last whole year
        in_year = (
            Accident.deleted_at.is_(None),
            Accident.occurred_on >= date(accident_year, 1, 1),
            Accident.occurred_on <= date(accident_year, 12, 31),
        )
        accident_counts = [
            (str(code), int(n))
            for code, n in conn.execute(
                select(Accident.admin_unit_code, func.count())
                .where(*in_year)
                .group_by(Accident.admin_unit_code)
                .order_by(func.count().desc(), Accident.admin_unit_code)
                .limit(40)
            )
        ]
        accidents_in_year = int(conn.scalar(select(func.count()).select_from(Accident).where(*in_year)) or 0)
        training_enterprises, expiring_enterprises = training_picks(conn)
    return Params(
        total,
        list_communes,
        ids[:1000],
        distinctive,
        common,
        export_communes,
        export_rows,
        str(create_commune),
        next_tax,
        accident_year,
        [code for code, _ in accident_counts],
        accidents_in_year,
        training_enterprises,
        expiring_enterprises,
    )


def training_picks(conn: Any) -> tuple[list[int], list[int]]:
    """The 20 largest active enterprises that have training records, and those of them with some expiring."""
    live = TrainingRecord.deleted_at.is_(None)
    has_records = select(TrainingRecord.id).where(TrainingRecord.enterprise_id == Enterprise.id, live).exists()
    largest = [
        int(i)
        for i in conn.scalars(
            select(Enterprise.id)
            .where(Enterprise.deleted_at.is_(None), Enterprise.status == "active", has_records)
            .order_by(Enterprise.employees_total.desc(), Enterprise.id)
            .limit(20)
        )
    ]
    expiring = training.state_condition("expiring", rules.today())
    soon = select(TrainingRecord.id).where(TrainingRecord.enterprise_id == Enterprise.id, live, expiring).exists()
    with_expiring = [int(i) for i in conn.scalars(select(Enterprise.id).where(Enterprise.id.in_(largest), soon))]
    return largest, sorted(with_expiring, key=largest.index)


def count_matches(conn: Any, phrase: str) -> int:
    stmt = service.filtered(PRINCIPAL, service.Filters(q=phrase))
    return int(conn.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)


# -- scenarios --------------------------------------------------------------------------------------


def check(response: httpx.Response, status: int) -> str | None:
    if response.status_code != status:
        return f"{response.request.method} {response.request.url.path} -> {response.status_code}: {response.text[:200]}"
    return None


Statements = list[list[Select[Any]]] | Captured | None


def scenarios(p: Params, province: str, captured: dict[str, Captured]) -> list[tuple[Run, Op, Statements]]:
    def list_op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
        async def go() -> str | None:
            commune = p.list_communes[i % len(p.list_communes)]
            r = await client.get(f"{API}/enterprises", params={"admin_unit": commune, "sort": "name", "limit": 50})
            return check(r, 200) or (None if r.json()["items"] else f"empty page for commune {commune}")

        return go()

    def search_op(terms: list[str]) -> Op:
        def op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
            async def go() -> str | None:
                r = await client.get(f"{API}/enterprises", params={"q": terms[i % len(terms)], "limit": 50})
                return check(r, 200)

            return go()

        return op

    def detail_op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
        async def go() -> str | None:
            r = await client.get(f"{API}/enterprises/{p.detail_ids[i % len(p.detail_ids)]}")
            return check(r, 200)

        return go()

    serial = itertools.count(p.next_tax)

    def write_op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
        async def go() -> str | None:
            body = {
                "tax_code": f"{BENCH_TAX_PREFIX}{next(serial) % 10**8:08d}",
                "name": f"Công ty TNHH Đo tải Hưng Thịnh {i}",
                "legal_form": "llc_single_member",
                "vsic_code": "2592",
                "admin_unit_code": p.create_commune,
                "address": "Số 1 đường Lý Thái Tổ",
                "employees_total": 40,
                "employees_female": 12,
                "employees_hazardous": 8,
            }
            r = await client.post(f"{API}/enterprises", json=body)
            if problem := check(r, 201):
                return problem
            r2 = await client.patch(
                f"{API}/enterprises/{r.json()['id']}",
                json={"employees_total": 45, "osh_officer_name": "Nguyễn Văn An"},
                headers={"If-Match": r.headers["ETag"]},
            )
            return check(r2, 200)

        return go()

    def accident_list_op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
        async def go() -> str | None:
            if not p.accident_communes:
                return f"no accident in {p.accident_year}: generate the data again"
            commune = p.accident_communes[i % len(p.accident_communes)]
            f = accident_filters(commune, p.accident_year)
            params = {"admin_unit": commune, "date_from": str(f.date_from), "date_to": str(f.date_to)}
            r = await client.get(f"{API}/accidents", params={**params, "sort": "-occurred_at", "limit": 50})
            return check(r, 200) or (None if r.json()["items"] else f"no accident in {commune} in {p.accident_year}")

        return go()

    def accident_stats_op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
        async def go() -> str | None:
            r = await client.get(f"{API}/accidents/stats", params={"year": p.accident_year, "group_by": "commune"})
            return check(r, 200) or (None if r.json()["rows"] else f"no rows for {p.accident_year}")

        return go()

    def compliance_op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
        async def go() -> str | None:
            if not p.training_enterprises:
                return "no enterprise with training records: generate the data again"
            enterprise_id = p.training_enterprises[i % len(p.training_enterprises)]
            r = await client.get(f"{API}/enterprises/{enterprise_id}/training-compliance")
            return check(r, 200) or (None if r.json()["groups"] else f"no groups for enterprise {enterprise_id}")

        return go()

    def training_list_op(client: httpx.AsyncClient, i: int) -> Awaitable[str | None]:
        async def go() -> str | None:
            if not p.expiring_enterprises:
                return "no enterprise with expiring documents: generate the data again"
            enterprise_id = p.expiring_enterprises[i % len(p.expiring_enterprises)]
            params: dict[str, str | int] = {"enterprise_id": enterprise_id, "state": "expiring", "limit": 50}
            r = await client.get(f"{API}/training-records", params=params)
            return check(r, 200) or (None if r.json()["items"] else f"no expiring record at {enterprise_id}")

        return go()

    read_lists = [list_statements(service.Filters(admin_unit=[c])) for c in p.list_communes]
    out: list[tuple[Run, Op, Statements]] = [
        (Run("list_commune_by_name", "read"), list_op, read_lists),
    ]
    if p.distinctive:
        out.append(
            (
                Run("search_distinctive", "read", extra={"terms": p.distinctive[:5], "term_count": len(p.distinctive)}),
                search_op(p.distinctive),
                [list_statements(service.Filters(q=t)) for t in p.distinctive],
            )
        )
    out.append(
        (
            Run("search_common_duc_thanh", "read", extra={"matches": p.common_matches}),
            search_op([COMMON_PHRASE]),
            [list_statements(service.Filters(q=COMMON_PHRASE))],
        )
    )
    out.append((Run("detail", "read"), detail_op, [detail_statements(i) for i in p.detail_ids[:200]]))
    out.append((Run("create_then_update", "write", unit="POST+PATCH"), write_op, None))
    extra = {"year": p.accident_year, "accidents": p.accidents_in_year}
    out.append(
        (
            Run("accident_list_commune_year", "read", extra={**extra, "communes": len(p.accident_communes)}),
            accident_list_op,
            captured.get("accident_list_commune_year"),
        )
    )
    out.append((Run("accident_stats_year_by_commune", "read", extra=extra), accident_stats_op, captured.get("stats")))
    out.append(
        (
            Run("training_compliance_enterprise", "read", extra={"enterprises": len(p.training_enterprises)}),
            compliance_op,
            captured.get("training_compliance_enterprise"),
        )
    )
    out.append(
        (
            Run("training_records_expiring_enterprise", "read", extra={"enterprises": len(p.expiring_enterprises)}),
            training_list_op,
            captured.get("training_records_expiring_enterprise"),
        )
    )
    return out


async def capture_service_sql(database_url: str, p: Params) -> dict[str, Captured]:
    """The statements of the accident and training scenarios, taken from the services themselves. A service that
    fails here fails in the API too: its SQL is then not timed and the scenario reports the API's errors."""
    calls = {
        "accident_list_commune_year": [accident_list_call(c, p.accident_year) for c in p.accident_communes],
        "stats": [accident_stats_call(p.accident_year)],
        "training_compliance_enterprise": [training_compliance_call(e) for e in p.training_enterprises],
        "training_records_expiring_enterprise": [training_list_call(e) for e in p.expiring_enterprises],
    }
    out: dict[str, Captured] = {}
    for name, batch in calls.items():
        if not batch:
            continue
        try:
            out[name] = await capture_sql(database_url, batch)
        except Exception as exc:  # noqa: BLE001 - reported, and the API scenario shows the failure
            print(f"  {name}: its SQL could not be captured ({type(exc).__name__}: {exc})", flush=True)
    return out


async def export_run(client: httpx.AsyncClient, p: Params, server: Server, duration: float) -> Run:
    run = Run("export_xlsx", "export", unit="export", extra={"rows": p.export_rows, "communes": len(p.export_communes)})
    params = httpx.QueryParams([("format", "xlsx"), *[("admin_unit", c) for c in p.export_communes]])
    deadline = time.perf_counter() + duration
    started = time.perf_counter()
    sizes: list[int] = []
    with MemoryWatch(server.process.pid) as memory:
        while run.count + run.errors < 2 or time.perf_counter() < deadline:
            t0 = time.perf_counter()
            try:
                async with client.stream("GET", f"{API}/enterprises/export", params=params) as r:
                    size = 0
                    async for chunk in r.aiter_bytes():
                        size += len(chunk)
                    problem = None if r.status_code == 200 and size > 0 else f"export -> {r.status_code}"
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            if problem:
                run.errors += 1
                run.error_samples.append(problem)
            else:
                run.count += 1
                sizes.append(size)
                run.latencies_ms.append((time.perf_counter() - t0) * 1000)
            if run.count + run.errors >= 50:
                break
    run.seconds = time.perf_counter() - started
    run.concurrency = 1
    run.rss_start_mb = memory.start / 1024
    run.rss_peak_mb = memory.peak / 1024
    run.rss_peak_process_mb = memory.peak_process / 1024
    run.extra["bytes"] = statistics.median(sizes) if sizes else 0
    run.extra["rss_growth_mb"] = round((memory.peak - memory.start) / 1024, 1)
    return run


async def login(base: str) -> str:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        r = await client.post(
            f"{API}/auth/token", data={"grant_type": "password", "username": LOGIN, "password": BENCH_PASSWORD}
        )
        if r.status_code != 200:
            raise SystemExit(f"login as {LOGIN} failed: {r.status_code} {r.text[:300]}")
        return str(r.json()["access_token"])


async def bench(
    server: Server,
    engine: Engine,
    database_url: str,
    p: Params,
    province: str,
    concurrency: int,
    duration: float,
    only: set[str] | None = None,
) -> list[Run]:
    timer = SqlTimer(engine, database_url)
    runs: list[Run] = []
    token = await login(server.base)
    token_at = time.monotonic()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    captured = await capture_service_sql(database_url, p)
    for run, op, statements in scenarios(p, province, captured):
        if only and run.name not in only:
            continue
        if time.monotonic() - token_at > 600:  # access tokens last 15 minutes
            token, token_at = await login(server.base), time.monotonic()
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=server.base, headers=headers, timeout=60, limits=limits) as client:
            print(f"  {run.name}: {concurrency} clients for {duration:g} s ...", flush=True)
            await drive(Run("warmup", run.kind), client, op, concurrency, min(1.0, duration / 5))
            with MemoryWatch(server.process.pid) as memory:
                await drive(run, client, op, concurrency, duration)
            run.rss_start_mb = memory.start / 1024
            run.rss_peak_mb = memory.peak / 1024
            run.rss_peak_process_mb = memory.peak_process / 1024
        if statements is not None:
            if isinstance(statements, Captured):
                batches = statements.batches
            else:
                batches = [[timer.compile(s) for s in batch] for batch in statements]
            run.sql = await timer.measure(batches, concurrency, max(1.0, duration / 2))
        runs.append(run)
    if only and "export_xlsx" not in only:
        return runs
    headers = {"Authorization": f"Bearer {await login(server.base)}"}
    async with httpx.AsyncClient(base_url=server.base, headers=headers, timeout=300) as client:
        print(f"  export_xlsx: {p.export_rows:,} rows, one client for {duration:g} s ...", flush=True)
        runs.append(await export_run(client, p, server, duration))
    return runs


# -- report ---------------------------------------------------------------------------------------


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def table(results: list[dict[str, Any]]) -> str:
    head = (
        "scenario", "unit", "conc", "ok", "err", "per s", "p50 ms", "p95 ms", "p99 ms", "RSS peak MB",
        "SQL per s", "SQL p50 ms (1 conn)", "API/SQL",
    )  # fmt: skip
    rows = [head]
    for r in results:
        sql = r.get("sql") or {}
        rows.append(
            (
                r["name"],
                r["unit"],
                fmt(r["concurrency"]),
                fmt(r["count"]),
                fmt(r["errors"]),
                fmt(r["per_second"]),
                fmt(r["p50_ms"]),
                fmt(r["p95_ms"]),
                fmt(r["p99_ms"]),
                fmt(r["rss_peak_mb"], 0),
                fmt(sql.get("per_second")),
                fmt(sql.get("single_connection_p50_ms"), 2),
                f"{r['api_over_sql']:.1f}x" if r.get("api_over_sql") else "-",
            )
        )
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# -- main ------------------------------------------------------------------------------------------


def ensure_database(url: str, fill: str | None, province: str) -> None:
    """Create the PostgreSQL database if missing; fill it at `fill` scale when it has no enterprises, and add the
    scale's accidents and training when it has enterprises but none of them (a database filled before they
    existed)."""
    settings = Settings(database_url=url, province_code=province)
    if not settings.is_sqlite and fill:
        target = make_url(sync_url(url))
        admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": target.database}) is None:
                print(f"Creating database {target.database}", flush=True)
                conn.execute(text(f'CREATE DATABASE "{target.database}"'))
        admin.dispose()
    migrate(settings)
    engine = create_engine(sync_url(url))
    with engine.connect() as conn:
        empty = conn.scalar(select(Enterprise.id).limit(1)) is None
        no_accidents = conn.scalar(select(Accident.id).limit(1)) is None
        no_training = conn.scalar(select(TrainingProvider.id).limit(1)) is None
    engine.dispose()
    if empty:
        if not fill:
            raise SystemExit("the database has no enterprises: fill it with `python -m osh.datagen` or pass --fill")
        print(f"Filling the database at {fill} scale ...", flush=True)
        generate(settings, fill, seed=1, out=lambda s: print(s, flush=True))
        return
    if no_accidents and fill:
        print(f"Adding accidents at {fill} scale ...", flush=True)
        add_accidents(settings, SCALES[fill], seed=1, out=lambda s: print(s, flush=True))
    if no_training and fill:
        print(f"Adding training at {fill} scale ...", flush=True)
        add_training(settings, SCALES[fill], seed=1, out=lambda s: print(s, flush=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="every scenario ~2 s on a fresh SQLite demo database")
    parser.add_argument("--database-url", default=os.environ.get("OSH_BENCH_DATABASE_URL"))
    parser.add_argument("--fill", choices=("demo", "province", "country"), help="create and fill the database if empty")
    parser.add_argument("--workers", type=int, default=None, help="server processes (default 2; quick: 1)")
    parser.add_argument("--duration", type=float, default=None, help="seconds per scenario (default 10; quick: 2)")
    parser.add_argument("--concurrency", type=int, default=None, help="concurrent clients (default 16; quick: 4)")
    parser.add_argument("--province", default=os.environ.get("OSH_PROVINCE_CODE", "24"))
    parser.add_argument("--out", type=Path, default=None, help="results folder (default bench/results; quick: temp)")
    parser.add_argument(
        "--only", default=None, help="comma-separated scenario names to run (default: all), e.g. export_xlsx"
    )
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()} if args.only else None

    workdir = Path(tempfile.mkdtemp(prefix="osh-bench-"))
    if args.quick:
        database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        workers, duration, concurrency = args.workers or 1, args.duration or 2.0, args.concurrency or 4
        out_dir = args.out or workdir
        fill: str | None = "demo"
    else:
        if not args.database_url:
            raise SystemExit("--database-url (or OSH_BENCH_DATABASE_URL) is required without --quick")
        database_url = args.database_url
        workers, duration, concurrency = args.workers or 2, args.duration or 10.0, args.concurrency or 16
        out_dir = args.out or ROOT / "bench" / "results"
        fill = args.fill
    ensure_database(database_url, fill, args.province)

    engine = create_engine(sync_url(database_url))
    params = pick_params(engine, args.province)
    print(
        f"{params.enterprises:,} enterprises; {len(params.list_communes)} communes for the list, "
        f"{len(params.distinctive)} distinctive search terms, '{COMMON_PHRASE}' matches {params.common_matches:,}, "
        f"export of {params.export_rows:,} rows",
        flush=True,
    )
    started_at = datetime.now(UTC)
    server = Server(database_url, workers, max(5, concurrency), args.province, workdir / "server.log")
    try:
        server.wait_ready()
        print(f"Server on {server.base} ({workers} worker(s)), pids {process_tree(server.process.pid)}", flush=True)
        runs = asyncio.run(bench(server, engine, database_url, params, args.province, concurrency, duration, only))
    finally:
        server.stop()
        engine.dispose()
        if args.quick:
            for leftover in workdir.glob("bench.sqlite3*"):
                leftover.unlink()

    results = [r.summary() for r in runs]
    report = {
        "started_at": started_at.isoformat(),
        "quick": args.quick,
        "database": make_url(database_url).render_as_string(hide_password=True),
        "dialect": "sqlite" if database_url.startswith("sqlite") else "postgresql",
        "enterprises": params.enterprises,
        "workers": workers,
        "concurrency": concurrency,
        "duration_s": duration,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "scenarios": results,
        "notes": {
            "api_over_sql": "SQL requests/s over API requests/s at the same concurrency: the time an API request "
            "costs per the time its SQL alone costs (the API also loads the caller's account for each request)",
            "rss": "resident memory of the server's process tree (the supervisor and its workers), sampled every 20 ms",
        },
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{started_at.strftime('%Y-%m-%dT%H-%M-%SZ')}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print()
    print(table(results))
    export = next((r for r in results if r["name"] == "export_xlsx"), None)
    if export:
        print(
            f"\nExport: {export['extra']['rows']:,} rows, median {fmt(export['p50_ms'], 0)} ms, "
            f"{export['extra']['bytes'] / 1e6:.1f} MB; server RSS {export['rss_start_mb']:.0f} -> "
            f"{export['rss_peak_mb']:.0f} MB (+{export['extra']['rss_growth_mb']} MB)"
        )
    print(f"\nResults: {path}")
    failed = sum(r["errors"] for r in results)
    empty = [r["name"] for r in results if r["count"] == 0]
    if failed or empty:
        for r in results:
            for sample in r["error_samples"]:
                print(f"  {r['name']}: {sample}")
        print(f"FAILED: {failed} failed requests; scenarios with no successful request: {empty or 'none'}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
