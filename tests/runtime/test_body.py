"""BodyReader: the answer's bytes as read, whatever the head announced."""

from __future__ import annotations

import sys
import time

import httpx
import pytest

from b24client import ResponseTooLargeError
from b24client._core.transport import BodyReader


def streamed(length: str | None) -> httpx.Response:
    headers = {} if length is None else {"content-length": length}
    return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b""))


def read(response: httpx.Response, chunks: list[bytes], limit: int = 1000) -> bytes:
    body = BodyReader.of(
        response, method="m", limit=limit, deadline=time.monotonic() + 60
    )
    assert body.streaming
    for chunk in chunks:
        body.feed(chunk)
    return bytes(body.reply(response.status_code).content)


@pytest.mark.parametrize(
    "length, chunks",
    [
        ("10", [b"01234", b"56789"]),  # as announced: one buffer
        ("4", [b"01234", b"56789"]),  # longer than announced
        ("20", [b"01234", b"56789"]),  # shorter than announced
        (None, [b"01234", b"", b"56789"]),  # no length: chunks joined
        ("0", [b"0123456789"]),
    ],
)
def test_the_body_is_what_came_whatever_the_head_said(
    length: str | None, chunks: list[bytes]
) -> None:
    assert read(streamed(length), chunks) == b"0123456789"


def test_an_announced_length_over_the_cap_is_refused_before_reading() -> None:
    with pytest.raises(ResponseTooLargeError, match="announces 2000 bytes"):
        read(streamed("2000"), [])


def test_a_body_beyond_the_cap_is_refused_though_announced_small() -> None:
    with pytest.raises(ResponseTooLargeError, match="max_response_bytes=8"):
        read(streamed("4"), [b"01234", b"56789"], limit=8)


def test_an_announced_length_reserves_no_memory() -> None:
    # a server may announce up to the cap and send nothing: only what
    # arrives is held (50 requests in flight would otherwise reserve 6.4 GB)
    announced = streamed(str(100 * 2**20))
    body = BodyReader.of(
        announced, method="m", limit=128 * 2**20, deadline=time.monotonic() + 60
    )
    body.feed(b"{}")
    assert sys.getsizeof(body._body) < 4096
    assert bytes(body.reply(200).content) == b"{}"
