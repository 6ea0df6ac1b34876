"""Methods under ``imbot.app``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from b24client._core.callsite import deprecated

_IMBOT_APP_REGISTER = MethodInfo(
    name="imbot.app.register", idempotent=False, returns="any", api=1
)
_IMBOT_APP_UNREGISTER = MethodInfo(
    name="imbot.app.unregister", idempotent=False, returns="any", api=1
)
_IMBOT_APP_UPDATE = MethodInfo(
    name="imbot.app.update", idempotent=False, returns="any", api=1
)


class ImbotApp(Namespace):
    """Methods under ``imbot.app``."""

    __slots__ = ()

    @deprecated("The REST method imbot.app.register is deprecated.")
    def register(
        self,
        *,
        bot_id: Any | NotGiven = NOT_GIVEN,
        code: Any | NotGiven = NOT_GIVEN,
        js_method: Any | NotGiven = NOT_GIVEN,
        js_param: Any | NotGiven = NOT_GIVEN,
        icon_file: Any | NotGiven = NOT_GIVEN,
        context: Any | NotGiven = NOT_GIVEN,
        extranet_support: Any | NotGiven = NOT_GIVEN,
        livechat_support: Any | NotGiven = NOT_GIVEN,
        iframe_popup: Any | NotGiven = NOT_GIVEN,
        lang: Any | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add a chat app (JS command button or iframe window) owned by a bot.

        Deprecated API for chat apps of the previous chat version.

        Deprecated.

        REST method: ``imbot.app.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-register.html

        Args:
            bot_id: ID of the bot that owns the app. Wire name: ``BOT_ID``.
            code: App code. Wire name: ``CODE``.
            js_method: What the app button does: "SEND" sends a command, "PUT" inserts it into the input field, "CALL" dials a number, "SUPPORT" opens a support bot. Wire name: ``JS_METHOD``.
            js_param: Command text (with parameters) used by JS_METHOD. Wire name: ``JS_PARAM``.
            icon_file: App icon as a base64 image. Wire name: ``ICON_FILE``.
            context: Where the app is available, such as "ALL", "USER", "CHAT", "BOT" or "LINES". Wire name: ``CONTEXT``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            livechat_support: \"Y" makes the app available in the live chat. Wire name: ``LIVECHAT_SUPPORT``.
            iframe_popup: \"Y" opens the iframe as a movable window that stays open when switching dialogs. Wire name: ``IFRAME_POPUP``.
            lang: Translations of the button title and description, at least for English. Wire name: ``LANG``.

        Returns:
            Any

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            result = client.imbot.app.register()
            result = await client.imbot.app.register()  # AsyncBitrix24
        """
        return self._backend._invoke(
            _IMBOT_APP_REGISTER,
            {
                "BOT_ID": bot_id,
                "CODE": code,
                "JS_METHOD": js_method,
                "JS_PARAM": js_param,
                "ICON_FILE": icon_file,
                "CONTEXT": context,
                "EXTRANET_SUPPORT": extranet_support,
                "LIVECHAT_SUPPORT": livechat_support,
                "IFRAME_POPUP": iframe_popup,
                "LANG": lang,
            },
        )

    @deprecated("The REST method imbot.app.unregister is deprecated.")
    def unregister(self, *, app_id: Any | NotGiven = NOT_GIVEN) -> Any:
        """Remove a chat app that a bot registered.

        Deprecated API for chat apps of the previous chat version.

        Deprecated.

        REST method: ``imbot.app.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-unregister.html

        Args:
            app_id: ID of the chat app. Wire name: ``APP_ID``.

        Returns:
            Any

        Example:
            result = client.imbot.app.unregister()
            result = await client.imbot.app.unregister()  # AsyncBitrix24
        """
        return self._backend._invoke(_IMBOT_APP_UNREGISTER, {"APP_ID": app_id})

    @deprecated("The REST method imbot.app.update is deprecated.")
    def update(
        self,
        *,
        app_id: Any,
        iframe: Any | NotGiven = NOT_GIVEN,
        iframe_width: Any | NotGiven = NOT_GIVEN,
        iframe_height: Any | NotGiven = NOT_GIVEN,
        js_method: Any | NotGiven = NOT_GIVEN,
        js_param: Any | NotGiven = NOT_GIVEN,
        hash: Any | NotGiven = NOT_GIVEN,
        icon_file: Any | NotGiven = NOT_GIVEN,
        context: Any | NotGiven = NOT_GIVEN,
        extranet_support: Any | NotGiven = NOT_GIVEN,
        livechat_support: Any | NotGiven = NOT_GIVEN,
        iframe_popup: Any | NotGiven = NOT_GIVEN,
        lang: Any | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the iframe, JS action, icon or texts of a registered chat app.

        Deprecated API for chat apps of the previous chat version. Only APP_ID is required; pass the fields to change.

        Deprecated.

        REST method: ``imbot.app.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-update.html

        Args:
            app_id: ID of the chat app. Wire name: ``APP_ID``.
            iframe: URL of the iframe page. Wire name: ``IFRAME``.
            iframe_width: Preferred iframe width in pixels (at least 250). Wire name: ``IFRAME_WIDTH``.
            iframe_height: Preferred iframe height in pixels (at least 50). Wire name: ``IFRAME_HEIGHT``.
            js_method: What the app button does: "SEND" sends a command, "PUT" inserts it into the input field, "CALL" dials a number, "SUPPORT" opens a support bot. Wire name: ``JS_METHOD``.
            js_param: Command text (with parameters) used by JS_METHOD. Wire name: ``JS_PARAM``.
            hash: 32-character token for checking the iframe request signature. Wire name: ``HASH``.
            icon_file: App icon as a base64 image. Wire name: ``ICON_FILE``.
            context: Where the app is available, such as "ALL", "USER", "CHAT", "BOT" or "LINES". Wire name: ``CONTEXT``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            livechat_support: \"Y" makes the app available in the live chat. Wire name: ``LIVECHAT_SUPPORT``.
            iframe_popup: \"Y" opens the iframe as a movable window that stays open when switching dialogs. Wire name: ``IFRAME_POPUP``.
            lang: Translations of the title and hints, one entry per language. Wire name: ``LANG``.

        Returns:
            Any

        Example:
            result = client.imbot.app.update(app_id="value")
            result = await client.imbot.app.update(app_id="value")  # AsyncBitrix24
        """
        return self._backend._invoke(
            _IMBOT_APP_UPDATE,
            {
                "APP_ID": app_id,
                "IFRAME": iframe,
                "IFRAME_WIDTH": iframe_width,
                "IFRAME_HEIGHT": iframe_height,
                "JS_METHOD": js_method,
                "JS_PARAM": js_param,
                "HASH": hash,
                "ICON_FILE": icon_file,
                "CONTEXT": context,
                "EXTRANET_SUPPORT": extranet_support,
                "LIVECHAT_SUPPORT": livechat_support,
                "IFRAME_POPUP": iframe_popup,
                "LANG": lang,
            },
        )


class AsyncImbotApp(Namespace):
    """Methods under ``imbot.app`` (async)."""

    __slots__ = ()

    @deprecated("The REST method imbot.app.register is deprecated.")
    async def register(
        self,
        *,
        bot_id: Any | NotGiven = NOT_GIVEN,
        code: Any | NotGiven = NOT_GIVEN,
        js_method: Any | NotGiven = NOT_GIVEN,
        js_param: Any | NotGiven = NOT_GIVEN,
        icon_file: Any | NotGiven = NOT_GIVEN,
        context: Any | NotGiven = NOT_GIVEN,
        extranet_support: Any | NotGiven = NOT_GIVEN,
        livechat_support: Any | NotGiven = NOT_GIVEN,
        iframe_popup: Any | NotGiven = NOT_GIVEN,
        lang: Any | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Add a chat app (JS command button or iframe window) owned by a bot.

        Deprecated API for chat apps of the previous chat version.

        Deprecated.

        REST method: ``imbot.app.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-register.html

        Args:
            bot_id: ID of the bot that owns the app. Wire name: ``BOT_ID``.
            code: App code. Wire name: ``CODE``.
            js_method: What the app button does: "SEND" sends a command, "PUT" inserts it into the input field, "CALL" dials a number, "SUPPORT" opens a support bot. Wire name: ``JS_METHOD``.
            js_param: Command text (with parameters) used by JS_METHOD. Wire name: ``JS_PARAM``.
            icon_file: App icon as a base64 image. Wire name: ``ICON_FILE``.
            context: Where the app is available, such as "ALL", "USER", "CHAT", "BOT" or "LINES". Wire name: ``CONTEXT``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            livechat_support: \"Y" makes the app available in the live chat. Wire name: ``LIVECHAT_SUPPORT``.
            iframe_popup: \"Y" opens the iframe as a movable window that stays open when switching dialogs. Wire name: ``IFRAME_POPUP``.
            lang: Translations of the button title and description, at least for English. Wire name: ``LANG``.

        Returns:
            Any

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            result = client.imbot.app.register()
            result = await client.imbot.app.register()  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _IMBOT_APP_REGISTER,
            {
                "BOT_ID": bot_id,
                "CODE": code,
                "JS_METHOD": js_method,
                "JS_PARAM": js_param,
                "ICON_FILE": icon_file,
                "CONTEXT": context,
                "EXTRANET_SUPPORT": extranet_support,
                "LIVECHAT_SUPPORT": livechat_support,
                "IFRAME_POPUP": iframe_popup,
                "LANG": lang,
            },
        )

    @deprecated("The REST method imbot.app.unregister is deprecated.")
    async def unregister(self, *, app_id: Any | NotGiven = NOT_GIVEN) -> Any:
        """Remove a chat app that a bot registered.

        Deprecated API for chat apps of the previous chat version.

        Deprecated.

        REST method: ``imbot.app.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-unregister.html

        Args:
            app_id: ID of the chat app. Wire name: ``APP_ID``.

        Returns:
            Any

        Example:
            result = client.imbot.app.unregister()
            result = await client.imbot.app.unregister()  # AsyncBitrix24
        """
        return await self._backend._invoke(_IMBOT_APP_UNREGISTER, {"APP_ID": app_id})

    @deprecated("The REST method imbot.app.update is deprecated.")
    async def update(
        self,
        *,
        app_id: Any,
        iframe: Any | NotGiven = NOT_GIVEN,
        iframe_width: Any | NotGiven = NOT_GIVEN,
        iframe_height: Any | NotGiven = NOT_GIVEN,
        js_method: Any | NotGiven = NOT_GIVEN,
        js_param: Any | NotGiven = NOT_GIVEN,
        hash: Any | NotGiven = NOT_GIVEN,
        icon_file: Any | NotGiven = NOT_GIVEN,
        context: Any | NotGiven = NOT_GIVEN,
        extranet_support: Any | NotGiven = NOT_GIVEN,
        livechat_support: Any | NotGiven = NOT_GIVEN,
        iframe_popup: Any | NotGiven = NOT_GIVEN,
        lang: Any | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Change the iframe, JS action, icon or texts of a registered chat app.

        Deprecated API for chat apps of the previous chat version. Only APP_ID is required; pass the fields to change.

        Deprecated.

        REST method: ``imbot.app.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-update.html

        Args:
            app_id: ID of the chat app. Wire name: ``APP_ID``.
            iframe: URL of the iframe page. Wire name: ``IFRAME``.
            iframe_width: Preferred iframe width in pixels (at least 250). Wire name: ``IFRAME_WIDTH``.
            iframe_height: Preferred iframe height in pixels (at least 50). Wire name: ``IFRAME_HEIGHT``.
            js_method: What the app button does: "SEND" sends a command, "PUT" inserts it into the input field, "CALL" dials a number, "SUPPORT" opens a support bot. Wire name: ``JS_METHOD``.
            js_param: Command text (with parameters) used by JS_METHOD. Wire name: ``JS_PARAM``.
            hash: 32-character token for checking the iframe request signature. Wire name: ``HASH``.
            icon_file: App icon as a base64 image. Wire name: ``ICON_FILE``.
            context: Where the app is available, such as "ALL", "USER", "CHAT", "BOT" or "LINES". Wire name: ``CONTEXT``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            livechat_support: \"Y" makes the app available in the live chat. Wire name: ``LIVECHAT_SUPPORT``.
            iframe_popup: \"Y" opens the iframe as a movable window that stays open when switching dialogs. Wire name: ``IFRAME_POPUP``.
            lang: Translations of the title and hints, one entry per language. Wire name: ``LANG``.

        Returns:
            Any

        Example:
            result = client.imbot.app.update(app_id="value")
            result = await client.imbot.app.update(app_id="value")  # AsyncBitrix24
        """
        return await self._backend._invoke(
            _IMBOT_APP_UPDATE,
            {
                "APP_ID": app_id,
                "IFRAME": iframe,
                "IFRAME_WIDTH": iframe_width,
                "IFRAME_HEIGHT": iframe_height,
                "JS_METHOD": js_method,
                "JS_PARAM": js_param,
                "HASH": hash,
                "ICON_FILE": icon_file,
                "CONTEXT": context,
                "EXTRANET_SUPPORT": extranet_support,
                "LIVECHAT_SUPPORT": livechat_support,
                "IFRAME_POPUP": iframe_popup,
                "LANG": lang,
            },
        )


class BatchImbotApp(Namespace):
    """Methods under ``imbot.app`` (queued into a batch)."""

    __slots__ = ()

    @deprecated("The REST method imbot.app.register is deprecated.")
    def register(
        self,
        *,
        bot_id: Any | Ref | NotGiven = NOT_GIVEN,
        code: Any | Ref | NotGiven = NOT_GIVEN,
        js_method: Any | Ref | NotGiven = NOT_GIVEN,
        js_param: Any | Ref | NotGiven = NOT_GIVEN,
        icon_file: Any | Ref | NotGiven = NOT_GIVEN,
        context: Any | Ref | NotGiven = NOT_GIVEN,
        extranet_support: Any | Ref | NotGiven = NOT_GIVEN,
        livechat_support: Any | Ref | NotGiven = NOT_GIVEN,
        iframe_popup: Any | Ref | NotGiven = NOT_GIVEN,
        lang: Any | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Add a chat app (JS command button or iframe window) owned by a bot.

        Deprecated API for chat apps of the previous chat version.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.app.register``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-register.html

        Args:
            bot_id: ID of the bot that owns the app. Wire name: ``BOT_ID``.
            code: App code. Wire name: ``CODE``.
            js_method: What the app button does: "SEND" sends a command, "PUT" inserts it into the input field, "CALL" dials a number, "SUPPORT" opens a support bot. Wire name: ``JS_METHOD``.
            js_param: Command text (with parameters) used by JS_METHOD. Wire name: ``JS_PARAM``.
            icon_file: App icon as a base64 image. Wire name: ``ICON_FILE``.
            context: Where the app is available, such as "ALL", "USER", "CHAT", "BOT" or "LINES". Wire name: ``CONTEXT``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            livechat_support: \"Y" makes the app available in the live chat. Wire name: ``LIVECHAT_SUPPORT``.
            iframe_popup: \"Y" opens the iframe as a movable window that stays open when switching dialogs. Wire name: ``IFRAME_POPUP``.
            lang: Translations of the button title and description, at least for English. Wire name: ``LANG``.

        Returns:
            BatchCommand[Any]

        Raises:
            BadRequestError: the portal answers ``PARAMS_ERROR``.

        Example:
            command = batch.imbot.app.register()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _IMBOT_APP_REGISTER,
                {
                    "BOT_ID": bot_id,
                    "CODE": code,
                    "JS_METHOD": js_method,
                    "JS_PARAM": js_param,
                    "ICON_FILE": icon_file,
                    "CONTEXT": context,
                    "EXTRANET_SUPPORT": extranet_support,
                    "LIVECHAT_SUPPORT": livechat_support,
                    "IFRAME_POPUP": iframe_popup,
                    "LANG": lang,
                },
            ),
        )

    @deprecated("The REST method imbot.app.unregister is deprecated.")
    def unregister(
        self, *, app_id: Any | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[Any]:
        """Remove a chat app that a bot registered.

        Deprecated API for chat apps of the previous chat version.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.app.unregister``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-unregister.html

        Args:
            app_id: ID of the chat app. Wire name: ``APP_ID``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.imbot.app.unregister()
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(_IMBOT_APP_UNREGISTER, {"APP_ID": app_id}),
        )

    @deprecated("The REST method imbot.app.update is deprecated.")
    def update(
        self,
        *,
        app_id: Any | Ref,
        iframe: Any | Ref | NotGiven = NOT_GIVEN,
        iframe_width: Any | Ref | NotGiven = NOT_GIVEN,
        iframe_height: Any | Ref | NotGiven = NOT_GIVEN,
        js_method: Any | Ref | NotGiven = NOT_GIVEN,
        js_param: Any | Ref | NotGiven = NOT_GIVEN,
        hash: Any | Ref | NotGiven = NOT_GIVEN,
        icon_file: Any | Ref | NotGiven = NOT_GIVEN,
        context: Any | Ref | NotGiven = NOT_GIVEN,
        extranet_support: Any | Ref | NotGiven = NOT_GIVEN,
        livechat_support: Any | Ref | NotGiven = NOT_GIVEN,
        iframe_popup: Any | Ref | NotGiven = NOT_GIVEN,
        lang: Any | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[Any]:
        """Change the iframe, JS action, icon or texts of a registered chat app.

        Deprecated API for chat apps of the previous chat version. Only APP_ID is required; pass the fields to change.

        Deprecated.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``imbot.app.update``
        Docs: https://apidocs.bitrix24.com/api-reference/chats/outdated/create-app/imbot-app-update.html

        Args:
            app_id: ID of the chat app. Wire name: ``APP_ID``.
            iframe: URL of the iframe page. Wire name: ``IFRAME``.
            iframe_width: Preferred iframe width in pixels (at least 250). Wire name: ``IFRAME_WIDTH``.
            iframe_height: Preferred iframe height in pixels (at least 50). Wire name: ``IFRAME_HEIGHT``.
            js_method: What the app button does: "SEND" sends a command, "PUT" inserts it into the input field, "CALL" dials a number, "SUPPORT" opens a support bot. Wire name: ``JS_METHOD``.
            js_param: Command text (with parameters) used by JS_METHOD. Wire name: ``JS_PARAM``.
            hash: 32-character token for checking the iframe request signature. Wire name: ``HASH``.
            icon_file: App icon as a base64 image. Wire name: ``ICON_FILE``.
            context: Where the app is available, such as "ALL", "USER", "CHAT", "BOT" or "LINES". Wire name: ``CONTEXT``.
            extranet_support: \"Y" makes it available to extranet users; default "N". Wire name: ``EXTRANET_SUPPORT``.
            livechat_support: \"Y" makes the app available in the live chat. Wire name: ``LIVECHAT_SUPPORT``.
            iframe_popup: \"Y" opens the iframe as a movable window that stays open when switching dialogs. Wire name: ``IFRAME_POPUP``.
            lang: Translations of the title and hints, one entry per language. Wire name: ``LANG``.

        Returns:
            BatchCommand[Any]

        Example:
            command = batch.imbot.app.update(app_id="value")
        """
        return cast(
            "BatchCommand[Any]",
            self._backend._invoke(
                _IMBOT_APP_UPDATE,
                {
                    "APP_ID": app_id,
                    "IFRAME": iframe,
                    "IFRAME_WIDTH": iframe_width,
                    "IFRAME_HEIGHT": iframe_height,
                    "JS_METHOD": js_method,
                    "JS_PARAM": js_param,
                    "HASH": hash,
                    "ICON_FILE": icon_file,
                    "CONTEXT": context,
                    "EXTRANET_SUPPORT": extranet_support,
                    "LIVECHAT_SUPPORT": livechat_support,
                    "IFRAME_POPUP": iframe_popup,
                    "LANG": lang,
                },
            ),
        )
