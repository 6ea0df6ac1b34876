"""Methods under ``crm``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24client._core.namespace import Namespace

if TYPE_CHECKING:
    from b24client._api.crm.activity import (
        AsyncCrmActivity,
        BatchCrmActivity,
        CrmActivity,
    )
    from b24client._api.crm.address import AsyncCrmAddress, BatchCrmAddress, CrmAddress
    from b24client._api.crm.automatedsolution import (
        AsyncCrmAutomatedsolution,
        BatchCrmAutomatedsolution,
        CrmAutomatedsolution,
    )
    from b24client._api.crm.automation import (
        AsyncCrmAutomation,
        BatchCrmAutomation,
        CrmAutomation,
    )
    from b24client._api.crm.calllist import (
        AsyncCrmCalllist,
        BatchCrmCalllist,
        CrmCalllist,
    )
    from b24client._api.crm.catalog import AsyncCrmCatalog, BatchCrmCatalog, CrmCatalog
    from b24client._api.crm.category import (
        AsyncCrmCategory,
        BatchCrmCategory,
        CrmCategory,
    )
    from b24client._api.crm.company import AsyncCrmCompany, BatchCrmCompany, CrmCompany
    from b24client._api.crm.contact import AsyncCrmContact, BatchCrmContact, CrmContact
    from b24client._api.crm.currency import (
        AsyncCrmCurrency,
        BatchCrmCurrency,
        CrmCurrency,
    )
    from b24client._api.crm.deal import AsyncCrmDeal, BatchCrmDeal, CrmDeal
    from b24client._api.crm.dealcategory import (
        AsyncCrmDealcategory,
        BatchCrmDealcategory,
        CrmDealcategory,
    )
    from b24client._api.crm.documentgenerator import (
        AsyncCrmDocumentgenerator,
        BatchCrmDocumentgenerator,
        CrmDocumentgenerator,
    )
    from b24client._api.crm.duplicate import (
        AsyncCrmDuplicate,
        BatchCrmDuplicate,
        CrmDuplicate,
    )
    from b24client._api.crm.entity import AsyncCrmEntity, BatchCrmEntity, CrmEntity
    from b24client._api.crm.enum import AsyncCrmEnum, BatchCrmEnum, CrmEnum
    from b24client._api.crm.invoice import AsyncCrmInvoice, BatchCrmInvoice, CrmInvoice
    from b24client._api.crm.item import AsyncCrmItem, BatchCrmItem, CrmItem
    from b24client._api.crm.lead import AsyncCrmLead, BatchCrmLead, CrmLead
    from b24client._api.crm.measure import AsyncCrmMeasure, BatchCrmMeasure, CrmMeasure
    from b24client._api.crm.multifield import (
        AsyncCrmMultifield,
        BatchCrmMultifield,
        CrmMultifield,
    )
    from b24client._api.crm.orderentity import (
        AsyncCrmOrderentity,
        BatchCrmOrderentity,
        CrmOrderentity,
    )
    from b24client._api.crm.paysystem import (
        AsyncCrmPaysystem,
        BatchCrmPaysystem,
        CrmPaysystem,
    )
    from b24client._api.crm.persontype import (
        AsyncCrmPersontype,
        BatchCrmPersontype,
        CrmPersontype,
    )
    from b24client._api.crm.product import AsyncCrmProduct, BatchCrmProduct, CrmProduct
    from b24client._api.crm.productrow import (
        AsyncCrmProductrow,
        BatchCrmProductrow,
        CrmProductrow,
    )
    from b24client._api.crm.productsection import (
        AsyncCrmProductsection,
        BatchCrmProductsection,
        CrmProductsection,
    )
    from b24client._api.crm.quote import AsyncCrmQuote, BatchCrmQuote, CrmQuote
    from b24client._api.crm.requisite import (
        AsyncCrmRequisite,
        BatchCrmRequisite,
        CrmRequisite,
    )
    from b24client._api.crm.settings import (
        AsyncCrmSettings,
        BatchCrmSettings,
        CrmSettings,
    )
    from b24client._api.crm.stagehistory import (
        AsyncCrmStagehistory,
        BatchCrmStagehistory,
        CrmStagehistory,
    )
    from b24client._api.crm.status import AsyncCrmStatus, BatchCrmStatus, CrmStatus
    from b24client._api.crm.timeline import (
        AsyncCrmTimeline,
        BatchCrmTimeline,
        CrmTimeline,
    )
    from b24client._api.crm.tracking import (
        AsyncCrmTracking,
        BatchCrmTracking,
        CrmTracking,
    )
    from b24client._api.crm.type import AsyncCrmType, BatchCrmType, CrmType
    from b24client._api.crm.userfield import (
        AsyncCrmUserfield,
        BatchCrmUserfield,
        CrmUserfield,
    )
    from b24client._api.crm.vat import AsyncCrmVat, BatchCrmVat, CrmVat


class Crm(Namespace):
    """Methods under ``crm``."""

    __slots__ = ()

    @property
    def activity(self) -> CrmActivity:
        """Methods under ``crm.activity``."""
        from b24client._api.crm.activity import CrmActivity

        return CrmActivity(self._backend)

    @property
    def address(self) -> CrmAddress:
        """Methods under ``crm.address``."""
        from b24client._api.crm.address import CrmAddress

        return CrmAddress(self._backend)

    @property
    def automatedsolution(self) -> CrmAutomatedsolution:
        """Methods under ``crm.automatedsolution``."""
        from b24client._api.crm.automatedsolution import CrmAutomatedsolution

        return CrmAutomatedsolution(self._backend)

    @property
    def automation(self) -> CrmAutomation:
        """Methods under ``crm.automation``."""
        from b24client._api.crm.automation import CrmAutomation

        return CrmAutomation(self._backend)

    @property
    def calllist(self) -> CrmCalllist:
        """Methods under ``crm.calllist``."""
        from b24client._api.crm.calllist import CrmCalllist

        return CrmCalllist(self._backend)

    @property
    def catalog(self) -> CrmCatalog:
        """Methods under ``crm.catalog``."""
        from b24client._api.crm.catalog import CrmCatalog

        return CrmCatalog(self._backend)

    @property
    def category(self) -> CrmCategory:
        """Methods under ``crm.category``."""
        from b24client._api.crm.category import CrmCategory

        return CrmCategory(self._backend)

    @property
    def company(self) -> CrmCompany:
        """Methods under ``crm.company``."""
        from b24client._api.crm.company import CrmCompany

        return CrmCompany(self._backend)

    @property
    def contact(self) -> CrmContact:
        """Methods under ``crm.contact``."""
        from b24client._api.crm.contact import CrmContact

        return CrmContact(self._backend)

    @property
    def currency(self) -> CrmCurrency:
        """Methods under ``crm.currency``."""
        from b24client._api.crm.currency import CrmCurrency

        return CrmCurrency(self._backend)

    @property
    def deal(self) -> CrmDeal:
        """Methods under ``crm.deal``."""
        from b24client._api.crm.deal import CrmDeal

        return CrmDeal(self._backend)

    @property
    def dealcategory(self) -> CrmDealcategory:
        """Methods under ``crm.dealcategory``."""
        from b24client._api.crm.dealcategory import CrmDealcategory

        return CrmDealcategory(self._backend)

    @property
    def documentgenerator(self) -> CrmDocumentgenerator:
        """Methods under ``crm.documentgenerator``."""
        from b24client._api.crm.documentgenerator import CrmDocumentgenerator

        return CrmDocumentgenerator(self._backend)

    @property
    def duplicate(self) -> CrmDuplicate:
        """Methods under ``crm.duplicate``."""
        from b24client._api.crm.duplicate import CrmDuplicate

        return CrmDuplicate(self._backend)

    @property
    def entity(self) -> CrmEntity:
        """Methods under ``crm.entity``."""
        from b24client._api.crm.entity import CrmEntity

        return CrmEntity(self._backend)

    @property
    def enum(self) -> CrmEnum:
        """Methods under ``crm.enum``."""
        from b24client._api.crm.enum import CrmEnum

        return CrmEnum(self._backend)

    @property
    def invoice(self) -> CrmInvoice:
        """Methods under ``crm.invoice``."""
        from b24client._api.crm.invoice import CrmInvoice

        return CrmInvoice(self._backend)

    @property
    def item(self) -> CrmItem:
        """Methods under ``crm.item``."""
        from b24client._api.crm.item import CrmItem

        return CrmItem(self._backend)

    @property
    def lead(self) -> CrmLead:
        """Methods under ``crm.lead``."""
        from b24client._api.crm.lead import CrmLead

        return CrmLead(self._backend)

    @property
    def measure(self) -> CrmMeasure:
        """Methods under ``crm.measure``."""
        from b24client._api.crm.measure import CrmMeasure

        return CrmMeasure(self._backend)

    @property
    def multifield(self) -> CrmMultifield:
        """Methods under ``crm.multifield``."""
        from b24client._api.crm.multifield import CrmMultifield

        return CrmMultifield(self._backend)

    @property
    def orderentity(self) -> CrmOrderentity:
        """Methods under ``crm.orderentity``."""
        from b24client._api.crm.orderentity import CrmOrderentity

        return CrmOrderentity(self._backend)

    @property
    def paysystem(self) -> CrmPaysystem:
        """Methods under ``crm.paysystem``."""
        from b24client._api.crm.paysystem import CrmPaysystem

        return CrmPaysystem(self._backend)

    @property
    def persontype(self) -> CrmPersontype:
        """Methods under ``crm.persontype``."""
        from b24client._api.crm.persontype import CrmPersontype

        return CrmPersontype(self._backend)

    @property
    def product(self) -> CrmProduct:
        """Methods under ``crm.product``."""
        from b24client._api.crm.product import CrmProduct

        return CrmProduct(self._backend)

    @property
    def productrow(self) -> CrmProductrow:
        """Methods under ``crm.productrow``."""
        from b24client._api.crm.productrow import CrmProductrow

        return CrmProductrow(self._backend)

    @property
    def productsection(self) -> CrmProductsection:
        """Methods under ``crm.productsection``."""
        from b24client._api.crm.productsection import CrmProductsection

        return CrmProductsection(self._backend)

    @property
    def quote(self) -> CrmQuote:
        """Methods under ``crm.quote``."""
        from b24client._api.crm.quote import CrmQuote

        return CrmQuote(self._backend)

    @property
    def requisite(self) -> CrmRequisite:
        """Methods under ``crm.requisite``."""
        from b24client._api.crm.requisite import CrmRequisite

        return CrmRequisite(self._backend)

    @property
    def settings(self) -> CrmSettings:
        """Methods under ``crm.settings``."""
        from b24client._api.crm.settings import CrmSettings

        return CrmSettings(self._backend)

    @property
    def stagehistory(self) -> CrmStagehistory:
        """Methods under ``crm.stagehistory``."""
        from b24client._api.crm.stagehistory import CrmStagehistory

        return CrmStagehistory(self._backend)

    @property
    def status(self) -> CrmStatus:
        """Methods under ``crm.status``."""
        from b24client._api.crm.status import CrmStatus

        return CrmStatus(self._backend)

    @property
    def timeline(self) -> CrmTimeline:
        """Methods under ``crm.timeline``."""
        from b24client._api.crm.timeline import CrmTimeline

        return CrmTimeline(self._backend)

    @property
    def tracking(self) -> CrmTracking:
        """Methods under ``crm.tracking``."""
        from b24client._api.crm.tracking import CrmTracking

        return CrmTracking(self._backend)

    @property
    def type(self) -> CrmType:
        """Methods under ``crm.type``."""
        from b24client._api.crm.type import CrmType

        return CrmType(self._backend)

    @property
    def userfield(self) -> CrmUserfield:
        """Methods under ``crm.userfield``."""
        from b24client._api.crm.userfield import CrmUserfield

        return CrmUserfield(self._backend)

    @property
    def vat(self) -> CrmVat:
        """Methods under ``crm.vat``."""
        from b24client._api.crm.vat import CrmVat

        return CrmVat(self._backend)


class AsyncCrm(Namespace):
    """Methods under ``crm`` (async)."""

    __slots__ = ()

    @property
    def activity(self) -> AsyncCrmActivity:
        """Methods under ``crm.activity``."""
        from b24client._api.crm.activity import AsyncCrmActivity

        return AsyncCrmActivity(self._backend)

    @property
    def address(self) -> AsyncCrmAddress:
        """Methods under ``crm.address``."""
        from b24client._api.crm.address import AsyncCrmAddress

        return AsyncCrmAddress(self._backend)

    @property
    def automatedsolution(self) -> AsyncCrmAutomatedsolution:
        """Methods under ``crm.automatedsolution``."""
        from b24client._api.crm.automatedsolution import AsyncCrmAutomatedsolution

        return AsyncCrmAutomatedsolution(self._backend)

    @property
    def automation(self) -> AsyncCrmAutomation:
        """Methods under ``crm.automation``."""
        from b24client._api.crm.automation import AsyncCrmAutomation

        return AsyncCrmAutomation(self._backend)

    @property
    def calllist(self) -> AsyncCrmCalllist:
        """Methods under ``crm.calllist``."""
        from b24client._api.crm.calllist import AsyncCrmCalllist

        return AsyncCrmCalllist(self._backend)

    @property
    def catalog(self) -> AsyncCrmCatalog:
        """Methods under ``crm.catalog``."""
        from b24client._api.crm.catalog import AsyncCrmCatalog

        return AsyncCrmCatalog(self._backend)

    @property
    def category(self) -> AsyncCrmCategory:
        """Methods under ``crm.category``."""
        from b24client._api.crm.category import AsyncCrmCategory

        return AsyncCrmCategory(self._backend)

    @property
    def company(self) -> AsyncCrmCompany:
        """Methods under ``crm.company``."""
        from b24client._api.crm.company import AsyncCrmCompany

        return AsyncCrmCompany(self._backend)

    @property
    def contact(self) -> AsyncCrmContact:
        """Methods under ``crm.contact``."""
        from b24client._api.crm.contact import AsyncCrmContact

        return AsyncCrmContact(self._backend)

    @property
    def currency(self) -> AsyncCrmCurrency:
        """Methods under ``crm.currency``."""
        from b24client._api.crm.currency import AsyncCrmCurrency

        return AsyncCrmCurrency(self._backend)

    @property
    def deal(self) -> AsyncCrmDeal:
        """Methods under ``crm.deal``."""
        from b24client._api.crm.deal import AsyncCrmDeal

        return AsyncCrmDeal(self._backend)

    @property
    def dealcategory(self) -> AsyncCrmDealcategory:
        """Methods under ``crm.dealcategory``."""
        from b24client._api.crm.dealcategory import AsyncCrmDealcategory

        return AsyncCrmDealcategory(self._backend)

    @property
    def documentgenerator(self) -> AsyncCrmDocumentgenerator:
        """Methods under ``crm.documentgenerator``."""
        from b24client._api.crm.documentgenerator import AsyncCrmDocumentgenerator

        return AsyncCrmDocumentgenerator(self._backend)

    @property
    def duplicate(self) -> AsyncCrmDuplicate:
        """Methods under ``crm.duplicate``."""
        from b24client._api.crm.duplicate import AsyncCrmDuplicate

        return AsyncCrmDuplicate(self._backend)

    @property
    def entity(self) -> AsyncCrmEntity:
        """Methods under ``crm.entity``."""
        from b24client._api.crm.entity import AsyncCrmEntity

        return AsyncCrmEntity(self._backend)

    @property
    def enum(self) -> AsyncCrmEnum:
        """Methods under ``crm.enum``."""
        from b24client._api.crm.enum import AsyncCrmEnum

        return AsyncCrmEnum(self._backend)

    @property
    def invoice(self) -> AsyncCrmInvoice:
        """Methods under ``crm.invoice``."""
        from b24client._api.crm.invoice import AsyncCrmInvoice

        return AsyncCrmInvoice(self._backend)

    @property
    def item(self) -> AsyncCrmItem:
        """Methods under ``crm.item``."""
        from b24client._api.crm.item import AsyncCrmItem

        return AsyncCrmItem(self._backend)

    @property
    def lead(self) -> AsyncCrmLead:
        """Methods under ``crm.lead``."""
        from b24client._api.crm.lead import AsyncCrmLead

        return AsyncCrmLead(self._backend)

    @property
    def measure(self) -> AsyncCrmMeasure:
        """Methods under ``crm.measure``."""
        from b24client._api.crm.measure import AsyncCrmMeasure

        return AsyncCrmMeasure(self._backend)

    @property
    def multifield(self) -> AsyncCrmMultifield:
        """Methods under ``crm.multifield``."""
        from b24client._api.crm.multifield import AsyncCrmMultifield

        return AsyncCrmMultifield(self._backend)

    @property
    def orderentity(self) -> AsyncCrmOrderentity:
        """Methods under ``crm.orderentity``."""
        from b24client._api.crm.orderentity import AsyncCrmOrderentity

        return AsyncCrmOrderentity(self._backend)

    @property
    def paysystem(self) -> AsyncCrmPaysystem:
        """Methods under ``crm.paysystem``."""
        from b24client._api.crm.paysystem import AsyncCrmPaysystem

        return AsyncCrmPaysystem(self._backend)

    @property
    def persontype(self) -> AsyncCrmPersontype:
        """Methods under ``crm.persontype``."""
        from b24client._api.crm.persontype import AsyncCrmPersontype

        return AsyncCrmPersontype(self._backend)

    @property
    def product(self) -> AsyncCrmProduct:
        """Methods under ``crm.product``."""
        from b24client._api.crm.product import AsyncCrmProduct

        return AsyncCrmProduct(self._backend)

    @property
    def productrow(self) -> AsyncCrmProductrow:
        """Methods under ``crm.productrow``."""
        from b24client._api.crm.productrow import AsyncCrmProductrow

        return AsyncCrmProductrow(self._backend)

    @property
    def productsection(self) -> AsyncCrmProductsection:
        """Methods under ``crm.productsection``."""
        from b24client._api.crm.productsection import AsyncCrmProductsection

        return AsyncCrmProductsection(self._backend)

    @property
    def quote(self) -> AsyncCrmQuote:
        """Methods under ``crm.quote``."""
        from b24client._api.crm.quote import AsyncCrmQuote

        return AsyncCrmQuote(self._backend)

    @property
    def requisite(self) -> AsyncCrmRequisite:
        """Methods under ``crm.requisite``."""
        from b24client._api.crm.requisite import AsyncCrmRequisite

        return AsyncCrmRequisite(self._backend)

    @property
    def settings(self) -> AsyncCrmSettings:
        """Methods under ``crm.settings``."""
        from b24client._api.crm.settings import AsyncCrmSettings

        return AsyncCrmSettings(self._backend)

    @property
    def stagehistory(self) -> AsyncCrmStagehistory:
        """Methods under ``crm.stagehistory``."""
        from b24client._api.crm.stagehistory import AsyncCrmStagehistory

        return AsyncCrmStagehistory(self._backend)

    @property
    def status(self) -> AsyncCrmStatus:
        """Methods under ``crm.status``."""
        from b24client._api.crm.status import AsyncCrmStatus

        return AsyncCrmStatus(self._backend)

    @property
    def timeline(self) -> AsyncCrmTimeline:
        """Methods under ``crm.timeline``."""
        from b24client._api.crm.timeline import AsyncCrmTimeline

        return AsyncCrmTimeline(self._backend)

    @property
    def tracking(self) -> AsyncCrmTracking:
        """Methods under ``crm.tracking``."""
        from b24client._api.crm.tracking import AsyncCrmTracking

        return AsyncCrmTracking(self._backend)

    @property
    def type(self) -> AsyncCrmType:
        """Methods under ``crm.type``."""
        from b24client._api.crm.type import AsyncCrmType

        return AsyncCrmType(self._backend)

    @property
    def userfield(self) -> AsyncCrmUserfield:
        """Methods under ``crm.userfield``."""
        from b24client._api.crm.userfield import AsyncCrmUserfield

        return AsyncCrmUserfield(self._backend)

    @property
    def vat(self) -> AsyncCrmVat:
        """Methods under ``crm.vat``."""
        from b24client._api.crm.vat import AsyncCrmVat

        return AsyncCrmVat(self._backend)


class BatchCrm(Namespace):
    """Methods under ``crm`` (queued into a batch)."""

    __slots__ = ()

    @property
    def activity(self) -> BatchCrmActivity:
        """Methods under ``crm.activity``."""
        from b24client._api.crm.activity import BatchCrmActivity

        return BatchCrmActivity(self._backend)

    @property
    def address(self) -> BatchCrmAddress:
        """Methods under ``crm.address``."""
        from b24client._api.crm.address import BatchCrmAddress

        return BatchCrmAddress(self._backend)

    @property
    def automatedsolution(self) -> BatchCrmAutomatedsolution:
        """Methods under ``crm.automatedsolution``."""
        from b24client._api.crm.automatedsolution import BatchCrmAutomatedsolution

        return BatchCrmAutomatedsolution(self._backend)

    @property
    def automation(self) -> BatchCrmAutomation:
        """Methods under ``crm.automation``."""
        from b24client._api.crm.automation import BatchCrmAutomation

        return BatchCrmAutomation(self._backend)

    @property
    def calllist(self) -> BatchCrmCalllist:
        """Methods under ``crm.calllist``."""
        from b24client._api.crm.calllist import BatchCrmCalllist

        return BatchCrmCalllist(self._backend)

    @property
    def catalog(self) -> BatchCrmCatalog:
        """Methods under ``crm.catalog``."""
        from b24client._api.crm.catalog import BatchCrmCatalog

        return BatchCrmCatalog(self._backend)

    @property
    def category(self) -> BatchCrmCategory:
        """Methods under ``crm.category``."""
        from b24client._api.crm.category import BatchCrmCategory

        return BatchCrmCategory(self._backend)

    @property
    def company(self) -> BatchCrmCompany:
        """Methods under ``crm.company``."""
        from b24client._api.crm.company import BatchCrmCompany

        return BatchCrmCompany(self._backend)

    @property
    def contact(self) -> BatchCrmContact:
        """Methods under ``crm.contact``."""
        from b24client._api.crm.contact import BatchCrmContact

        return BatchCrmContact(self._backend)

    @property
    def currency(self) -> BatchCrmCurrency:
        """Methods under ``crm.currency``."""
        from b24client._api.crm.currency import BatchCrmCurrency

        return BatchCrmCurrency(self._backend)

    @property
    def deal(self) -> BatchCrmDeal:
        """Methods under ``crm.deal``."""
        from b24client._api.crm.deal import BatchCrmDeal

        return BatchCrmDeal(self._backend)

    @property
    def dealcategory(self) -> BatchCrmDealcategory:
        """Methods under ``crm.dealcategory``."""
        from b24client._api.crm.dealcategory import BatchCrmDealcategory

        return BatchCrmDealcategory(self._backend)

    @property
    def documentgenerator(self) -> BatchCrmDocumentgenerator:
        """Methods under ``crm.documentgenerator``."""
        from b24client._api.crm.documentgenerator import BatchCrmDocumentgenerator

        return BatchCrmDocumentgenerator(self._backend)

    @property
    def duplicate(self) -> BatchCrmDuplicate:
        """Methods under ``crm.duplicate``."""
        from b24client._api.crm.duplicate import BatchCrmDuplicate

        return BatchCrmDuplicate(self._backend)

    @property
    def entity(self) -> BatchCrmEntity:
        """Methods under ``crm.entity``."""
        from b24client._api.crm.entity import BatchCrmEntity

        return BatchCrmEntity(self._backend)

    @property
    def enum(self) -> BatchCrmEnum:
        """Methods under ``crm.enum``."""
        from b24client._api.crm.enum import BatchCrmEnum

        return BatchCrmEnum(self._backend)

    @property
    def invoice(self) -> BatchCrmInvoice:
        """Methods under ``crm.invoice``."""
        from b24client._api.crm.invoice import BatchCrmInvoice

        return BatchCrmInvoice(self._backend)

    @property
    def item(self) -> BatchCrmItem:
        """Methods under ``crm.item``."""
        from b24client._api.crm.item import BatchCrmItem

        return BatchCrmItem(self._backend)

    @property
    def lead(self) -> BatchCrmLead:
        """Methods under ``crm.lead``."""
        from b24client._api.crm.lead import BatchCrmLead

        return BatchCrmLead(self._backend)

    @property
    def measure(self) -> BatchCrmMeasure:
        """Methods under ``crm.measure``."""
        from b24client._api.crm.measure import BatchCrmMeasure

        return BatchCrmMeasure(self._backend)

    @property
    def multifield(self) -> BatchCrmMultifield:
        """Methods under ``crm.multifield``."""
        from b24client._api.crm.multifield import BatchCrmMultifield

        return BatchCrmMultifield(self._backend)

    @property
    def orderentity(self) -> BatchCrmOrderentity:
        """Methods under ``crm.orderentity``."""
        from b24client._api.crm.orderentity import BatchCrmOrderentity

        return BatchCrmOrderentity(self._backend)

    @property
    def paysystem(self) -> BatchCrmPaysystem:
        """Methods under ``crm.paysystem``."""
        from b24client._api.crm.paysystem import BatchCrmPaysystem

        return BatchCrmPaysystem(self._backend)

    @property
    def persontype(self) -> BatchCrmPersontype:
        """Methods under ``crm.persontype``."""
        from b24client._api.crm.persontype import BatchCrmPersontype

        return BatchCrmPersontype(self._backend)

    @property
    def product(self) -> BatchCrmProduct:
        """Methods under ``crm.product``."""
        from b24client._api.crm.product import BatchCrmProduct

        return BatchCrmProduct(self._backend)

    @property
    def productrow(self) -> BatchCrmProductrow:
        """Methods under ``crm.productrow``."""
        from b24client._api.crm.productrow import BatchCrmProductrow

        return BatchCrmProductrow(self._backend)

    @property
    def productsection(self) -> BatchCrmProductsection:
        """Methods under ``crm.productsection``."""
        from b24client._api.crm.productsection import BatchCrmProductsection

        return BatchCrmProductsection(self._backend)

    @property
    def quote(self) -> BatchCrmQuote:
        """Methods under ``crm.quote``."""
        from b24client._api.crm.quote import BatchCrmQuote

        return BatchCrmQuote(self._backend)

    @property
    def requisite(self) -> BatchCrmRequisite:
        """Methods under ``crm.requisite``."""
        from b24client._api.crm.requisite import BatchCrmRequisite

        return BatchCrmRequisite(self._backend)

    @property
    def settings(self) -> BatchCrmSettings:
        """Methods under ``crm.settings``."""
        from b24client._api.crm.settings import BatchCrmSettings

        return BatchCrmSettings(self._backend)

    @property
    def stagehistory(self) -> BatchCrmStagehistory:
        """Methods under ``crm.stagehistory``."""
        from b24client._api.crm.stagehistory import BatchCrmStagehistory

        return BatchCrmStagehistory(self._backend)

    @property
    def status(self) -> BatchCrmStatus:
        """Methods under ``crm.status``."""
        from b24client._api.crm.status import BatchCrmStatus

        return BatchCrmStatus(self._backend)

    @property
    def timeline(self) -> BatchCrmTimeline:
        """Methods under ``crm.timeline``."""
        from b24client._api.crm.timeline import BatchCrmTimeline

        return BatchCrmTimeline(self._backend)

    @property
    def tracking(self) -> BatchCrmTracking:
        """Methods under ``crm.tracking``."""
        from b24client._api.crm.tracking import BatchCrmTracking

        return BatchCrmTracking(self._backend)

    @property
    def type(self) -> BatchCrmType:
        """Methods under ``crm.type``."""
        from b24client._api.crm.type import BatchCrmType

        return BatchCrmType(self._backend)

    @property
    def userfield(self) -> BatchCrmUserfield:
        """Methods under ``crm.userfield``."""
        from b24client._api.crm.userfield import BatchCrmUserfield

        return BatchCrmUserfield(self._backend)

    @property
    def vat(self) -> BatchCrmVat:
        """Methods under ``crm.vat``."""
        from b24client._api.crm.vat import BatchCrmVat

        return BatchCrmVat(self._backend)
