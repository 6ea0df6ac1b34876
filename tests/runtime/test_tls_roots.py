"""default_ssl_context: httpx's own TLS context, its roots loaded in a thread.

It is built once per process, so each case runs in a new interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import certifi
import pytest

PROBE = """
import json, ssl, threading
import httpx
from b24client._core.transport import default_ssl_context
try:
    ours = default_ssl_context()
except Exception as error:
    print(json.dumps({"error": type(error).__name__, "text": str(error)}))
    raise SystemExit(0)
theirs = httpx.create_ssl_context()
print(json.dumps({
    "same": default_ssl_context() is ours,
    "ours": [ours.verify_mode, ours.check_hostname, ours.cert_store_stats()],
    "theirs": [theirs.verify_mode, theirs.check_hostname, theirs.cert_store_stats()],
    "threads": [t.name for t in threading.enumerate()],
}))
"""


def probe(**env: str) -> dict[str, Any]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_the_context_is_httpxs_default_and_built_once() -> None:
    found = probe()
    assert found["same"] is True
    assert found["ours"] == found["theirs"]
    verify_mode, check_hostname, stats = found["ours"]
    assert verify_mode == 2 and check_hostname is True  # CERT_REQUIRED
    assert stats["x509_ca"] > 10  # certifi's roots
    assert "b24client-tls-roots" not in found["threads"]  # joined, not left behind


def test_ssl_cert_file_is_honoured(tmp_path: Path) -> None:
    bundle = Path(certifi.where()).read_text()
    first = bundle[: bundle.index("-----END CERTIFICATE-----") + 25] + "\n"
    own = tmp_path / "one-root.pem"
    own.write_text(first)
    found = probe(SSL_CERT_FILE=str(own))
    assert found["ours"] == found["theirs"]
    assert found["ours"][2]["x509_ca"] == 1


@pytest.mark.parametrize("content", [None, "not a certificate\n"])
def test_a_bad_roots_file_raises_httpxs_error_in_the_callers_thread(
    tmp_path: Path, content: str | None
) -> None:
    path = tmp_path / "roots.pem"
    if content is not None:
        path.write_text(content)
    found = probe(SSL_CERT_FILE=str(path))
    assert found["error"] == ("FileNotFoundError" if content is None else "SSLError")
