"""The version, in one place: the build reads it from here (pyproject.toml: [tool.hatch.version]),
and the program reads it without importlib.metadata (about 14 ms at every start)."""

__version__ = "0.1.0"
