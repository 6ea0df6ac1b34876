"""Methods under ``catalog``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.catalog.catalog import (
        AsyncCatalogCatalog,
        BatchCatalogCatalog,
        CatalogCatalog,
    )
    from b24client._api.catalog.document import (
        AsyncCatalogDocument,
        BatchCatalogDocument,
        CatalogDocument,
    )
    from b24client._api.catalog.documentcontractor import (
        AsyncCatalogDocumentcontractor,
        BatchCatalogDocumentcontractor,
        CatalogDocumentcontractor,
    )
    from b24client._api.catalog.enum import (
        AsyncCatalogEnum,
        BatchCatalogEnum,
        CatalogEnum,
    )
    from b24client._api.catalog.extra import (
        AsyncCatalogExtra,
        BatchCatalogExtra,
        CatalogExtra,
    )
    from b24client._api.catalog.measure import (
        AsyncCatalogMeasure,
        BatchCatalogMeasure,
        CatalogMeasure,
    )
    from b24client._api.catalog.price import (
        AsyncCatalogPrice,
        BatchCatalogPrice,
        CatalogPrice,
    )
    from b24client._api.catalog.price_type import (
        AsyncCatalogPriceType,
        BatchCatalogPriceType,
        CatalogPriceType,
    )
    from b24client._api.catalog.price_type_group import (
        AsyncCatalogPriceTypeGroup,
        BatchCatalogPriceTypeGroup,
        CatalogPriceTypeGroup,
    )
    from b24client._api.catalog.price_type_lang import (
        AsyncCatalogPriceTypeLang,
        BatchCatalogPriceTypeLang,
        CatalogPriceTypeLang,
    )
    from b24client._api.catalog.product import (
        AsyncCatalogProduct,
        BatchCatalogProduct,
        CatalogProduct,
    )
    from b24client._api.catalog.product_image import (
        AsyncCatalogProductImage,
        BatchCatalogProductImage,
        CatalogProductImage,
    )
    from b24client._api.catalog.product_property import (
        AsyncCatalogProductProperty,
        BatchCatalogProductProperty,
        CatalogProductProperty,
    )
    from b24client._api.catalog.product_property_enum import (
        AsyncCatalogProductPropertyEnum,
        BatchCatalogProductPropertyEnum,
        CatalogProductPropertyEnum,
    )
    from b24client._api.catalog.product_property_feature import (
        AsyncCatalogProductPropertyFeature,
        BatchCatalogProductPropertyFeature,
        CatalogProductPropertyFeature,
    )
    from b24client._api.catalog.product_property_section import (
        AsyncCatalogProductPropertySection,
        BatchCatalogProductPropertySection,
        CatalogProductPropertySection,
    )
    from b24client._api.catalog.ratio import (
        AsyncCatalogRatio,
        BatchCatalogRatio,
        CatalogRatio,
    )
    from b24client._api.catalog.rounding_rule import (
        AsyncCatalogRoundingRule,
        BatchCatalogRoundingRule,
        CatalogRoundingRule,
    )
    from b24client._api.catalog.section import (
        AsyncCatalogSection,
        BatchCatalogSection,
        CatalogSection,
    )
    from b24client._api.catalog.store import (
        AsyncCatalogStore,
        BatchCatalogStore,
        CatalogStore,
    )
    from b24client._api.catalog.storeproduct import (
        AsyncCatalogStoreproduct,
        BatchCatalogStoreproduct,
        CatalogStoreproduct,
    )
    from b24client._api.catalog.userfield import (
        AsyncCatalogUserfield,
        BatchCatalogUserfield,
        CatalogUserfield,
    )
    from b24client._api.catalog.vat import AsyncCatalogVat, BatchCatalogVat, CatalogVat


class Catalog(Namespace):
    """Methods under ``catalog``."""

    __slots__ = ()

    @property
    def catalog(self) -> CatalogCatalog:
        """Methods under ``catalog.catalog``."""
        from b24client._api.catalog.catalog import CatalogCatalog

        return CatalogCatalog(self._backend)

    @property
    def document(self) -> CatalogDocument:
        """Methods under ``catalog.document``."""
        from b24client._api.catalog.document import CatalogDocument

        return CatalogDocument(self._backend)

    @property
    def documentcontractor(self) -> CatalogDocumentcontractor:
        """Methods under ``catalog.documentcontractor``."""
        from b24client._api.catalog.documentcontractor import CatalogDocumentcontractor

        return CatalogDocumentcontractor(self._backend)

    @property
    def enum(self) -> CatalogEnum:
        """Methods under ``catalog.enum``."""
        from b24client._api.catalog.enum import CatalogEnum

        return CatalogEnum(self._backend)

    @property
    def extra(self) -> CatalogExtra:
        """Methods under ``catalog.extra``."""
        from b24client._api.catalog.extra import CatalogExtra

        return CatalogExtra(self._backend)

    @property
    def measure(self) -> CatalogMeasure:
        """Methods under ``catalog.measure``."""
        from b24client._api.catalog.measure import CatalogMeasure

        return CatalogMeasure(self._backend)

    @property
    def price(self) -> CatalogPrice:
        """Methods under ``catalog.price``."""
        from b24client._api.catalog.price import CatalogPrice

        return CatalogPrice(self._backend)

    @property
    def price_type(self) -> CatalogPriceType:
        """Methods under ``catalog.priceType``."""
        from b24client._api.catalog.price_type import CatalogPriceType

        return CatalogPriceType(self._backend)

    @property
    def price_type_group(self) -> CatalogPriceTypeGroup:
        """Methods under ``catalog.priceTypeGroup``."""
        from b24client._api.catalog.price_type_group import CatalogPriceTypeGroup

        return CatalogPriceTypeGroup(self._backend)

    @property
    def price_type_lang(self) -> CatalogPriceTypeLang:
        """Methods under ``catalog.priceTypeLang``."""
        from b24client._api.catalog.price_type_lang import CatalogPriceTypeLang

        return CatalogPriceTypeLang(self._backend)

    @property
    def product(self) -> CatalogProduct:
        """Methods under ``catalog.product``."""
        from b24client._api.catalog.product import CatalogProduct

        return CatalogProduct(self._backend)

    @property
    def product_image(self) -> CatalogProductImage:
        """Methods under ``catalog.productImage``."""
        from b24client._api.catalog.product_image import CatalogProductImage

        return CatalogProductImage(self._backend)

    @property
    def product_property(self) -> CatalogProductProperty:
        """Methods under ``catalog.productProperty``."""
        from b24client._api.catalog.product_property import CatalogProductProperty

        return CatalogProductProperty(self._backend)

    @property
    def product_property_enum(self) -> CatalogProductPropertyEnum:
        """Methods under ``catalog.productPropertyEnum``."""
        from b24client._api.catalog.product_property_enum import (
            CatalogProductPropertyEnum,
        )

        return CatalogProductPropertyEnum(self._backend)

    @property
    def product_property_feature(self) -> CatalogProductPropertyFeature:
        """Methods under ``catalog.productPropertyFeature``."""
        from b24client._api.catalog.product_property_feature import (
            CatalogProductPropertyFeature,
        )

        return CatalogProductPropertyFeature(self._backend)

    @property
    def product_property_section(self) -> CatalogProductPropertySection:
        """Methods under ``catalog.productPropertySection``."""
        from b24client._api.catalog.product_property_section import (
            CatalogProductPropertySection,
        )

        return CatalogProductPropertySection(self._backend)

    @property
    def ratio(self) -> CatalogRatio:
        """Methods under ``catalog.ratio``."""
        from b24client._api.catalog.ratio import CatalogRatio

        return CatalogRatio(self._backend)

    @property
    def rounding_rule(self) -> CatalogRoundingRule:
        """Methods under ``catalog.roundingRule``."""
        from b24client._api.catalog.rounding_rule import CatalogRoundingRule

        return CatalogRoundingRule(self._backend)

    @property
    def section(self) -> CatalogSection:
        """Methods under ``catalog.section``."""
        from b24client._api.catalog.section import CatalogSection

        return CatalogSection(self._backend)

    @property
    def store(self) -> CatalogStore:
        """Methods under ``catalog.store``."""
        from b24client._api.catalog.store import CatalogStore

        return CatalogStore(self._backend)

    @property
    def storeproduct(self) -> CatalogStoreproduct:
        """Methods under ``catalog.storeproduct``."""
        from b24client._api.catalog.storeproduct import CatalogStoreproduct

        return CatalogStoreproduct(self._backend)

    @property
    def userfield(self) -> CatalogUserfield:
        """Methods under ``catalog.userfield``."""
        from b24client._api.catalog.userfield import CatalogUserfield

        return CatalogUserfield(self._backend)

    @property
    def vat(self) -> CatalogVat:
        """Methods under ``catalog.vat``."""
        from b24client._api.catalog.vat import CatalogVat

        return CatalogVat(self._backend)


class AsyncCatalog(Namespace):
    """Methods under ``catalog`` (async)."""

    __slots__ = ()

    @property
    def catalog(self) -> AsyncCatalogCatalog:
        """Methods under ``catalog.catalog``."""
        from b24client._api.catalog.catalog import AsyncCatalogCatalog

        return AsyncCatalogCatalog(self._backend)

    @property
    def document(self) -> AsyncCatalogDocument:
        """Methods under ``catalog.document``."""
        from b24client._api.catalog.document import AsyncCatalogDocument

        return AsyncCatalogDocument(self._backend)

    @property
    def documentcontractor(self) -> AsyncCatalogDocumentcontractor:
        """Methods under ``catalog.documentcontractor``."""
        from b24client._api.catalog.documentcontractor import (
            AsyncCatalogDocumentcontractor,
        )

        return AsyncCatalogDocumentcontractor(self._backend)

    @property
    def enum(self) -> AsyncCatalogEnum:
        """Methods under ``catalog.enum``."""
        from b24client._api.catalog.enum import AsyncCatalogEnum

        return AsyncCatalogEnum(self._backend)

    @property
    def extra(self) -> AsyncCatalogExtra:
        """Methods under ``catalog.extra``."""
        from b24client._api.catalog.extra import AsyncCatalogExtra

        return AsyncCatalogExtra(self._backend)

    @property
    def measure(self) -> AsyncCatalogMeasure:
        """Methods under ``catalog.measure``."""
        from b24client._api.catalog.measure import AsyncCatalogMeasure

        return AsyncCatalogMeasure(self._backend)

    @property
    def price(self) -> AsyncCatalogPrice:
        """Methods under ``catalog.price``."""
        from b24client._api.catalog.price import AsyncCatalogPrice

        return AsyncCatalogPrice(self._backend)

    @property
    def price_type(self) -> AsyncCatalogPriceType:
        """Methods under ``catalog.priceType``."""
        from b24client._api.catalog.price_type import AsyncCatalogPriceType

        return AsyncCatalogPriceType(self._backend)

    @property
    def price_type_group(self) -> AsyncCatalogPriceTypeGroup:
        """Methods under ``catalog.priceTypeGroup``."""
        from b24client._api.catalog.price_type_group import AsyncCatalogPriceTypeGroup

        return AsyncCatalogPriceTypeGroup(self._backend)

    @property
    def price_type_lang(self) -> AsyncCatalogPriceTypeLang:
        """Methods under ``catalog.priceTypeLang``."""
        from b24client._api.catalog.price_type_lang import AsyncCatalogPriceTypeLang

        return AsyncCatalogPriceTypeLang(self._backend)

    @property
    def product(self) -> AsyncCatalogProduct:
        """Methods under ``catalog.product``."""
        from b24client._api.catalog.product import AsyncCatalogProduct

        return AsyncCatalogProduct(self._backend)

    @property
    def product_image(self) -> AsyncCatalogProductImage:
        """Methods under ``catalog.productImage``."""
        from b24client._api.catalog.product_image import AsyncCatalogProductImage

        return AsyncCatalogProductImage(self._backend)

    @property
    def product_property(self) -> AsyncCatalogProductProperty:
        """Methods under ``catalog.productProperty``."""
        from b24client._api.catalog.product_property import AsyncCatalogProductProperty

        return AsyncCatalogProductProperty(self._backend)

    @property
    def product_property_enum(self) -> AsyncCatalogProductPropertyEnum:
        """Methods under ``catalog.productPropertyEnum``."""
        from b24client._api.catalog.product_property_enum import (
            AsyncCatalogProductPropertyEnum,
        )

        return AsyncCatalogProductPropertyEnum(self._backend)

    @property
    def product_property_feature(self) -> AsyncCatalogProductPropertyFeature:
        """Methods under ``catalog.productPropertyFeature``."""
        from b24client._api.catalog.product_property_feature import (
            AsyncCatalogProductPropertyFeature,
        )

        return AsyncCatalogProductPropertyFeature(self._backend)

    @property
    def product_property_section(self) -> AsyncCatalogProductPropertySection:
        """Methods under ``catalog.productPropertySection``."""
        from b24client._api.catalog.product_property_section import (
            AsyncCatalogProductPropertySection,
        )

        return AsyncCatalogProductPropertySection(self._backend)

    @property
    def ratio(self) -> AsyncCatalogRatio:
        """Methods under ``catalog.ratio``."""
        from b24client._api.catalog.ratio import AsyncCatalogRatio

        return AsyncCatalogRatio(self._backend)

    @property
    def rounding_rule(self) -> AsyncCatalogRoundingRule:
        """Methods under ``catalog.roundingRule``."""
        from b24client._api.catalog.rounding_rule import AsyncCatalogRoundingRule

        return AsyncCatalogRoundingRule(self._backend)

    @property
    def section(self) -> AsyncCatalogSection:
        """Methods under ``catalog.section``."""
        from b24client._api.catalog.section import AsyncCatalogSection

        return AsyncCatalogSection(self._backend)

    @property
    def store(self) -> AsyncCatalogStore:
        """Methods under ``catalog.store``."""
        from b24client._api.catalog.store import AsyncCatalogStore

        return AsyncCatalogStore(self._backend)

    @property
    def storeproduct(self) -> AsyncCatalogStoreproduct:
        """Methods under ``catalog.storeproduct``."""
        from b24client._api.catalog.storeproduct import AsyncCatalogStoreproduct

        return AsyncCatalogStoreproduct(self._backend)

    @property
    def userfield(self) -> AsyncCatalogUserfield:
        """Methods under ``catalog.userfield``."""
        from b24client._api.catalog.userfield import AsyncCatalogUserfield

        return AsyncCatalogUserfield(self._backend)

    @property
    def vat(self) -> AsyncCatalogVat:
        """Methods under ``catalog.vat``."""
        from b24client._api.catalog.vat import AsyncCatalogVat

        return AsyncCatalogVat(self._backend)


class BatchCatalog(Namespace):
    """Methods under ``catalog`` (queued into a batch)."""

    __slots__ = ()

    @property
    def catalog(self) -> BatchCatalogCatalog:
        """Methods under ``catalog.catalog``."""
        from b24client._api.catalog.catalog import BatchCatalogCatalog

        return BatchCatalogCatalog(self._backend)

    @property
    def document(self) -> BatchCatalogDocument:
        """Methods under ``catalog.document``."""
        from b24client._api.catalog.document import BatchCatalogDocument

        return BatchCatalogDocument(self._backend)

    @property
    def documentcontractor(self) -> BatchCatalogDocumentcontractor:
        """Methods under ``catalog.documentcontractor``."""
        from b24client._api.catalog.documentcontractor import (
            BatchCatalogDocumentcontractor,
        )

        return BatchCatalogDocumentcontractor(self._backend)

    @property
    def enum(self) -> BatchCatalogEnum:
        """Methods under ``catalog.enum``."""
        from b24client._api.catalog.enum import BatchCatalogEnum

        return BatchCatalogEnum(self._backend)

    @property
    def extra(self) -> BatchCatalogExtra:
        """Methods under ``catalog.extra``."""
        from b24client._api.catalog.extra import BatchCatalogExtra

        return BatchCatalogExtra(self._backend)

    @property
    def measure(self) -> BatchCatalogMeasure:
        """Methods under ``catalog.measure``."""
        from b24client._api.catalog.measure import BatchCatalogMeasure

        return BatchCatalogMeasure(self._backend)

    @property
    def price(self) -> BatchCatalogPrice:
        """Methods under ``catalog.price``."""
        from b24client._api.catalog.price import BatchCatalogPrice

        return BatchCatalogPrice(self._backend)

    @property
    def price_type(self) -> BatchCatalogPriceType:
        """Methods under ``catalog.priceType``."""
        from b24client._api.catalog.price_type import BatchCatalogPriceType

        return BatchCatalogPriceType(self._backend)

    @property
    def price_type_group(self) -> BatchCatalogPriceTypeGroup:
        """Methods under ``catalog.priceTypeGroup``."""
        from b24client._api.catalog.price_type_group import BatchCatalogPriceTypeGroup

        return BatchCatalogPriceTypeGroup(self._backend)

    @property
    def price_type_lang(self) -> BatchCatalogPriceTypeLang:
        """Methods under ``catalog.priceTypeLang``."""
        from b24client._api.catalog.price_type_lang import BatchCatalogPriceTypeLang

        return BatchCatalogPriceTypeLang(self._backend)

    @property
    def product(self) -> BatchCatalogProduct:
        """Methods under ``catalog.product``."""
        from b24client._api.catalog.product import BatchCatalogProduct

        return BatchCatalogProduct(self._backend)

    @property
    def product_image(self) -> BatchCatalogProductImage:
        """Methods under ``catalog.productImage``."""
        from b24client._api.catalog.product_image import BatchCatalogProductImage

        return BatchCatalogProductImage(self._backend)

    @property
    def product_property(self) -> BatchCatalogProductProperty:
        """Methods under ``catalog.productProperty``."""
        from b24client._api.catalog.product_property import BatchCatalogProductProperty

        return BatchCatalogProductProperty(self._backend)

    @property
    def product_property_enum(self) -> BatchCatalogProductPropertyEnum:
        """Methods under ``catalog.productPropertyEnum``."""
        from b24client._api.catalog.product_property_enum import (
            BatchCatalogProductPropertyEnum,
        )

        return BatchCatalogProductPropertyEnum(self._backend)

    @property
    def product_property_feature(self) -> BatchCatalogProductPropertyFeature:
        """Methods under ``catalog.productPropertyFeature``."""
        from b24client._api.catalog.product_property_feature import (
            BatchCatalogProductPropertyFeature,
        )

        return BatchCatalogProductPropertyFeature(self._backend)

    @property
    def product_property_section(self) -> BatchCatalogProductPropertySection:
        """Methods under ``catalog.productPropertySection``."""
        from b24client._api.catalog.product_property_section import (
            BatchCatalogProductPropertySection,
        )

        return BatchCatalogProductPropertySection(self._backend)

    @property
    def ratio(self) -> BatchCatalogRatio:
        """Methods under ``catalog.ratio``."""
        from b24client._api.catalog.ratio import BatchCatalogRatio

        return BatchCatalogRatio(self._backend)

    @property
    def rounding_rule(self) -> BatchCatalogRoundingRule:
        """Methods under ``catalog.roundingRule``."""
        from b24client._api.catalog.rounding_rule import BatchCatalogRoundingRule

        return BatchCatalogRoundingRule(self._backend)

    @property
    def section(self) -> BatchCatalogSection:
        """Methods under ``catalog.section``."""
        from b24client._api.catalog.section import BatchCatalogSection

        return BatchCatalogSection(self._backend)

    @property
    def store(self) -> BatchCatalogStore:
        """Methods under ``catalog.store``."""
        from b24client._api.catalog.store import BatchCatalogStore

        return BatchCatalogStore(self._backend)

    @property
    def storeproduct(self) -> BatchCatalogStoreproduct:
        """Methods under ``catalog.storeproduct``."""
        from b24client._api.catalog.storeproduct import BatchCatalogStoreproduct

        return BatchCatalogStoreproduct(self._backend)

    @property
    def userfield(self) -> BatchCatalogUserfield:
        """Methods under ``catalog.userfield``."""
        from b24client._api.catalog.userfield import BatchCatalogUserfield

        return BatchCatalogUserfield(self._backend)

    @property
    def vat(self) -> BatchCatalogVat:
        """Methods under ``catalog.vat``."""
        from b24client._api.catalog.vat import BatchCatalogVat

        return BatchCatalogVat(self._backend)
