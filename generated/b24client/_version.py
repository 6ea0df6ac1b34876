# Source: generator/runtime/_version.py (hand-written; copied into the package by make generate).
"""The version, written only here: pyproject.toml reads it for the package
metadata, ``b24client.__version__`` and the default User-Agent import it."""

__version__ = "0.1.0"
