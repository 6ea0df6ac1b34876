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
    """An e-signature provider connected for a company.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-company-provider-list.html
    """

    code: str
    """Provider code."""
    uid: str
    """Unique ID of the provider."""
    name: str
    """Provider name in the requested language."""
    date: str
    """Registration date, ISO 8601."""
    expires: str
    """Expiry date, ISO 8601."""


class SignB2eDocumentState(TypedDict, total=False):
    """Keys of ``state`` in ``SignB2eDocument``."""

    code: str
    """Status code."""
    name: str
    """Status name."""


class SignB2eDocument(TypedDict, total=False):
    """An HR e-document with its signing status.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-get.html
    """

    uid: str
    """Unique ID of the document."""
    state: SignB2eDocumentState
    """Current document status."""
    members: list[Any]
    """Signing participants with their role, party, user data and status."""


class SignB2eDocumentSendFieldsCompany(TypedDict, total=False):
    """Keys of ``fields.company`` in ``sign.b2e.document.send``."""

    uuid: str
    """UUID of the company in HCM Link; needs the humanresources.hcmlink scope."""
    crmId: Required[int]
    """ID of the CRM company set up as "my company" in the integration."""


class SignB2eDocumentSendFieldsMembers(TypedDict, total=False):
    """Keys of ``fields.members`` in ``sign.b2e.document.send``."""

    employeeCode: str
    """Employee code in HCM Link."""
    employeeId: int
    """Employee ID in HCM Link."""
    userId: Required[int]
    """ID of the Bitrix24 user."""
    role: Required[Literal["signer", "assignee", "reviewer", "editor"]]
    """\"signer" employee, "assignee" company representative, "reviewer" approver or "editor"."""


class SignB2eDocumentSendFieldsResponsible(TypedDict, total=False):
    """Keys of ``fields.responsible`` in ``sign.b2e.document.send``."""

    employeeCode: str
    """Employee code in HCM Link."""
    employeeId: int
    """Employee ID in HCM Link."""
    userId: Required[int]
    """ID of the Bitrix24 user."""
    role: Literal["signer", "assignee", "reviewer", "editor"]
    """Role: "assignee" (default), "signer", "reviewer" or "editor"."""


class SignB2eDocumentSendFieldsFiles(TypedDict, total=False):
    """Keys of ``fields.files`` in ``sign.b2e.document.send``."""

    fileName: Required[str]
    """File name, ending in ".pdf"."""
    fileType: Required[str]
    """MIME type; only "application/pdf"."""
    fileContent: Required[str]
    """File content, Base64-encoded."""


class SignB2eDocumentSendFieldsExternalSettings(TypedDict, total=False):
    """Keys of ``fields.externalSettings`` in ``sign.b2e.document.send``."""

    externalId: Required[str]
    """External ID of the document, up to 255 characters."""
    externalDateCreate: Required[str]
    """Creation date of the external document, ISO 8601."""


class SignB2eDocumentSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``sign.b2e.document.send``."""

    company: Required[SignB2eDocumentSendFieldsCompany]
    """Company sending the document; give uuid or crmId."""
    members: Required[Sequence[SignB2eDocumentSendFieldsMembers]]
    """Signing participants."""
    responsible: Required[SignB2eDocumentSendFieldsResponsible]
    """Person responsible for the document."""
    companyProviderUid: Required[str]
    """ID of the signature provider, from sign.b2e.company.provider.list."""
    files: Required[Sequence[SignB2eDocumentSendFieldsFiles]]
    """The document file."""
    regionDocumentType: Required[str]
    """Document type code for the license region; "12.999" is a safe generic choice."""
    externalSettings: Required[SignB2eDocumentSendFieldsExternalSettings]
    """Document data from the external system."""
    language: str
    """Document language."""


class SignB2eDocumentSendResultState(TypedDict, total=False):
    """Keys of ``result.state`` in ``sign.b2e.document.send``."""

    code: str
    """Status code."""
    name: str
    """Status name."""


class SignB2eDocumentSendResult(TypedDict, total=False):
    """Keys of the result of ``sign.b2e.document.send``."""

    uid: str
    """Unique ID of the document."""
    state: SignB2eDocumentSendResultState
    """Current document status."""
    members: list[Any]
    """Signing participants with their status."""


class SignB2eHcmlinkDocumentDocument(TypedDict, total=False):
    """Keys of ``document`` in ``SignB2eHcmlinkDocument``."""

    date: str
    """Document creation date, ISO 8601."""
    name: str
    """Document name."""
    fileUrl: str
    """Download link for the signed file."""
    fileName: str
    """Name of the signed file."""
    uid: str
    """Document ID from HCM Link; may be null."""
    documentUid: str
    """Unique ID of the HR e-document; may be null."""


class SignB2eHcmlinkDocument(TypedDict, total=False):
    """A signed HR e-document linked to HCM Link.

    Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-hcmlink-document-get.html
    """

    company: str
    """HCM Link company code."""
    employee: str
    """HCM Link employee code."""
    document: SignB2eHcmlinkDocumentDocument
    """Signed document data."""


class SignB2eMysafeTailResult(TypedDict, total=False):
    """Keys of the result of ``sign.b2e.mysafe.tail``."""

    id: int
    """ID of the signed document."""
    title: str
    """Document name."""
    create_date: str
    """Date the document was created."""
    signed_date: str
    """Date the document was signed."""
    creator_id: int
    """ID of the user who created the document."""
    member_id: int
    """ID of the user the document was signed with."""
    role: str
    """Employee role in the document: "editor", "reviewer", "assignee" (company representative) or "signer" (employee)."""
    folderName: str
    """Folder of the document; present when the safe groups documents by folder."""
    file_url: str
    """Download link for the signed document."""


class SignB2ePersonalTailResult(TypedDict, total=False):
    """Keys of the result of ``sign.b2e.personal.tail``."""

    id: int
    """ID of the signed document."""
    title: str
    """Document name."""
    signed_date: str
    """Date the document was signed."""
    file_url: str
    """Download link for the signed document."""
