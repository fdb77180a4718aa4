# The API image: python -m osh serve migrates on start, then runs uvicorn with OSH_WORKERS processes.
FROM python:3.11-slim AS api
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY backend ./backend
RUN pip install . && useradd --system --home /app osh && mkdir -p /app/data && chown osh /app/data
USER osh
ENV OSH_HOST=0.0.0.0 OSH_PORT=8000 OSH_ENV=production
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health').status != 200)"
CMD ["python", "-m", "osh", "serve"]
