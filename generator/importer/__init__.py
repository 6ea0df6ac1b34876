"""The docs importer: ``python -m generator.importer`` (``make specs``).

Reads the YFM Markdown pages of a Bitrix24 REST docs checkout and writes one
spec per documented method into spec/, merged around curated specs.  Modules:
yfm (page structure), typemap (the one docs-type table), extract (facts of a
page, from classify, sections, meta, tables, fieldtables, describe, params,
results, structure and codes), literals and examples (the example calls and
answers as values), evidence (the examples win over the tables), wire (JSON
values as spec types), named (types shared across methods), specs (facts ->
YAML, summary and naming rules), run (the whole run and its report).
"""
