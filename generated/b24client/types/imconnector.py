"""TypedDicts of ``b24client.types.imconnector``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "ImconnectorConnectorDataSetData",
    "ImconnectorDeleteMessagesMessages",
    "ImconnectorDeleteMessagesMessagesChat",
    "ImconnectorDeleteMessagesMessagesMessage",
    "ImconnectorDeleteMessagesMessagesUser",
    "ImconnectorRegisterIcon",
    "ImconnectorRegisterIconDisabled",
    "ImconnectorSendMessagesMessages",
    "ImconnectorSendMessagesMessagesChat",
    "ImconnectorSendMessagesMessagesMessage",
    "ImconnectorSendMessagesMessagesUser",
    "ImconnectorSendStatusDeliveryMessages",
    "ImconnectorSendStatusDeliveryMessagesChat",
    "ImconnectorSendStatusDeliveryMessagesIm",
    "ImconnectorSendStatusDeliveryMessagesMessage",
    "ImconnectorSendStatusReadingMessages",
    "ImconnectorSendStatusReadingMessagesChat",
    "ImconnectorSendStatusReadingMessagesIm",
    "ImconnectorSendStatusReadingMessagesMessage",
    "ImconnectorUpdateMessagesMessages",
    "ImconnectorUpdateMessagesMessagesChat",
    "ImconnectorUpdateMessagesMessagesMessage",
    "ImconnectorUpdateMessagesMessagesUser",
]


class ImconnectorConnectorDataSetData(TypedDict, total=False):
    """Keys of the ``DATA`` parameter of ``imconnector.connector.data.set``."""

    ID: str
    URL: str
    URL_IM: str
    NAME: str


class ImconnectorDeleteMessagesMessagesUser(TypedDict, total=False):
    """Keys of ``MESSAGES.user`` in ``imconnector.delete.messages``."""

    id: Required[str]


class ImconnectorDeleteMessagesMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.delete.messages``."""

    id: Required[str]


class ImconnectorDeleteMessagesMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.delete.messages``."""

    id: Required[str]


class ImconnectorDeleteMessagesMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.delete.messages``."""

    user: ImconnectorDeleteMessagesMessagesUser
    message: ImconnectorDeleteMessagesMessagesMessage
    chat: ImconnectorDeleteMessagesMessagesChat


class ImconnectorRegisterIcon(TypedDict, total=False):
    """Keys of the ``ICON`` parameter of ``imconnector.register``."""

    DATA_IMAGE: Required[str]
    COLOR: str
    SIZE: str
    POSITION: str


class ImconnectorRegisterIconDisabled(TypedDict, total=False):
    """Keys of the ``ICON_DISABLED`` parameter of ``imconnector.register``."""

    DATA_IMAGE: str
    COLOR: str
    SIZE: str
    POSITION: str


class ImconnectorSendMessagesMessagesUser(TypedDict, total=False):
    """Keys of ``MESSAGES.user`` in ``imconnector.send.messages``."""

    id: Required[str]
    last_name: str
    name: str
    picture: dict[str, Any]
    url: str
    gender: str
    email: str
    phone: str
    skip_phone_validate: str


class ImconnectorSendMessagesMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.send.messages``."""

    id: str
    date: int
    text: str
    files: Sequence[dict[str, Any]]
    disable_crm: str
    user_id: int


class ImconnectorSendMessagesMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.send.messages``."""

    id: Required[str]
    name: str
    url: str


class ImconnectorSendMessagesMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.send.messages``."""

    user: ImconnectorSendMessagesMessagesUser
    message: ImconnectorSendMessagesMessagesMessage
    chat: ImconnectorSendMessagesMessagesChat


class ImconnectorSendStatusDeliveryMessagesIm(TypedDict, total=False):
    """Keys of ``MESSAGES.im`` in ``imconnector.send.status.delivery``."""

    chat_id: int
    message_id: int


class ImconnectorSendStatusDeliveryMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.send.status.delivery``."""

    id: Sequence[str]
    date: int


class ImconnectorSendStatusDeliveryMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.send.status.delivery``."""

    id: str


class ImconnectorSendStatusDeliveryMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.send.status.delivery``."""

    im: ImconnectorSendStatusDeliveryMessagesIm
    message: ImconnectorSendStatusDeliveryMessagesMessage
    chat: ImconnectorSendStatusDeliveryMessagesChat


class ImconnectorSendStatusReadingMessagesIm(TypedDict, total=False):
    """Keys of ``MESSAGES.im`` in ``imconnector.send.status.reading``."""

    chat_id: int
    message_id: int


class ImconnectorSendStatusReadingMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.send.status.reading``."""

    id: Sequence[str]


class ImconnectorSendStatusReadingMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.send.status.reading``."""

    id: str


class ImconnectorSendStatusReadingMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.send.status.reading``."""

    im: ImconnectorSendStatusReadingMessagesIm
    message: ImconnectorSendStatusReadingMessagesMessage
    chat: ImconnectorSendStatusReadingMessagesChat


class ImconnectorUpdateMessagesMessagesUser(TypedDict, total=False):
    """Keys of ``MESSAGES.user`` in ``imconnector.update.messages``."""

    id: Required[str]
    last_name: str
    name: str
    picture: dict[str, Any]
    url: str
    gender: str
    email: str
    phone: str
    skip_phone_validate: str


class ImconnectorUpdateMessagesMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.update.messages``."""

    id: str
    date: int
    text: str
    files: Sequence[Any] | dict[str, Any]
    disable_crm: str
    user_id: int


class ImconnectorUpdateMessagesMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.update.messages``."""

    id: Required[str]
    name: str
    url: str


class ImconnectorUpdateMessagesMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.update.messages``."""

    user: ImconnectorUpdateMessagesMessagesUser
    message: ImconnectorUpdateMessagesMessagesMessage
    chat: ImconnectorUpdateMessagesMessagesChat
