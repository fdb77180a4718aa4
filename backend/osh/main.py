"""The ASGI app for uvicorn (`osh.main:app`), configured from the environment."""

from osh.app import create_app

app = create_app()
