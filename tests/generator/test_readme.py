"""The examples in spec/README.md are valid specs that generate what it says."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from generator_testlib import REPO, run_generator, write_spec


def test_readme_examples_generate(tmp_path: Path) -> None:
    text = (REPO / "spec" / "README.md").read_text(encoding="utf-8")
    blocks = [
        b
        for b in re.findall(r"```yaml\n(.*?)```", text, re.S)
        if b.startswith("method:")
    ]
    assert len(blocks) == 2
    files = {}
    for block in blocks:
        name = yaml.safe_load(block)["method"]
        files[f"{name.split('.')[0]}/{name}.yaml"] = block
    spec = write_spec(tmp_path, files)
    out = tmp_path / "out"
    assert run_generator(spec, out) == 0
    deal = (out / "b24client" / "_api" / "crm" / "deal.py").read_text()
    assert (
        "    def list(\n"
        "        self,\n"
        "        *,\n"
        "        filter: dict[str, Any] | NotGiven = NOT_GIVEN,\n"
        "        select: Sequence[str] | NotGiven = NOT_GIVEN,\n"
        "        order: dict[str, Any] | NotGiven = NOT_GIVEN,\n"
        "    ) -> Page[dict[str, Any]]:\n"
    ) in deal
    assert "    def delete(self, *, id: int) -> bool:\n" in deal
