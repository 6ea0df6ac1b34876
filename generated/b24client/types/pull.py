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
    server_enabled: bool
    mode: str
    hostname: str
    long_polling: str
    long_pooling_secure: str
    websocket_enabled: bool
    websocket: str
    websocket_secure: str
    publish_enabled: bool
    publish: str
    publish_secure: str
    config_timestamp: int


class PullApplicationConfigApi(TypedDict, total=False):
    """Keys of ``api`` in ``PullApplicationConfig``."""

    revision_web: int
    revision_mobile: int


class PullApplicationConfigChannelsShared(TypedDict, total=False):
    """Keys of ``channels.shared`` in ``PullApplicationConfig``."""

    id: str
    start: str
    end: str
    type: str


class PullApplicationConfigChannelsPrivate(TypedDict, total=False):
    """Keys of ``channels.private`` in ``PullApplicationConfig``."""

    id: str
    public_id: str
    start: str
    end: str
    type: str


class PullApplicationConfigChannels(TypedDict, total=False):
    """Keys of ``channels`` in ``PullApplicationConfig``."""

    id: str
    public_id: str
    start: str
    end: str
    type: str
    shared: PullApplicationConfigChannelsShared
    private: PullApplicationConfigChannelsPrivate


class PullApplicationConfigPublicChannelsUserId(TypedDict, total=False):
    """Keys of ``publicChannels.<user_id>`` in ``PullApplicationConfig``."""

    user_id: int
    public_id: str
    signature: str
    start: str
    end: str


PullApplicationConfigPublicChannels = TypedDict(
    "PullApplicationConfigPublicChannels",
    {
        "<user_id>": PullApplicationConfigPublicChannelsUserId,
    },
    total=False,
)


class PullApplicationConfig(TypedDict, total=False):
    """Pull application config, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/settings/interactivity/push-and-pull/pull-application-config-get.html
    """

    server: PullApplicationConfigServer
    api: PullApplicationConfigApi
    channels: PullApplicationConfigChannels
    exp: int
    publicChannels: PullApplicationConfigPublicChannels
    clientId: str
    jwt: str
