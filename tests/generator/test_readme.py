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


def test_readme_type_and_rule_examples_generate(tmp_path: Path) -> None:
    """The named-type, alternatives and conflicts examples are valid as written."""
    text = (REPO / "spec" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    (deal_type,) = [b for b in blocks if b.startswith("type:")]
    (alternatives,) = [b for b in blocks if b.startswith("alternatives:")]
    (conflicts,) = [b for b in blocks if b.startswith("conflicts:")]
    method = (
        "method: crm.deal.get\nscope: crm\nsummary: Get a deal.\n"
        "docs: https://apidocs.bitrix24.com/x.html\nreturns: CrmDeal\n"
        "params:\n  - {name: IBLOCK_ID, type: integer, required: true}\n"
        "  - {name: IBLOCK_CODE, type: string, required: true}\n"
    )
    row = "type: CrmProductRow\nscope: crm\nsummary: ''\nfields:\n  - {name: ID, type: string}\n"
    spec = write_spec(
        tmp_path,
        {
            "_types/crm/CrmDeal.yaml": deal_type,
            "_types/crm/CrmProductRow.yaml": row,
            "crm/crm.deal.get.yaml": method + alternatives + conflicts,
        },
    )
    out = tmp_path / "out"
    assert run_generator(spec, out) == 0
    types = (out / "b24client" / "types" / "crm.py").read_text()
    assert "class CrmDeal(TypedDict, total=False):" in types
    assert "    ID: Required[str]\n" in types
    assert "    PRODUCT_ROWS: list[CrmProductRow]\n" in types
    deal = (out / "b24client" / "_api" / "crm" / "deal.py").read_text()
    assert "iblock_id: int | NotGiven = NOT_GIVEN," in deal
    assert "require_one_of(" in deal
    page = (out / "docs" / "crm.deal.get.md").read_text()
    assert "| `params.REGISTER_SONET_EVENT` | type | `boolean` |" in page
