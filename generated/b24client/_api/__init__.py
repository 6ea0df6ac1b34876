"""The generated namespaces, one package per first segment of the method names.

Generated from spec/ by ``python -m generator``; do not edit.
"""
