"""mypy --strict rejects wrong calls of the generated client (and accepts right
ones), documented keys included; the result types a user sees."""

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
    # documented keys: a wrong value type, a typo, a value outside the enumeration
    "key_value_type": (
        'b24.crm.deal.contact.add(id=1, fields={"CONTACT_ID": [1]})',
        'TypedDict item "CONTACT_ID" has type "int | str"',
    ),
    "key_typo": (
        'b24.crm.deal.contact.add(id=1, fields={"CONTACT_ID": 1, "IS_PRIMRY": "Y"})',
        'Extra key "IS_PRIMRY" for TypedDict "CrmDealContactAddFields"',
    ),
    "key_not_in_enumeration": (
        'b24.crm.deal.contact.add(id=1, fields={"CONTACT_ID": 1, "IS_PRIMARY": "yes"})',
        "TypedDict item \"IS_PRIMARY\" has type \"Literal['Y', 'N']\"",
    ),
    "required_key_missing": (
        'b24.crm.deal.contact.add(id=1, fields={"SORT": 1})',
        'Missing key "CONTACT_ID" for TypedDict "CrmDealContactAddFields"',
    ),
    # an optional object parameter: mypy names the parameter, not the key
    "optional_object_value_type": (
        'b24.crm.deal.add(fields={"TITLE": 123})',
        'Argument "fields" to "add" of "CrmDeal" has incompatible type',
    ),
    "optional_object_key_typo": (
        'b24.crm.deal.add(fields={"TITEL": "x"})',
        'Argument "fields" to "add" of "CrmDeal" has incompatible type',
    ),
    "result_key_typo": (
        'b24.crm.deal.get(id=1)["TITEL"]',
        'TypedDict "CrmDeal" has no key "TITEL"',
    ),
    "result_value_type": (
        'n: int = b24.crm.deal.get(id=1)["ID"]',
        'expression has type "str", variable has type "int"',
    ),
    "user_fields_not_a_mapping": (
        'b24.crm.deal.add(fields={"TITLE": "x"}, user_fields=["UF_CRM_1"])',
        'Argument "user_fields" to "add" of "CrmDeal"',
    ),
}
ACCEPTED = (
    "ok: bool = b24.crm.deal.contact.items.delete(id=1)",
    # a portal field goes in through user_fields, and is read with .get()
    'b24.crm.deal.add(fields={"TITLE": "x"}, user_fields={"UF_CRM_1721244482250": "hi"})',
    'b24.crm.deal.update(id=1, fields={"OPENED": "N"}, user_fields={"UF_CRM_1": 1})',
    'print(b24.crm.deal.get(id=1).get("UF_CRM_1721244482250"))',
    'b24.batch().crm.deal.add(fields={"TITLE": "x"}, user_fields={"UF_CRM_1": 2})',
)


def _mypy(tmp_path: Path, body: str) -> tuple[str, int]:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from b24client import AsyncBitrix24, Bitrix24\n\n"
        "def use(b24: Bitrix24, ab24: AsyncBitrix24) -> None:\n" + body
    )
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
    return stdout, status


def test_mypy_rejects_bad_calls_and_accepts_good_ones(tmp_path: Path) -> None:
    body = ""
    lines = {}
    for index, (name, (code, _)) in enumerate(SAMPLES.items()):
        lines[name] = 4 + index
        body += f"    {code}\n"
    for code in ACCEPTED:
        body += f"    {code}\n"
    stdout, status = _mypy(tmp_path, body)
    assert status == 1, stdout
    for name, (_, expected) in SAMPLES.items():
        at = f"sample.py:{lines[name]}:"
        found = [line for line in stdout.splitlines() if at in line]
        assert any(
            expected in line for line in found
        ), f"{name}: {textwrap.indent(stdout, '  ')}"
    for offset in range(len(ACCEPTED)):
        assert f"sample.py:{4 + len(SAMPLES) + offset}:" not in stdout, stdout


REVEALED = {
    "b24.crm.deal.get(id=1)": "TypedDict(b24client.types.crm.CrmDeal, {'ID': str, "
    "'TITLE'?: str | None, ",
    "b24.crm.deal.list().items[0]": "TypedDict(b24client.types.crm.CrmDeal, {",
    "b24.crm.deal.contact.items.get(id=1)[0]": (
        "TypedDict(b24client.types.crm.CrmDealContactBinding, {'CONTACT_ID': int, "
        "'SORT'?: int, 'ROLE_ID'?: int, 'IS_PRIMARY'?: str})"
    ),
    "b24.user.current()": "TypedDict(b24client.types.user.User, {'ID': str, "
    "'ACTIVE'?: bool, ",
    "b24.tasks.task.get(task_id=1)": "TypedDict(b24client.types.tasks.TasksTaskGetResult, "
    "{'task': TypedDict(b24client.types.tasks.TasksTask, {'id'?: str, ",
}


def test_revealed_result_types(tmp_path: Path) -> None:
    """What a user's reveal_type shows: the TypedDicts, IDs as crm sends them."""
    body = "".join(f"    reveal_type({code})\n" for code in REVEALED)
    stdout, status = _mypy(tmp_path, body)
    assert status == 0, stdout
    notes = [line for line in stdout.splitlines() if "Revealed type is" in line]
    assert len(notes) == len(REVEALED), stdout
    for line, (code, expected) in zip(notes, REVEALED.items(), strict=False):
        assert f'Revealed type is "{expected}' in line, (code, line)
