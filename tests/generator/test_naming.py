"""naming: pure functions from wire names to Python names."""

from __future__ import annotations

import pytest

from generator import naming


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("paymentItemShipment", "payment_item_shipment"),
        ("ID", "id"),
        ("id", "id"),
        ("UF_CRM_1", "uf_crm_1"),
        ("entityTypeId", "entity_type_id"),
        ("ownerTypeID", "owner_type_id"),
        ("HTTPServer", "http_server"),
        ("userfield", "userfield"),
        ("updateDeadline", "update_deadline"),
        ("ufCrm5_1712345", "uf_crm5_1712345"),
        ("FIELD_Name", "field_name"),
        ("a1B", "a1_b"),
        ("already_snake", "already_snake"),
        ("a;b", "a;b"),
        ("", ""),
    ],
)
def test_snake_case(wire: str, python: str) -> None:
    assert naming.snake_case(wire) == python


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("import", "import_"),
        ("class", "class_"),
        ("from", "from_"),
        ("global", "global_"),
        ("lambda", "lambda_"),
        ("None", "none"),  # snake_case first: "none" is no keyword
        ("True", "true"),
        ("self", "self_"),
        ("cast", "cast_"),
        ("list", "list_"),
        ("type", "type"),  # soft keyword: a valid name
        ("match", "match"),
        ("filter", "filter"),
        ("entityTypeId", "entity_type_id"),
    ],
)
def test_python_param(wire: str, python: str) -> None:
    assert naming.python_param(wire) == python


@pytest.mark.parametrize(
    ("segment", "python"),
    [
        ("import", "import_"),
        ("async", "async_"),
        ("list", "list"),  # a method named list is fine: annotations use builtins.list
        ("property", "property_"),
        ("datetime", "datetime_"),
        ("cast", "cast_"),
        ("paymentItemShipment", "payment_item_shipment"),
        ("get", "get"),
    ],
)
def test_python_attribute(segment: str, python: str) -> None:
    assert naming.python_attribute(segment) == python


def test_escaped_keyword_is_identifier() -> None:
    for keyword in naming.KEYWORDS:
        name = naming.python_param(keyword)
        assert naming.is_identifier(name)
        assert name not in naming.KEYWORDS


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("abc", True),
        ("_a1", True),
        ("a;b", False),
        ("1abc", False),
        ("", False),
        ("a-b", False),
        ("é", False),
    ],
)
def test_is_identifier(name: str, ok: bool) -> None:
    assert naming.is_identifier(name) is ok


def test_class_name() -> None:
    assert (
        naming.class_name(("crm", "deal", "contact", "items")) == "CrmDealContactItems"
    )
    assert (
        naming.class_name(("crm", "payment_item_shipment")) == "CrmPaymentItemShipment"
    )
    assert naming.class_name(("crm", "import_")) == "CrmImport"
    assert naming.class_name(("user", "uf_crm_1")) == "UserUfCrm1"


def test_constant_name() -> None:
    assert (
        naming.constant_name(("crm", "deal", "contact", "items", "delete"))
        == "_CRM_DEAL_CONTACT_ITEMS_DELETE"
    )
    assert naming.constant_name(("crm", "import_", "get")) == "_CRM_IMPORT_GET"


def test_module_name() -> None:
    assert naming.module_name("deal") == "deal"
    assert naming.module_name("import_") == "import_"
