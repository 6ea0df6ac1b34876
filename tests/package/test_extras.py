"""The extras are never required: a plain install (httpx alone) imports none
of msgspec, orjson, aiohttp or httpx-aiohttp, and works; with them installed,
``import b24client`` still loads none until an answer is decoded or
``b24client.aiohttp`` is imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

EXTRAS = ("msgspec", "orjson", "aiohttp", "httpx_aiohttp")

SCRIPT = textwrap.dedent("""
    import asyncio, json, sys
    EXTRAS = {extras!r}

    class Missing:
        '''A plain install: the extras cannot be imported.'''
        def find_spec(self, name, path=None, target=None):
            if {block} and name.split(".")[0] in EXTRAS:
                raise ImportError(f"No module named {{name!r}}")
            return None

    sys.meta_path.insert(0, Missing())
    import httpx
    import b24client
    from b24client._core import jsoncodec

    def loaded():
        return sorted(m for m in sys.modules if m.split(".")[0] in EXTRAS)

    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={{"result": [2**70], "time": {{}}}})
    )
    async_transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={{"result": 7, "time": {{}}}})
    )
    url = "https://portal.example.com/rest/1/code/"
    b24 = b24client.Bitrix24(url, transport=transport)
    ab24 = b24client.AsyncBitrix24(url, transport=async_transport)
    after_clients = loaded()
    sync_result = b24.call("user.current").result

    async def main():
        async with ab24:
            return (await ab24.call("user.current")).result

    async_result = asyncio.run(main())
    try:
        import b24client.aiohttp
        aiohttp_error = ""
    except ImportError as error:
        aiohttp_error = str(error)
    print(json.dumps([after_clients, sync_result, async_result,
                      jsoncodec.decoder_name(), loaded(), aiohttp_error]))
    """)


def run(block: bool, env: dict[str, str] | None = None) -> list[object]:
    script = SCRIPT.format(extras=EXTRAS, block=block)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    result: list[object] = json.loads(done.stdout)
    return result


def test_a_plain_install_needs_no_extra() -> None:
    after_clients, sync_result, async_result, decoder, loaded, error = run(True)
    assert after_clients == [] and loaded == []
    assert sync_result == [2**70] and async_result == 7
    assert decoder == "json"
    assert "pip install 'b24client[aiohttp]'" in str(error)


def test_extras_load_only_when_used() -> None:
    after_clients, sync_result, async_result, decoder, loaded, error = run(False)
    assert after_clients == []  # import and clients: no extra yet
    assert sync_result == [2**70] and async_result == 7
    assert decoder == "msgspec"
    assert error == ""
    assert {"msgspec", "aiohttp", "httpx_aiohttp"} <= set(loaded)
    assert "orjson" not in loaded


def test_b24client_json_env_forces_the_standard_library() -> None:
    *_, decoder, loaded, _ = run(False, {"B24CLIENT_JSON": "json"})
    assert decoder == "json"
    assert not [m for m in loaded if str(m).startswith("msgspec")]
