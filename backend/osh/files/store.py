"""Where attachment bytes live: a file-store interface, with a local folder as the default store.

Production deployments with several API servers put an S3-compatible store behind the same interface."""

import asyncio
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

# Accepted files, recognised by their first bytes rather than by the name or the declared type.
SIGNATURES = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
}
EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def sniff(content: bytes) -> str | None:
    """The media type the content really has, among the accepted ones; None for anything else."""
    for media_type, prefixes in SIGNATURES.items():
        if content.startswith(prefixes):
            return media_type
    return None


@dataclass(frozen=True)
class Stored:
    key: str
    size: int
    sha256: str


class FileStore(Protocol):
    async def put(self, content: bytes, suffix: str) -> Stored: ...

    async def get(self, key: str) -> bytes: ...

    async def delete(self, key: str) -> None: ...


class LocalFileStore:
    """Files under one folder, named by a random key; written to a temporary name then renamed, so a crash
    never leaves half a file under a key."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        if not key or "/" in key or "\\" in key or key.startswith("."):
            raise ValueError("bad key")
        return self.root / key[:2] / key

    async def put(self, content: bytes, suffix: str) -> Stored:
        key = secrets.token_hex(16) + suffix
        path = self._path(key)
        await asyncio.to_thread(self._write, path, content)
        return Stored(key, len(content), hashlib.sha256(content).hexdigest())

    @staticmethod
    def _write(path: Path, content: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        with open(partial, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread(self._path(key).read_bytes)

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, True)
