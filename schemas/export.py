"""Generate the JSON Schema files in ``schemas/json/`` from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from schemas.models import Alert, DeadLetter, DeliveryDeadLetter, ExtractedPost, Observation, Post

JSON_DIR = Path(__file__).resolve().parent / "json"

# One file per message kind, named after the topic family that carries it.
MESSAGES: dict[str, type[BaseModel]] = {
    "post.v1": Post,
    "deadletter.v1": DeadLetter,
    "extracted-post.v1": ExtractedPost,
    "alert.v1": Alert,
    "observation.v1": Observation,
    "delivery-deadletter.v1": DeliveryDeadLetter,
}


def rendered() -> dict[str, str]:
    """File name → the exact text the file must have."""
    out = {}
    for name, model in MESSAGES.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://newsalerts.invalid/schemas/{name}.schema.json"
        out[f"{name}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def write(directory: Path = JSON_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for fname, text in rendered().items():
        path = directory / fname
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def drift(directory: Path = JSON_DIR) -> list[str]:
    """Names of files that are missing or differ from the models (empty when in sync)."""
    stale = []
    for fname, text in rendered().items():
        path = directory / fname
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(fname)
    return stale
