"""TypedDicts of ``b24client.types.sign``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Required, TypedDict

__all__ = [
    "SignB2eDocumentSendFields",
    "SignB2eDocumentSendFieldsCompany",
    "SignB2eDocumentSendFieldsExternalSettings",
    "SignB2eDocumentSendFieldsFiles",
    "SignB2eDocumentSendFieldsMembers",
    "SignB2eDocumentSendFieldsResponsible",
]


class SignB2eDocumentSendFieldsCompany(TypedDict, total=False):
    """Keys of ``fields.company`` in ``sign.b2e.document.send``."""

    uuid: str
    crmId: Required[int]


class SignB2eDocumentSendFieldsMembers(TypedDict, total=False):
    """Keys of ``fields.members`` in ``sign.b2e.document.send``."""

    employeeCode: str
    employeeId: int
    userId: Required[int]
    role: Required[str]


class SignB2eDocumentSendFieldsResponsible(TypedDict, total=False):
    """Keys of ``fields.responsible`` in ``sign.b2e.document.send``."""

    employeeCode: str
    employeeId: int
    userId: Required[int]
    role: str


class SignB2eDocumentSendFieldsFiles(TypedDict, total=False):
    """Keys of ``fields.files`` in ``sign.b2e.document.send``."""

    fileName: Required[str]
    fileType: Required[str]
    fileContent: Required[str]


class SignB2eDocumentSendFieldsExternalSettings(TypedDict, total=False):
    """Keys of ``fields.externalSettings`` in ``sign.b2e.document.send``."""

    externalId: Required[str]
    externalDateCreate: Required[str]


class SignB2eDocumentSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sign.b2e.document.send``."""

    company: Required[SignB2eDocumentSendFieldsCompany]
    members: Required[Sequence[SignB2eDocumentSendFieldsMembers]]
    responsible: Required[SignB2eDocumentSendFieldsResponsible]
    companyProviderUid: Required[str]
    files: Required[Sequence[SignB2eDocumentSendFieldsFiles]]
    regionDocumentType: Required[str]
    externalSettings: Required[SignB2eDocumentSendFieldsExternalSettings]
    language: str
