"""mypy --strict rejects wrong calls of the generated client (and accepts right ones)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parents[2]

SAMPLES = {
    "missing_id": (
        "b24.crm.deal.contact.items.delete()",
        'Missing named argument "id"',
    ),
    "id_as_str": ('b24.crm.deal.contact.items.delete(id="x")', 'Argument "id"'),
    "positional": (
        "b24.crm.deal.contact.items.delete(42)",
        "Too many positional arguments",
    ),
    "unknown_param": (
        "b24.crm.deal.get(id=1, idd=2)",
        'Unexpected keyword argument "idd"',
    ),
    "wrong_return": (
        "x: str = b24.crm.deal.contact.items.delete(id=1)",
        "Incompatible types in assignment",
    ),
    "unknown_method": (
        "b24.crm.deal.contact.items.remove(id=1)",
        'has no attribute "remove"',
    ),
    "async_not_awaited": (
        "y: bool = ab24.crm.deal.contact.items.delete(id=1)",
        "Incompatible types in assignment",
    ),
}


def test_mypy_rejects_bad_calls_and_accepts_good_ones(tmp_path: Path) -> None:
    header = "from b24client import AsyncBitrix24, Bitrix24\n\n"
    body = "def use(b24: Bitrix24, ab24: AsyncBitrix24) -> None:\n"
    lines = {}
    for index, (name, (code, _)) in enumerate(SAMPLES.items()):
        lines[name] = 4 + index
        body += f"    {code}\n"
    body += "    ok: bool = b24.crm.deal.contact.items.delete(id=1)\n"
    sample = tmp_path / "sample.py"
    sample.write_text(header + body)
    stdout, _, status = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(sample),
        ]
    )
    assert status == 1, stdout
    for name, (_, expected) in SAMPLES.items():
        at = f"sample.py:{lines[name]}:"
        found = [line for line in stdout.splitlines() if at in line]
        assert any(
            expected in line for line in found
        ), f"{name}: {textwrap.indent(stdout, '  ')}"
    last = 4 + len(SAMPLES)
    assert f"sample.py:{last}:" not in stdout
