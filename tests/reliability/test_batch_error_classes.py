"""An error gets the same class inside a batch as outside it (issue 10, "Consistency").

A batch command's error carries no HTTP status of its own, so the class
cannot come from the status there. Each case sends the same failing call
to the fake portal over its real socket three ways: alone, as a command of
``batch``, and as an item of ``call_many`` (a batch too); all three must raise
the same class, and the class the table or the status gives outside a batch.
"""

from __future__ import annotations

from typing import Any

import pytest

from b24client import (
    APIError,
    BadRequestError,
    MethodNotFoundError,
    NotFoundError,
    PermissionDeniedError,
)
from b24client.testing import FakePortal

from .conftest import settle

MISSING = 999_999
"""A deal or contact ID the portal does not have."""


def _cases(deal: int, contact: int) -> dict[str, tuple[str, dict[str, Any]]]:
    """The fake portal's own argument-error paths: ``(method, params)`` by case id."""
    return {
        "deal.get bad id": ("crm.deal.get", {"id": "abc"}),
        "deal.get missing": ("crm.deal.get", {"id": MISSING}),
        "deal.add fields not array": ("crm.deal.add", {"fields": "x"}),
        "deal.add params not array": ("crm.deal.add", {"fields": {}, "params": "x"}),
        "deal.update fields not array": (
            "crm.deal.update",
            {"id": deal, "fields": "x"},
        ),
        "deal.update missing": ("crm.deal.update", {"id": MISSING, "fields": {}}),
        "deal.delete bad id": ("crm.deal.delete", {"id": 0}),
        "deal.list filter not array": ("crm.deal.list", {"filter": "x"}),
        "contact.add unknown contact": (
            "crm.deal.contact.add",
            {"id": deal, "fields": {"CONTACT_ID": MISSING}},
        ),
        "contact.add no contact id": (
            "crm.deal.contact.add",
            {"id": deal, "fields": {"SORT": 10}},
        ),
        "contact.add missing deal": (
            "crm.deal.contact.add",
            {"id": MISSING, "fields": {"CONTACT_ID": contact}},
        ),
        "contact.delete fields not array": (
            "crm.deal.contact.delete",
            {"id": deal, "fields": "x"},
        ),
        "contact.items.get bad id": ("crm.deal.contact.items.get", {"id": "x"}),
        "contact.items.set items not array": (
            "crm.deal.contact.items.set",
            {"id": deal, "items": "x"},
        ),
        "contact.items.set unknown contact": (
            "crm.deal.contact.items.set",
            {"id": deal, "items": [{"CONTACT_ID": MISSING}]},
        ),
        "catalog method, required parameter missing": ("lists.get", {}),
        "unknown method": ("crm.nothing.here", {}),
    }


EXPECTED: dict[str, tuple[type[APIError], str]] = {
    "deal.get bad id": (BadRequestError, ""),
    "deal.get missing": (NotFoundError, ""),
    "deal.add fields not array": (BadRequestError, ""),
    "deal.add params not array": (BadRequestError, ""),
    "deal.update fields not array": (BadRequestError, ""),
    "deal.update missing": (NotFoundError, ""),
    "deal.delete bad id": (BadRequestError, ""),
    "deal.list filter not array": (BadRequestError, ""),
    "contact.add unknown contact": (BadRequestError, ""),
    "contact.add no contact id": (BadRequestError, ""),
    "contact.add missing deal": (NotFoundError, ""),
    "contact.delete fields not array": (BadRequestError, ""),
    "contact.items.get bad id": (BadRequestError, ""),
    "contact.items.set items not array": (BadRequestError, ""),
    "contact.items.set unknown contact": (BadRequestError, ""),
    "catalog method, required parameter missing": (
        BadRequestError,
        "ERROR_REQUIRED_PARAMETERS_MISSING",
    ),
    "unknown method": (MethodNotFoundError, "ERROR_METHOD_NOT_FOUND"),
}


async def _three_ways(b24: Any, method: str, params: dict[str, Any]) -> list[Any]:
    """The error of ``method(params)`` alone, in ``batch`` and in ``call_many``."""
    errors: list[Any] = []
    try:
        await settle(b24.call(method, params))
    except APIError as error:
        errors.append(error)
    else:
        errors.append(None)
    batch = b24.batch()
    command = batch.add(method, params)
    await settle(batch.execute())
    errors.append(command.error)
    (item,) = await settle(b24.call_many(method, [params]))
    errors.append(item.error)
    return errors


def _check_same(errors: list[Any], cls: type[APIError], code: str) -> None:
    alone, in_batch, in_bulk = errors
    assert [type(e) for e in errors] == [cls, cls, cls], errors
    assert [e.code for e in errors] == [code, code, code]
    assert alone.status is not None  # outside a batch the status was there
    assert in_batch.status is None and in_bulk.status is None
    assert alone.description == in_batch.description == in_bulk.description
    assert alone.retry == in_batch.retry == in_bulk.retry == "never"


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_fake_portal_argument_errors_same_class_in_and_out_of_batch(
    run: Any, portal: FakePortal, case: str
) -> None:
    deal = portal.store.add_deal(TITLE="existing")
    contact = portal.store.add_contact(NAME="Ann")
    method, params = _cases(deal, contact)[case]

    async def scenario(b24: Any) -> list[Any]:
        return await _three_ways(b24, method, params)

    errors = run(scenario)
    _check_same(errors, *EXPECTED[case])
    # three real requests: the call, the batch and call_many's batch
    assert portal.stats.requests_by_method["batch"] == 2


def test_every_case_has_an_expectation() -> None:
    assert set(_cases(1, 1)) == set(EXPECTED)


# Codes the portal's other modules send, injected as a failure of the call
# alone (with the status the docs give) and of the same batch command.
INJECTED: list[tuple[int, Any, str, type[APIError]]] = [
    (400, "", "The parameter 'fields' is not valid.", BadRequestError),
    (400, "", "Access denied", BadRequestError),
    (400, "", "Not found", NotFoundError),
    (400, "ERROR_CORE", "ID is not defined or invalid", BadRequestError),
    (400, "ERROR_ARGUMENT", "Argument 'ENTITY' is null or empty", BadRequestError),
    (400, "INVALID_ARG_VALUE", "Invalid filter", BadRequestError),
    (400, "MISSING_PARAMS", "Missing parameter id", BadRequestError),
    (400, "INVALID_FORMAT", "Parameter USERS has wrong type", BadRequestError),
    (400, "BX_EMPTY_REQUIRED", "A required field is empty", BadRequestError),
    (400, "100", "Access denied", BadRequestError),
    (400, 200040300020, "Access denied", BadRequestError),
    (400, "ACCESS_DENIED", "Access denied", PermissionDeniedError),
    (403, "ACCESS_ERROR", "Only intranet users", PermissionDeniedError),
    (400, "ACCESS_ERROR", "No access to the dialog", PermissionDeniedError),
    (403, "allowed_only_intranet_user", "Intranet only", PermissionDeniedError),
    (403, "DOCGEN_ACCESS_ERROR", "Access denied", PermissionDeniedError),
    (400, "NOT_FOUND", "Not found", NotFoundError),
]


@pytest.mark.parametrize(
    ("status", "code", "description", "cls"),
    INJECTED,
    ids=[
        f"{status}-{code or 'empty'}-{desc[:12]}" for status, code, desc, _ in INJECTED
    ],
)
def test_module_error_codes_same_class_in_and_out_of_batch(
    run: Any,
    portal: FakePortal,
    status: int,
    code: Any,
    description: str,
    cls: type[APIError],
) -> None:
    shape = {"status": status, "code": code, "description": description}
    portal.faults.inject("error", "user.current", **shape)
    portal.faults.inject("command_error", "user.current", count=2, **shape)

    async def scenario(b24: Any) -> list[Any]:
        return await _three_ways(b24, "user.current", {})

    errors = run(scenario)
    _check_same(errors, cls, str(code))
    assert errors[0].status == status
    assert portal.stats.faults == {"error": 1, "command_error": 2}
