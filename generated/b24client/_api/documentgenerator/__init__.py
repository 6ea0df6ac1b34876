"""Methods under ``documentgenerator``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.documentgenerator.document import (
        AsyncDocumentgeneratorDocument,
        BatchDocumentgeneratorDocument,
        DocumentgeneratorDocument,
    )
    from b24client._api.documentgenerator.numerator import (
        AsyncDocumentgeneratorNumerator,
        BatchDocumentgeneratorNumerator,
        DocumentgeneratorNumerator,
    )
    from b24client._api.documentgenerator.region import (
        AsyncDocumentgeneratorRegion,
        BatchDocumentgeneratorRegion,
        DocumentgeneratorRegion,
    )
    from b24client._api.documentgenerator.role import (
        AsyncDocumentgeneratorRole,
        BatchDocumentgeneratorRole,
        DocumentgeneratorRole,
    )
    from b24client._api.documentgenerator.template import (
        AsyncDocumentgeneratorTemplate,
        BatchDocumentgeneratorTemplate,
        DocumentgeneratorTemplate,
    )


class Documentgenerator(Namespace):
    """Methods under ``documentgenerator``."""

    __slots__ = ()

    @property
    def document(self) -> DocumentgeneratorDocument:
        """Methods under ``documentgenerator.document``."""
        from b24client._api.documentgenerator.document import DocumentgeneratorDocument

        return DocumentgeneratorDocument(self._backend)

    @property
    def numerator(self) -> DocumentgeneratorNumerator:
        """Methods under ``documentgenerator.numerator``."""
        from b24client._api.documentgenerator.numerator import (
            DocumentgeneratorNumerator,
        )

        return DocumentgeneratorNumerator(self._backend)

    @property
    def region(self) -> DocumentgeneratorRegion:
        """Methods under ``documentgenerator.region``."""
        from b24client._api.documentgenerator.region import DocumentgeneratorRegion

        return DocumentgeneratorRegion(self._backend)

    @property
    def role(self) -> DocumentgeneratorRole:
        """Methods under ``documentgenerator.role``."""
        from b24client._api.documentgenerator.role import DocumentgeneratorRole

        return DocumentgeneratorRole(self._backend)

    @property
    def template(self) -> DocumentgeneratorTemplate:
        """Methods under ``documentgenerator.template``."""
        from b24client._api.documentgenerator.template import DocumentgeneratorTemplate

        return DocumentgeneratorTemplate(self._backend)


class AsyncDocumentgenerator(Namespace):
    """Methods under ``documentgenerator`` (async)."""

    __slots__ = ()

    @property
    def document(self) -> AsyncDocumentgeneratorDocument:
        """Methods under ``documentgenerator.document``."""
        from b24client._api.documentgenerator.document import (
            AsyncDocumentgeneratorDocument,
        )

        return AsyncDocumentgeneratorDocument(self._backend)

    @property
    def numerator(self) -> AsyncDocumentgeneratorNumerator:
        """Methods under ``documentgenerator.numerator``."""
        from b24client._api.documentgenerator.numerator import (
            AsyncDocumentgeneratorNumerator,
        )

        return AsyncDocumentgeneratorNumerator(self._backend)

    @property
    def region(self) -> AsyncDocumentgeneratorRegion:
        """Methods under ``documentgenerator.region``."""
        from b24client._api.documentgenerator.region import AsyncDocumentgeneratorRegion

        return AsyncDocumentgeneratorRegion(self._backend)

    @property
    def role(self) -> AsyncDocumentgeneratorRole:
        """Methods under ``documentgenerator.role``."""
        from b24client._api.documentgenerator.role import AsyncDocumentgeneratorRole

        return AsyncDocumentgeneratorRole(self._backend)

    @property
    def template(self) -> AsyncDocumentgeneratorTemplate:
        """Methods under ``documentgenerator.template``."""
        from b24client._api.documentgenerator.template import (
            AsyncDocumentgeneratorTemplate,
        )

        return AsyncDocumentgeneratorTemplate(self._backend)


class BatchDocumentgenerator(Namespace):
    """Methods under ``documentgenerator`` (queued into a batch)."""

    __slots__ = ()

    @property
    def document(self) -> BatchDocumentgeneratorDocument:
        """Methods under ``documentgenerator.document``."""
        from b24client._api.documentgenerator.document import (
            BatchDocumentgeneratorDocument,
        )

        return BatchDocumentgeneratorDocument(self._backend)

    @property
    def numerator(self) -> BatchDocumentgeneratorNumerator:
        """Methods under ``documentgenerator.numerator``."""
        from b24client._api.documentgenerator.numerator import (
            BatchDocumentgeneratorNumerator,
        )

        return BatchDocumentgeneratorNumerator(self._backend)

    @property
    def region(self) -> BatchDocumentgeneratorRegion:
        """Methods under ``documentgenerator.region``."""
        from b24client._api.documentgenerator.region import BatchDocumentgeneratorRegion

        return BatchDocumentgeneratorRegion(self._backend)

    @property
    def role(self) -> BatchDocumentgeneratorRole:
        """Methods under ``documentgenerator.role``."""
        from b24client._api.documentgenerator.role import BatchDocumentgeneratorRole

        return BatchDocumentgeneratorRole(self._backend)

    @property
    def template(self) -> BatchDocumentgeneratorTemplate:
        """Methods under ``documentgenerator.template``."""
        from b24client._api.documentgenerator.template import (
            BatchDocumentgeneratorTemplate,
        )

        return BatchDocumentgeneratorTemplate(self._backend)
