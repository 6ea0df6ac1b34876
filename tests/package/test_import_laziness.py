"""Importing b24client loads no generated namespace and no TypedDict module; a
call loads only its path; a TypedDict loads only its own module."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import json, sys
    import httpx

    def api_modules():
        return sorted(m for m in sys.modules if m.startswith("b24client._api"))

    def type_modules():
        return sorted(m for m in sys.modules if m.startswith("b24client.types"))

    import b24client
    after_import = api_modules()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"result": True, "time": {}})
    )
    b24 = b24client.Bitrix24("https://portal.example.com/rest/1/code/", transport=transport)
    after_client = api_modules()
    b24.crm.deal.contact.items.delete(id=1)
    after_call = api_modules()
    b24.user.current()
    after_user = api_modules()
    types_after_calls = type_modules()
    from b24client.types import CrmDeal
    types_after_import = type_modules()
    print(json.dumps([after_import, after_client, after_call, after_user,
                      types_after_calls, types_after_import, CrmDeal.__name__]))
    """)


def test_namespaces_load_lazily() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    ).stdout
    after_import, after_client, after_call, after_user, *types = json.loads(out)
    assert after_import == []
    assert after_client == []
    assert after_call == [
        "b24client._api",
        "b24client._api.crm",
        "b24client._api.crm.deal",
    ]
    assert after_user == [
        "b24client._api",
        "b24client._api.crm",
        "b24client._api.crm.deal",
        "b24client._api.user",
    ]
    types_after_calls, types_after_import, name = types
    assert types_after_calls == []  # annotations name them for the checkers only
    assert types_after_import == ["b24client.types", "b24client.types.crm"]
    assert name == "CrmDeal"
