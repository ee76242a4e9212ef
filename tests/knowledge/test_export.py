"""Indicator specs exported from a real store: JSON valid against the exported schema,
CSV one row per indicator, YAML round-trips; the CLI commands write them. The store's
tables (answers, questions, events, kommuner) exported from a store made by `sporbar
ingest corpus`: CSV one row per table row, JSONL valid against its schema, Parquet typed,
Excel CSV with BOM and semicolons, the search filters applied."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import Result as CliResult
from typer.testing import CliRunner

from knowledge.cli import app
from knowledge.export import _replaced_commitment, export_indicators, indicator_json_schema, indicator_specs
from knowledge.store import Store
from knowledge.table_export import EXPORTS


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


def test_cli_indicator_filters_choose_what_the_app_page_shows(corpus_store: Store) -> None:
    from knowledge.export import indicator_specs

    specs = indicator_specs(corpus_store)
    runner = CliRunner()

    def exported(*args: str) -> list[dict[str, object]]:
        result = runner.invoke(app, ["export", "indicators", "--db", str(corpus_store.path), *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    kinds = {s.kind for s in specs}
    assert len(kinds) > 1
    for kind in kinds:
        chosen = exported("--type", kind)
        assert len(chosen) == sum(s.kind == kind for s in specs) and {c["kind"] for c in chosen} == {kind}
    reform = next(s.reform for s in specs if s.reform)
    word = reform.split()[-1].upper()  # part of the name, any case
    assert len(exported("--reform", word)) == sum(word.casefold() in (s.reform or "").casefold() for s in specs) > 0
    bad = runner.invoke(app, ["export", "indicators", "--db", str(corpus_store.path), "--type", "måltal"])
    assert bad.exit_code == 2 and "sigtelinje" in bad.output


def test_no_spec_of_the_corpus_states_a_computation_its_fields_do_not_give(corpus_store: Store) -> None:
    # issue 14: "no formula that the text does not state": a division only of a numerator and
    # a denominator both stated, a count only of a stated population, otherwise none
    specs = indicator_specs(corpus_store)
    assert len(specs) > 50
    for spec in specs:
        allowed = {None}
        if spec.numerator and spec.denominator and spec.unit_measure != "other":
            allowed.add(f"({spec.numerator}) / ({spec.denominator})")
        if spec.population and spec.unit_measure == "count":
            allowed.add(f"count of {spec.population}")
        assert spec.data_comp in allowed, (spec.id, spec.title, spec.data_comp)
    assert any(s.data_comp and "/" in s.data_comp for s in specs)


@pytest.mark.parametrize("option, value, allowed", [
    ("--status", "foo", "introduced, changed, planned, discontinued, replaced"),
    ("--type", "foo", "sigtelinje, implementeringsindikator, resultatindikator, nøgletal, other"),
])
def test_cli_unknown_status_or_type_is_a_usage_error(store: Store, option: str, value: str, allowed: str) -> None:
    # --status used to crash with a TypeError (NoneType among the allowed values).
    result = CliRunner().invoke(app, ["export", "indicators", "--db", str(store.path), option, value])
    assert result.exit_code == 2, result.output
    assert f"'foo' is not one of: {allowed}" in " ".join(result.output.replace("│", " ").split())
    chosen = CliRunner().invoke(app, ["export", "indicators", "--db", str(store.path), "--status", "introduced"])
    assert chosen.exit_code == 0 and {i["status"] for i in json.loads(chosen.stdout)} == {"introduced"}


def test_cli_empty_store_is_an_error(tmp_path: Path) -> None:
    # A store that does not exist is a usage error and is not created (issue 17) ...
    result = CliRunner().invoke(app, ["export", "indicators", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 2 and not (tmp_path / "empty.db").exists()
    # ... a store without indicators is an error of its own.
    from knowledge.store import Store

    Store(tmp_path / "empty.db").close()
    assert CliRunner().invoke(app, ["export", "indicators", "--db", str(tmp_path / "empty.db")]).exit_code == 1


# -- the store's tables as files (knowledge/table_export.py, `sporbar export answers ...`) ----

@pytest.fixture(scope="module")
def corpus_store(corpus_db: Path) -> Store:
    return Store(corpus_db)


def _export(store: Store, *args: str) -> CliResult:
    result = CliRunner().invoke(app, ["export", *args, "--db", str(store.path)])
    assert result.exit_code == 0, result.output
    return result


def _count(store: Store, view: str, where: str = "", *params: object) -> int:
    sql = f"SELECT COUNT(*) FROM {view} v LEFT JOIN search_docs d ON d.rowid = v.search_rowid WHERE 1=1 {where}"
    return int(store.db.execute(sql, params).fetchone()[0])


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_csv_has_a_row_per_table_row(corpus_store: Store, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"{name}.csv"
    _export(corpus_store, name, "--format", "csv", "--out", str(target))
    with target.open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    view = EXPORTS[name]
    assert table[0] == [c.name for c in view.exported]
    assert len(table) - 1 == _count(corpus_store, view.name) > 0
    ids = [r[0] for r in table[1:]]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_jsonl_lines_validate_against_the_exported_schema(corpus_store: Store, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"{name}.jsonl"
    _export(corpus_store, name, "--format", "jsonl", "--out", str(target))
    schema = json.loads(CliRunner().invoke(app, ["export", "schema", name]).stdout)
    validator = jsonschema.Draft202012Validator(schema)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == _count(corpus_store, EXPORTS[name].name)
    for line in lines:
        validator.validate(json.loads(line))
    with pytest.raises(jsonschema.ValidationError):  # the schema does say something
        validator.validate({**json.loads(lines[0]), "page": "one"})


def test_jsonl_types_booleans_and_objects(corpus_store: Store) -> None:
    events = [json.loads(x) for x in _export(corpus_store, "events", "--format", "jsonl").stdout.splitlines()]
    assert {type(e["decision"]) for e in events} == {bool}
    kommuner = [json.loads(x) for x in _export(corpus_store, "kommuner", "-f", "jsonl").stdout.splitlines()]
    ticked = [k for k in kommuner if k["attributes"]]
    assert ticked and all(isinstance(v, bool) for k in ticked for v in k["attributes"].values())


def test_parquet_round_trips_with_types(corpus_store: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "answers.parquet"
    _export(corpus_store, "answers", "--format", "parquet", "--out", str(target))
    table = pq.read_table(target)
    assert table.num_rows == _count(corpus_store, "answers")
    assert str(table.schema.field("answer_date").type) == "date32[day]"
    assert str(table.schema.field("page").type) == "int64"
    jsonl = [json.loads(x) for x in _export(corpus_store, "answers", "-f", "jsonl").stdout.splitlines()]
    assert table.column("journal_number").to_pylist() == [r["journal_number"] for r in jsonl]


def test_excel_csv_is_utf8_with_bom_and_semicolons(corpus_store: Store, tmp_path: Path) -> None:
    plain, excel = tmp_path / "a.csv", tmp_path / "a-excel.csv"
    _export(corpus_store, "answers", "--out", str(plain))
    _export(corpus_store, "answers", "--excel", "--out", str(excel))
    raw = excel.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid;document_id;udvalg;")
    with excel.open(encoding="utf-8-sig", newline="") as f:
        excel_rows = list(csv.reader(f, delimiter=";"))
    with plain.open(encoding="utf-8", newline="") as f:
        assert excel_rows == list(csv.reader(f))
    assert any("æ" in cell or "ø" in cell for row in excel_rows for cell in row)


def test_filters_select_documents_as_search_does(corpus_store: Store) -> None:
    def ids(*args: str) -> list[str]:
        lines = _export(corpus_store, "answers", "-f", "jsonl", *args).stdout.splitlines()
        return [json.loads(x)["id"] for x in lines]

    everything = {r["id"]: r for r in map(json.loads, _export(corpus_store, "answers", "-f", "jsonl").stdout.splitlines())}
    beu = ids("--udvalg", "Beskæftigelsesudvalget")
    assert beu == ids("--udvalg", "beu") and len(beu) == _count(corpus_store, "answers", "AND v.udvalg = 'BEU'") > 0
    assert {everything[i]["udvalg"] for i in beu} == {"BEU"}
    el = ids("--party", "EL")
    assert el and all("EL" in everything[i]["parties"].split("; ") for i in el)
    assert len(el) == sum("EL" in (r["parties"] or "").split("; ") for r in everything.values())
    finn = ids("--asker", "finn sorensen")  # without ø, as the search filter allows
    assert finn and {everything[i]["askers"] for i in finn} == {"Finn Sørensen"}
    dated = ids("--from", "2016", "--to", "2017")
    assert dated and all("2016-01-01" <= everything[i]["document_date"] <= "2017-12-31" for i in dated)
    assert len(dated) == sum("2016" <= (r["document_date"] or "")[:4] <= "2017" for r in everything.values())
    assert ids("--samling", "2012-13") == [i for i, r in everything.items() if (r["samling"] or "").startswith("2012-13")]
    events = _export(corpus_store, "events", "-f", "jsonl", "--udvalg", "BEU").stdout.splitlines()
    assert len(events) == _count(corpus_store, "lineage_events", "AND d.udvalg = 'BEU'") > 0


def test_export_usage_errors(corpus_store: Store) -> None:
    runner = CliRunner()
    db = ["--db", str(corpus_store.path)]
    assert runner.invoke(app, ["export", "answers", "--format", "parquet", *db]).exit_code == 2
    assert runner.invoke(app, ["export", "answers", "--format", "xlsx", *db]).exit_code == 2
    assert runner.invoke(app, ["export", "events", "--format", "jsonl", "--excel", *db]).exit_code == 2


def test_datasette_metadata_command_names_the_database() -> None:
    result = CliRunner().invoke(app, ["export", "datasette-metadata", "--database", "mystore"])
    assert result.exit_code == 0
    metadata = json.loads(result.stdout)
    assert list(metadata["databases"]) == ["mystore"]
    assert metadata["databases"]["mystore"]["tables"]["answers"]["fts_table"] == "search_fts"


@pytest.mark.parametrize("command", [
    ["export", "indicators", "--format", "yaml"], ["export", "answers", "--format", "csv"],
    ["export", "events", "--format", "parquet"], ["export", "graph"], ["export", "datasette-metadata"]])
@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_an_output_file_that_cannot_be_written_is_named_without_a_traceback(
        store: Store, tmp_path: Path, command: list[str], where: str) -> None:
    """--out in a folder that does not exist, or naming a folder, used to end in a Python
    traceback (FileNotFoundError, IsADirectoryError) for indicators, graph and metadata."""
    out = tmp_path / "mangler" / "ud.fil" if where == "missing folder" else tmp_path
    before = sorted(tmp_path.rglob("*"))
    db = ["--db", str(store.path)] if command[1] != "datasette-metadata" else []  # it reads no store
    result = CliRunner().invoke(app, [*command, *db, "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"error: {out}: cannot write this output file (" in " ".join(result.stderr.split())
    assert "Traceback" not in result.output
    assert sorted(tmp_path.rglob("*")) == before  # no temporary file left behind
