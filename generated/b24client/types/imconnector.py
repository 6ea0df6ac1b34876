"""TypedDicts of ``b24client.types.imconnector``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "Imconnector",
    "ImconnectorChatNameSetResult",
    "ImconnectorChatNameSetResultData",
    "ImconnectorConnectorDataSetData",
    "ImconnectorDeleteMessagesMessages",
    "ImconnectorDeleteMessagesMessagesChat",
    "ImconnectorDeleteMessagesMessagesMessage",
    "ImconnectorDeleteMessagesMessagesUser",
    "ImconnectorDeleteMessagesResult",
    "ImconnectorDeleteMessagesResultData",
    "ImconnectorRegisterIcon",
    "ImconnectorRegisterIconDisabled",
    "ImconnectorRegisterResult",
    "ImconnectorSendMessagesMessages",
    "ImconnectorSendMessagesMessagesChat",
    "ImconnectorSendMessagesMessagesMessage",
    "ImconnectorSendMessagesMessagesUser",
    "ImconnectorSendMessagesResult",
    "ImconnectorSendMessagesResultData",
    "ImconnectorSendStatusDeliveryMessages",
    "ImconnectorSendStatusDeliveryMessagesChat",
    "ImconnectorSendStatusDeliveryMessagesIm",
    "ImconnectorSendStatusDeliveryMessagesMessage",
    "ImconnectorSendStatusDeliveryResult",
    "ImconnectorSendStatusReadingMessages",
    "ImconnectorSendStatusReadingMessagesChat",
    "ImconnectorSendStatusReadingMessagesIm",
    "ImconnectorSendStatusReadingMessagesMessage",
    "ImconnectorSendStatusReadingResult",
    "ImconnectorStatusResult",
    "ImconnectorUnregisterResult",
    "ImconnectorUpdateMessagesMessages",
    "ImconnectorUpdateMessagesMessagesChat",
    "ImconnectorUpdateMessagesMessagesMessage",
    "ImconnectorUpdateMessagesMessagesUser",
    "ImconnectorUpdateMessagesResult",
    "ImconnectorUpdateMessagesResultData",
]


class Imconnector(TypedDict, total=False):
    """Imconnector, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-list.html
    """

    livechat: str
    telegrambot: str
    network: str
    myconnector: str


class ImconnectorChatNameSetResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.chat.name.set``."""

    RESULT: dict[str, Any]


class ImconnectorChatNameSetResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.chat.name.set``."""

    SUCCESS: bool
    DATA: ImconnectorChatNameSetResultData


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


class ImconnectorDeleteMessagesResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.delete.messages``."""

    RESULT: list[Any]


class ImconnectorDeleteMessagesResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.delete.messages``."""

    SUCCESS: bool
    DATA: ImconnectorDeleteMessagesResultData


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


class ImconnectorRegisterResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.register``."""

    result: bool
    error: str
    error_description: str


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
    skip_phone_validate: Literal["Y", "N"]


class ImconnectorSendMessagesMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.send.messages``."""

    id: str
    date: int
    text: str
    files: Sequence[dict[str, Any]]
    disable_crm: Literal["Y", "N"]
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


class ImconnectorSendMessagesResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.send.messages``."""

    RESULT: list[Any]


class ImconnectorSendMessagesResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.send.messages``."""

    SUCCESS: bool
    DATA: ImconnectorSendMessagesResultData


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


class ImconnectorSendStatusDeliveryResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.send.status.delivery``."""

    SUCCESS: bool
    DATA: list[Any]


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


class ImconnectorSendStatusReadingResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.send.status.reading``."""

    SUCCESS: bool
    DATA: list[Any]


class ImconnectorStatusResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.status``."""

    LINE: int
    CONNECTOR: str
    ERROR: bool
    CONFIGURED: bool
    STATUS: bool


class ImconnectorUnregisterResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.unregister``."""

    result: bool
    error: str
    error_description: str


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


class ImconnectorUpdateMessagesResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.update.messages``."""

    RESULT: list[Any]


class ImconnectorUpdateMessagesResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.update.messages``."""

    SUCCESS: bool
    DATA: ImconnectorUpdateMessagesResultData
