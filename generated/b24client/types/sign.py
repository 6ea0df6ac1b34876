"""TypedDicts of ``b24client.types.sign``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "SignB2eCompanyProvider",
    "SignB2eDocument",
    "SignB2eDocumentSendFields",
    "SignB2eDocumentSendFieldsCompany",
    "SignB2eDocumentSendFieldsExternalSettings",
    "SignB2eDocumentSendFieldsFiles",
    "SignB2eDocumentSendFieldsMembers",
    "SignB2eDocumentSendFieldsResponsible",
    "SignB2eDocumentSendResult",
    "SignB2eDocumentSendResultState",
    "SignB2eDocumentState",
    "SignB2eHcmlinkDocument",
    "SignB2eHcmlinkDocumentDocument",
    "SignB2eMysafeTailResult",
    "SignB2ePersonalTailResult",
]


class SignB2eCompanyProvider(TypedDict, total=False):
    """Sign b2e company provider, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-company-provider-list.html
    """

    code: str
    uid: str
    name: str
    date: str
    expires: str


class SignB2eDocumentState(TypedDict, total=False):
    """Keys of ``state`` in ``SignB2eDocument``."""

    code: str
    name: str


class SignB2eDocument(TypedDict, total=False):
    """Sign b2e document, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-get.html
    """

    uid: str
    state: SignB2eDocumentState
    members: list[Any]


class SignB2eDocumentSendFieldsCompany(TypedDict, total=False):
    """Keys of ``fields.company`` in ``sign.b2e.document.send``."""

    uuid: str
    crmId: Required[int]


class SignB2eDocumentSendFieldsMembers(TypedDict, total=False):
    """Keys of ``fields.members`` in ``sign.b2e.document.send``."""

    employeeCode: str
    employeeId: int
    userId: Required[int]
    role: Required[Literal["signer", "assignee", "reviewer", "editor"]]


class SignB2eDocumentSendFieldsResponsible(TypedDict, total=False):
    """Keys of ``fields.responsible`` in ``sign.b2e.document.send``."""

    employeeCode: str
    employeeId: int
    userId: Required[int]
    role: Literal["signer", "assignee", "reviewer", "editor"]


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


class SignB2eDocumentSendResultState(TypedDict, total=False):
    """Keys of ``result.state`` in ``sign.b2e.document.send``."""

    code: str
    name: str


class SignB2eDocumentSendResult(TypedDict, total=False):
    """Keys of the result of ``sign.b2e.document.send``."""

    uid: str
    state: SignB2eDocumentSendResultState
    members: list[Any]


class SignB2eHcmlinkDocumentDocument(TypedDict, total=False):
    """Keys of ``document`` in ``SignB2eHcmlinkDocument``."""

    date: str
    name: str
    fileUrl: str
    fileName: str
    uid: str
    documentUid: str


class SignB2eHcmlinkDocument(TypedDict, total=False):
    """Sign b2e hcmlink document, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-hcmlink-document-get.html
    """

    company: str
    employee: str
    document: SignB2eHcmlinkDocumentDocument


class SignB2eMysafeTailResult(TypedDict, total=False):
    """Keys of the result of ``sign.b2e.mysafe.tail``."""

    id: int
    title: str
    create_date: str
    signed_date: str
    creator_id: int
    member_id: int
    role: str
    folderName: str
    file_url: str


class SignB2ePersonalTailResult(TypedDict, total=False):
    """Keys of the result of ``sign.b2e.personal.tail``."""

    id: int
    title: str
    signed_date: str
    file_url: str
