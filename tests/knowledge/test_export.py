"""Indicator specs exported from a real store: JSON valid against the exported schema,
CSV one row per indicator, YAML round-trips; the CLI commands write them."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.export import _replaced_commitment, export_indicators, indicator_json_schema, indicator_specs
from knowledge.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Store:
    db = tmp_path_factory.mktemp("export") / "store.db"
    s = Store(db)
    s.ingest([corpus / "seeds" / "000_d0d93f54edcaac31.txt", corpus / "seeds" / "001_3dd5ad225882c538.txt",
              corpus / "star" / "d01_jobindsats_aktiveringsgrad_passivandel.txt",
              corpus / "star" / "d08_star_om_kontanthjaelpsreformen.txt"])
    return s


def test_json_validates_against_the_exported_schema(store: Store) -> None:
    items = json.loads(export_indicators(store, "json"))
    assert len(items) == 5 + 4 + 2
    jsonschema.validate(items, indicator_json_schema())
    spec = next(i for i in items if i["kind"] == "sigtelinje")
    assert spec["unit_measure"] == "count" and spec["freq_coll"] == "måned"
    assert spec["reform"] == "Førtidspensions- og fleksjobreformen" and spec["period"] == "2017-2018"
    assert spec["provenance"]["quote"].startswith("Den primære indikator er det samlede antal")
    assert spec["provenance"]["source"].endswith("001_3dd5ad225882c538.txt")


def test_schema_keeps_the_sdmx_mapping() -> None:
    fields = indicator_json_schema()["$defs"]["IndicatorSpec"]["properties"]
    for name, concept in (("definition", "STAT_CONC_DEF"), ("unit_measure", "UNIT_MEASURE"),
                          ("data_comp", "DATA_COMP"), ("data_source", "DATA_SOURCE"),
                          ("freq_coll", "FREQ_COLL"), ("ref_area", "REF_AREA")):
        assert concept in fields[name]["description"]
    assert {"numerator", "denominator", "population", "reform", "period", "provenance", "replaces"} <= set(fields)


def test_csv_has_one_row_per_indicator(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_indicators(store, "csv"))))
    assert len(rows) == len(indicator_specs(store))
    assert rows[0]["provenance_document_id"] and "provenance_quote" in rows[0]


def test_yaml_round_trips(store: Store) -> None:
    assert yaml.safe_load(export_indicators(store, "yaml")) == json.loads(export_indicators(store, "json"))


def test_indicators_named_in_passing_carry_their_source(store: Store) -> None:
    passing = [s for s in indicator_specs(store) if s.kind == "other"]
    assert len(passing) == 5 and all(s.data_source == "jobindsats.dk" for s in passing)


def test_replaced_commitment_is_read_from_a_replaced_event() -> None:
    events = [{"event": "dropped", "subject": "måltal", "replaced_by": None},
              {"event": "replaced", "subject": "statistiske måltal", "replaced_by": "indikatorer på jobindsats.dk"}]
    assert _replaced_commitment(events) == "statistiske måltal"
    assert _replaced_commitment(events[:1]) is None


def test_cli_export_and_schema(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "specs.yaml"
    result = runner.invoke(app, ["export", "indicators", "--format", "yaml", "--db", str(store.path),
                                 "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert len(yaml.safe_load(target.read_text(encoding="utf-8"))) == 11
    schema = runner.invoke(app, ["export", "schema", "indicator"])
    assert schema.exit_code == 0 and json.loads(schema.stdout)["type"] == "array"
    bad = runner.invoke(app, ["export", "indicators", "--format", "xml", "--db", str(store.path)])
    assert bad.exit_code == 2


def test_cli_empty_store_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "indicators", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 1
