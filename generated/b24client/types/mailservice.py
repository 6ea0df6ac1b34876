"""TypedDicts of ``b24client.types.mailservice``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "Mailservice",
    "MailserviceFieldsResult",
]


class Mailservice(TypedDict, total=False):
    """A mail provider preset with its server settings.

    Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-get.html
    """

    ID: str
    """ID of the mail service."""
    SITE_ID: str
    """ID of the site."""
    ACTIVE: str
    """\"Y" active, "N" inactive."""
    SORT: str
    """Sort index."""
    NAME: str
    """Service name."""
    SERVER: str
    """IMAP server address, in lower case."""
    PORT: str
    """IMAP server port."""
    ENCRYPTION: str
    """\"Y" for a secure connection, "N" without."""
    LINK: str
    """URL of the web mail interface."""
    ICON: str | None
    """Path to the logo image."""
    SMTP_SERVER: str | None
    """SMTP server, when set."""
    SMTP_PORT: str | None
    """SMTP port, when set."""
    SMTP_LOGIN_AS_IMAP: str
    """\"Y" uses the IMAP login for SMTP."""
    SMTP_PASSWORD_AS_IMAP: str
    """\"Y" uses the IMAP password for SMTP."""
    SMTP_ENCRYPTION: str | None
    """\"Y" for a secure SMTP connection."""
    UPLOAD_OUTGOING: str | None
    """\"Y" uploads sent mail to the server."""


class MailserviceFieldsResult(TypedDict, total=False):
    """Keys of the result of ``mailservice.fields``."""

    ID: str
    """Caption of the ID field."""
    SITE_ID: str
    """Caption of the site field."""
    ACTIVE: str
    """Caption of the active flag."""
    NAME: str
    """Caption of the service name field."""
    SERVER: str
    """Caption of the server address field."""
    PORT: str
    """Caption of the port field."""
    ENCRYPTION: str
    """Caption of the secure connection field."""
    LINK: str
    """Caption of the web interface address field."""
    ICON: str
    """Caption of the logo field."""
    SORT: str
    """Caption of the sort index field."""
