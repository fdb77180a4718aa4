from fastapi.testclient import TestClient

from conftest import World


def test_health(client: TestClient) -> None:
    answer = client.get("/api/v1/health")
    assert answer.status_code == 200
    assert answer.json()["database"] == "ok"


def test_world_scopes(client: TestClient, world: World) -> None:
    names = {e["name"] for e in client.get("/api/v1/enterprises", headers=world.auth("commune_a")).json()["items"]}
    assert names == {"Công ty Đồng Đức", "Công ty Hòa Phát Khu A"}
