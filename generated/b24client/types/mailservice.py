"""TypedDicts of ``b24client.types.mailservice``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Mailservice",
    "MailserviceFieldsResult",
]


class Mailservice(TypedDict, total=False):
    """Mailservice, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-get.html
    """

    ID: str
    SITE_ID: str
    ACTIVE: str
    SORT: str
    NAME: str
    SERVER: str
    PORT: str
    ENCRYPTION: str
    LINK: str
    ICON: str | None
    SMTP_SERVER: str | None
    SMTP_PORT: str | None
    SMTP_LOGIN_AS_IMAP: str
    SMTP_PASSWORD_AS_IMAP: str
    SMTP_ENCRYPTION: str | None
    UPLOAD_OUTGOING: str | None


class MailserviceFieldsResult(TypedDict, total=False):
    """Keys of the result of ``mailservice.fields``."""

    ID: str
    SITE_ID: str
    ACTIVE: str
    NAME: str
    SERVER: str
    PORT: str
    ENCRYPTION: str
    LINK: str
    ICON: str
    SORT: str
