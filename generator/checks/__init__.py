"""The spec checks, one concern per module; :mod:`generator.validate` runs them.

``typeexpr`` parses type expressions, ``base`` holds the problem list and the
typed getters, ``fields`` and ``params`` check object keys and parameters,
``method`` one method file, ``crossfile`` the names across files and
``errortable`` spec/_errors.yaml.
"""
