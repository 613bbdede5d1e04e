"""JSON Schemas of the data files, generated from the pydantic models (for editors and CI)."""

from __future__ import annotations

import json

from pydantic import BaseModel


def json_schema(name: str) -> str:
    from banencalc.dataset.models import ScenarioFile, SectorsFile, TargetsFile
    from banencalc.dataset.monitor_file import MonitorFile

    models: dict[str, type[BaseModel]] = {
        "targets": TargetsFile,
        "sectors": SectorsFile,
        "scenario": ScenarioFile,
        "monitor": MonitorFile,
    }
    document = models[name].model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = f"banencalc {name} file"
    return json.dumps(document, indent=2, sort_keys=True)
