"""REST 3.0 methods: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.v3.call import AsyncV3Call, V3Call
    from b24client._api.v3.humanresources import AsyncV3Humanresources, V3Humanresources
    from b24client._api.v3.mail import AsyncV3Mail, V3Mail
    from b24client._api.v3.main import AsyncV3Main, V3Main
    from b24client._api.v3.note import AsyncV3Note, V3Note
    from b24client._api.v3.tasks import AsyncV3Tasks, V3Tasks
    from b24client._api.v3.timeman import AsyncV3Timeman, V3Timeman


class V3(Namespace):
    """REST 3.0 methods."""

    __slots__ = ()

    @property
    def call(self) -> V3Call:
        """REST 3.0 methods under ``call``."""
        from b24client._api.v3.call import V3Call

        return V3Call(self._backend)

    @property
    def humanresources(self) -> V3Humanresources:
        """REST 3.0 methods under ``humanresources``."""
        from b24client._api.v3.humanresources import V3Humanresources

        return V3Humanresources(self._backend)

    @property
    def mail(self) -> V3Mail:
        """REST 3.0 methods under ``mail``."""
        from b24client._api.v3.mail import V3Mail

        return V3Mail(self._backend)

    @property
    def main(self) -> V3Main:
        """REST 3.0 methods under ``main``."""
        from b24client._api.v3.main import V3Main

        return V3Main(self._backend)

    @property
    def note(self) -> V3Note:
        """REST 3.0 methods under ``note``."""
        from b24client._api.v3.note import V3Note

        return V3Note(self._backend)

    @property
    def tasks(self) -> V3Tasks:
        """REST 3.0 methods under ``tasks``."""
        from b24client._api.v3.tasks import V3Tasks

        return V3Tasks(self._backend)

    @property
    def timeman(self) -> V3Timeman:
        """REST 3.0 methods under ``timeman``."""
        from b24client._api.v3.timeman import V3Timeman

        return V3Timeman(self._backend)


class AsyncV3(Namespace):
    """REST 3.0 methods (async)."""

    __slots__ = ()

    @property
    def call(self) -> AsyncV3Call:
        """REST 3.0 methods under ``call``."""
        from b24client._api.v3.call import AsyncV3Call

        return AsyncV3Call(self._backend)

    @property
    def humanresources(self) -> AsyncV3Humanresources:
        """REST 3.0 methods under ``humanresources``."""
        from b24client._api.v3.humanresources import AsyncV3Humanresources

        return AsyncV3Humanresources(self._backend)

    @property
    def mail(self) -> AsyncV3Mail:
        """REST 3.0 methods under ``mail``."""
        from b24client._api.v3.mail import AsyncV3Mail

        return AsyncV3Mail(self._backend)

    @property
    def main(self) -> AsyncV3Main:
        """REST 3.0 methods under ``main``."""
        from b24client._api.v3.main import AsyncV3Main

        return AsyncV3Main(self._backend)

    @property
    def note(self) -> AsyncV3Note:
        """REST 3.0 methods under ``note``."""
        from b24client._api.v3.note import AsyncV3Note

        return AsyncV3Note(self._backend)

    @property
    def tasks(self) -> AsyncV3Tasks:
        """REST 3.0 methods under ``tasks``."""
        from b24client._api.v3.tasks import AsyncV3Tasks

        return AsyncV3Tasks(self._backend)

    @property
    def timeman(self) -> AsyncV3Timeman:
        """REST 3.0 methods under ``timeman``."""
        from b24client._api.v3.timeman import AsyncV3Timeman

        return AsyncV3Timeman(self._backend)
