"""The input files as validated data: pydantic models, strict YAML, loading, the cache, the
consistency checks and the JSON Schemas. Imports nothing above it (errors, parsing, files only)."""
