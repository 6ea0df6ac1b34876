"""The docs importer: ``python -m generator.importer`` (``make specs``).

Reads the YFM Markdown pages of a Bitrix24 REST docs checkout and writes one
spec per documented method into spec/, merged around curated specs.  Modules:
yfm (page structure), typemap (the one docs-type table), extract (facts of a
page, from classify, sections, meta, tables, params, results and codes),
specs (facts -> YAML, summary and naming rules), run (the whole run and its
report).
"""
