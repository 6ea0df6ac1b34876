"""Every error envelope and status becomes the documented exception class."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from b24client import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Bitrix24Error,
    InvalidResponseError,
    MethodNotFoundError,
    NotFoundError,
    OperationTimeLimitError,
    OverloadError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenExpiredError,
)
from b24client._core.protocol import parse_response
from b24client._core.types import MethodInfo

from .conftest import SECRET, Recorder, err, settle

BY_ENVELOPE = [
    (503, "QUERY_LIMIT_EXCEEDED", RateLimitError),
    (429, "OPERATION_TIME_LIMIT", OperationTimeLimitError),
    (503, "OVERLOAD_LIMIT", OverloadError),
    (401, "NO_AUTH_FOUND", AuthenticationError),
    (401, "invalid_token", AuthenticationError),
    (401, "expired_token", TokenExpiredError),
    (401, "EXPIRED_TOKEN", TokenExpiredError),
    (403, "INVALID_CREDENTIALS", PermissionDeniedError),
    (403, "insufficient_scope", PermissionDeniedError),
    (403, "ACCESS_DENIED", PermissionDeniedError),
    (400, "ACCESS_DENIED", PermissionDeniedError),
    (403, "user_access_error", PermissionDeniedError),
    (403, "WRONG_AUTH_TYPE", PermissionDeniedError),
    (400, "INVALID_REQUEST", BadRequestError),
    (400, "ERROR_BATCH_LENGTH_EXCEEDED", BadRequestError),
    (405, "ERROR_BATCH_METHOD_NOT_ALLOWED", BadRequestError),
    (404, "ERROR_METHOD_NOT_FOUND", MethodNotFoundError),
    (400, "NOT_FOUND", NotFoundError),
    (404, "ERROR_NOT_FOUND", NotFoundError),
    (500, "INTERNAL_SERVER_ERROR", ServerError),
    (500, "ERROR_UNEXPECTED_ANSWER", ServerError),
    (500, "PORTAL_DELETED", ServerError),
    # codes the table does not know fall back to the status
    (400, "ERROR_CORE", BadRequestError),
    (401, "SOMETHING", AuthenticationError),
    (403, "SOMETHING", PermissionDeniedError),
    (404, "SOMETHING", NotFoundError),
    (502, "SOMETHING", ServerError),
    (418, "SOMETHING", APIError),
    # an error with HTTP 200 is still an error
    (200, "ACCESS_DENIED", PermissionDeniedError),
    (200, "SOMETHING", APIError),
    # numeric codes (catalog, sale) and the empty code (crm)
    (400, 200040300020, BadRequestError),
    (400, "100", BadRequestError),
    (400, "", BadRequestError),
]


@pytest.mark.parametrize(("status", "code", "cls"), BY_ENVELOPE)
def test_error_envelope_maps_to_class(
    status: int, code: Any, cls: type[APIError]
) -> None:
    import json

    body = json.dumps({"error": code, "error_description": "said the portal"}).encode()
    with pytest.raises(APIError) as caught:
        parse_response(status, body, "crm.deal.get")
    error = caught.value
    assert type(error) is cls
    assert error.code == str(code)
    assert error.status == status
    assert error.method == "crm.deal.get"
    assert error.description == "said the portal"
    assert "crm.deal.get: said the portal" in str(error)


def test_empty_code_not_found_is_not_found_error() -> None:
    with pytest.raises(NotFoundError) as caught:
        parse_response(
            400, b'{"error":"","error_description":"Not found"}', "crm.deal.get"
        )
    assert caught.value.code == ""
    assert str(caught.value) == "crm.deal.get: Not found (code '', HTTP 400)"


def test_rest_v3_error_object() -> None:
    body = (
        b'{"error":{"code":"BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION",'
        b'"message":"Access denied","validation":[]}}'
    )
    with pytest.raises(PermissionDeniedError) as caught:
        parse_response(403, body, "tasks.task.get")
    assert caught.value.code == "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION"
    assert caught.value.description == "Access denied"


@pytest.mark.parametrize(
    ("status", "content", "cls"),
    [
        (500, b"<html>Internal error</html>", ServerError),
        (502, b"", ServerError),
        (504, b"Gateway Timeout", ServerError),
        (200, b'{"result": tru', InvalidResponseError),
        (200, b"", InvalidResponseError),
        (200, b"[1, 2]", InvalidResponseError),
        (200, b'{"time": {}}', InvalidResponseError),
        (302, b"", InvalidResponseError),
        (401, b"<html>", AuthenticationError),
        (200, b"[" * 100000, InvalidResponseError),
    ],
)
def test_non_envelope_answers(
    status: int, content: bytes, cls: type[Bitrix24Error]
) -> None:
    with pytest.raises(cls) as caught:
        parse_response(status, content, "crm.deal.get")
    assert caught.value.status == status
    assert caught.value.method == "crm.deal.get"


def test_operation_time_limit_carries_reset_time() -> None:
    body = (
        b'{"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked",'
        b'"time":{"operating_reset_at":1773234121,"operating":481.2}}'
    )
    with pytest.raises(OperationTimeLimitError) as caught:
        parse_response(429, body, "crm.deal.list")
    assert caught.value.operating_reset_at == 1773234121.0


def test_envelope_fields() -> None:
    envelope = parse_response(
        200,
        b'{"result":[{"ID":"1"}],"total":"120","next":50,"time":{"operating":0.5}}',
        "m",
    )
    assert envelope.result == [{"ID": "1"}]
    assert (envelope.total, envelope.next) == (120, 50)
    assert envelope.time == {"operating": 0.5}
    assert parse_response(200, b'{"result":true}', "m").time == {}


def test_exceptions_over_the_client(run: Any) -> None:
    """The client raises the typed error with the method name, never the secret."""
    recorder = Recorder([err(403, "ACCESS_DENIED", "Access denied!")])

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(PermissionDeniedError) as caught:
            await settle(client.call("crm.deal.get", {"id": 1}))
        assert caught.value.method == "crm.deal.get"
        for text in (str(caught.value), repr(caught.value)):
            assert SECRET not in text

    run(scenario, recorder)


@pytest.mark.parametrize(
    ("exc", "cls", "sent"),
    [
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            APIConnectionError,
            False,
        ),
        (httpx.ConnectTimeout("connect timed out"), APITimeoutError, False),
        (httpx.ReadTimeout("read timed out"), APITimeoutError, True),
        (httpx.RemoteProtocolError("peer closed connection"), APIConnectionError, True),
        (httpx.ReadError("connection reset by peer"), APIConnectionError, True),
    ],
)
def test_transport_failures(
    run: Any, exc: Exception, cls: type[APIConnectionError], sent: bool
) -> None:
    recorder = Recorder([exc])

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(cls) as caught:
            await settle(client.call("crm.deal.add", {"fields": {"TITLE": "x"}}))
        error = caught.value
        assert type(error) is cls
        assert error.sent is sent
        assert error.method == "crm.deal.add"
        assert ("whether it ran is unknown" in str(error)) is sent
        assert error.__cause__ is None and error.__suppress_context__

    run(scenario, recorder, max_retries=0)


def test_transport_error_text_is_scrubbed(run: Any) -> None:
    recorder = Recorder(
        [httpx.ConnectError(f"cannot reach /rest/7/{SECRET}/crm.deal.get")]
    )

    async def scenario(client: Any, _: Any) -> None:
        with pytest.raises(APIConnectionError) as caught:
            await settle(client.call("crm.deal.get"))
        assert SECRET not in str(caught.value)
        assert "***" in str(caught.value)

    run(scenario, recorder, max_retries=0)


def test_method_info_idempotent_default() -> None:
    assert MethodInfo("x").idempotent is False
