"""Fetching public sources, against a local HTTP server (no network)."""

import hashlib
import http.server
import os
import stat
import threading
import time

import pytest

from casekit import sources
from casekit.cli import main
from casekit.sources import FetchError, Source, default_input, fetch

PAYLOAD = b"fictional workbook bytes\n" * 100
GOOD_SHA = hashlib.sha256(PAYLOAD).hexdigest()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/good":
            body = PAYLOAD
        elif self.path == "/tampered":
            body = PAYLOAD + b"x"
        elif self.path == "/slow":
            time.sleep(2)
            body = PAYLOAD
        else:
            self.send_error(500, "server error")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def register(monkeypatch):
    def _register(url: str) -> str:
        source = Source("test-source", url, GOOD_SHA, "test.xlsx", len(PAYLOAD), "test", "test")
        monkeypatch.setitem(sources.REGISTRY, source.name, source)
        return source.name
    return _register


def test_good_file_is_downloaded_verified_and_then_a_no_op(server, register, tmp_path):
    name = register(f"{server}/good")
    path = fetch(name, cache=tmp_path, timeout=5)
    assert path.read_bytes() == PAYLOAD
    stamp = path.stat().st_mtime_ns
    register(f"{server}/error")  # a second fetch must not touch the network
    assert fetch(name, cache=tmp_path, timeout=5) == path and path.stat().st_mtime_ns == stamp


@pytest.mark.parametrize("route, words", [("tampered", "checksum"), ("error", "could not download"), ("slow", "could not download")])
def test_failed_fetch_writes_nothing_to_the_cache(server, register, tmp_path, route, words):
    name = register(f"{server}/{route}")
    with pytest.raises(FetchError, match=words):
        fetch(name, cache=tmp_path, timeout=0.5)
    assert [p for p in tmp_path.iterdir()] == []


def test_seed_from_a_local_copy_checks_the_checksum(register, tmp_path):
    name = register("http://127.0.0.1:9/never")
    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    good.write_bytes(PAYLOAD)
    bad.write_bytes(b"other")
    cache = tmp_path / "cache"
    with pytest.raises(FetchError, match="does not match"):
        fetch(name, cache=cache, from_path=bad)
    assert not (cache / "test.xlsx").exists()
    assert fetch(name, cache=cache, from_path=good).read_bytes() == PAYLOAD


def test_seeded_copy_is_readable_by_others_as_the_umask_allows(register, tmp_path):
    name = register("http://127.0.0.1:9/never")
    (tmp_path / "good.xlsx").write_bytes(PAYLOAD)
    old = os.umask(0o022)
    try:
        path = fetch(name, cache=tmp_path / "cache", from_path=tmp_path / "good.xlsx")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["test.xlsx"]  # no temporary left beside it


def test_offline_cli_says_what_to_do_without_a_traceback(register, tmp_path, capsys):
    name = register("http://127.0.0.1:9/unreachable")
    assert main(["fetch", name, "--cache", str(tmp_path), "--timeout", "1"]) == 1
    err = capsys.readouterr().err
    assert "could not download" in err and f"casekit fetch {name} --from PATH" in err and "Traceback" not in err


def test_default_input_falls_back_to_the_sample_when_offline(register, tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "DEFAULT_SOURCE", register("http://127.0.0.1:9/unreachable"))
    chosen = default_input(cache=tmp_path, timeout=1)
    assert chosen.kind == "sample" and chosen.path == sources.SAMPLE_DIR and "could not download" in chosen.note


def test_build_with_no_paths_and_no_cache_uses_the_sample_and_says_so(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", "--offline", "--cache", str(tmp_path / "empty"), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "using the fictional sample" in err
    manifest = __import__("json").loads((out / "manifest.json").read_text())
    assert manifest["input_kind"] == "sample" and manifest["rows"]["reports"] >= 40
