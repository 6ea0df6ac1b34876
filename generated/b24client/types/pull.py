"""TypedDicts of ``b24client.types.pull``: generated from spec/ by ``python -m generator``; do not edit."""

from typing import TypedDict

__all__ = [
    "PullApplicationConfig",
    "PullApplicationConfigApi",
    "PullApplicationConfigChannels",
    "PullApplicationConfigChannelsPrivate",
    "PullApplicationConfigChannelsShared",
    "PullApplicationConfigPublicChannels",
    "PullApplicationConfigPublicChannelsUserId",
    "PullApplicationConfigServer",
]


class PullApplicationConfigServer(TypedDict, total=False):
    """Keys of ``server`` in ``PullApplicationConfig``."""

    version: int
    """Push&Pull server version."""
    server_enabled: bool
    """Whether the server is available."""
    mode: str
    """\"personal" own Push&Pull server or "shared" common server."""
    hostname: str
    """Portal host."""
    long_polling: str
    """Long polling URL."""
    long_pooling_secure: str
    """Long polling URL over a secure connection."""
    websocket_enabled: bool
    """Whether WebSocket is available."""
    websocket: str
    """WebSocket URL."""
    websocket_secure: str
    """WebSocket URL over a secure connection."""
    publish_enabled: bool
    """Whether the publish API is available."""
    publish: str
    """Publish API URL."""
    publish_secure: str
    """Publish API URL over a secure connection."""
    config_timestamp: int
    """Version stamp of the configuration."""


class PullApplicationConfigApi(TypedDict, total=False):
    """Keys of ``api`` in ``PullApplicationConfig``."""

    revision_web: int
    """Web API version."""
    revision_mobile: int
    """Mobile API version."""


class PullApplicationConfigChannelsShared(TypedDict, total=False):
    """Keys of ``channels.shared`` in ``PullApplicationConfig``."""

    id: str
    """ID of the channel."""
    start: str
    """Start of the channel validity."""
    end: str
    """End of the channel validity."""
    type: str
    """\"shared" or "private"."""


class PullApplicationConfigChannelsPrivate(TypedDict, total=False):
    """Keys of ``channels.private`` in ``PullApplicationConfig``."""

    id: str
    """ID of the channel."""
    public_id: str
    """Public ID of the channel; may be absent for the shared channel."""
    start: str
    """Start of the channel validity."""
    end: str
    """End of the channel validity."""
    type: str
    """\"shared" or "private"."""


class PullApplicationConfigChannels(TypedDict, total=False):
    """Keys of ``channels`` in ``PullApplicationConfig``."""

    id: str
    """ID of the channel."""
    public_id: str
    """Public ID of the channel; may be absent for the shared channel."""
    start: str
    """Start of the channel validity."""
    end: str
    """End of the channel validity."""
    type: str
    """\"shared" or "private"."""
    shared: PullApplicationConfigChannelsShared
    """Shared channel."""
    private: PullApplicationConfigChannelsPrivate
    """Private channel."""


class PullApplicationConfigPublicChannelsUserId(TypedDict, total=False):
    """Keys of ``publicChannels.<user_id>`` in ``PullApplicationConfig``."""

    user_id: int
    """ID of the user."""
    public_id: str
    """Public ID of the channel."""
    signature: str
    """Channel signature."""
    start: str
    """Start of the channel validity."""
    end: str
    """End of the channel validity."""


PullApplicationConfigPublicChannels = TypedDict(
    "PullApplicationConfigPublicChannels",
    {
        "<user_id>": PullApplicationConfigPublicChannelsUserId,
    },
    total=False,
)


class PullApplicationConfig(TypedDict, total=False):
    """Push&Pull connection settings for the application's real-time channels.

    Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-config-get.html
    """

    server: PullApplicationConfigServer
    """Push&Pull server settings."""
    api: PullApplicationConfigApi
    """Push&Pull API versions."""
    channels: PullApplicationConfigChannels
    """Channels of the application: shared and private."""
    exp: int
    """Expiry time of the configuration, Unix timestamp."""
    publicChannels: PullApplicationConfigPublicChannels
    """Public channels of users, keyed by user ID."""
    clientId: str
    """Public client ID; returned in shared server mode."""
    jwt: str
    """JWT for connecting; returned when the server issues JWTs."""
