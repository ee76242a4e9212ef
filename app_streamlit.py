"""Sporbar's web app: Søg, Spor, Indikatorer, Kommuner, Dokument.

Only a face: every value comes from `knowledge.app_api`. Document text is never passed
as HTML; it is markdown-escaped character by character, so `<script>` in a source shows
as text. Run with `sporbar app --db build/corpus.db` (or `make run`).
"""
from __future__ import annotations

import datetime as dt
import functools
import string
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from knowledge import app_api as api
from knowledge import app_views as views

if TYPE_CHECKING:
    from knowledge.store import Store

PAGES = ("Søg", "Spor", "Indikatorer", "Kommuner", "Dokument")
EXAMPLES = ("måltal", "benchmarking", "ressourceforløb")
FILTER_LABELS = {"udvalg": "Udvalg", "samling": "Samling", "asker": "Spørger", "party": "Parti",
                 "ministry": "Ministerium", "kind": "Dokumenttype", "issuer": "Udsteder"}
_PUNCT = frozenset(string.punctuation)


@st.cache_resource(show_spinner=False)
def get_store(path: str) -> Store:
    return api.open_store(path)


@st.cache_resource(show_spinner=False)
def warm_up_in_background() -> threading.Thread:
    """Import search, trace and export after the first page is drawn, not before it."""
    thread = threading.Thread(target=api.warm_up, name="sporbar-warm-up", daemon=True)
    thread.start()
    return thread


def store() -> Store:
    return get_store(str(api.db_path()))


# -- rendering helpers -----------------------------------------------------------------------

def md_escape(text: str) -> str:
    """Markdown that shows `text` literally: every ASCII punctuation mark backslash-escaped."""
    return "".join("\\" + c if c in _PUNCT else c for c in text)


def chunks_markdown(chunks: Iterable[api.Chunk], *, badges: bool = True) -> str:
    """Escaped markdown: cited fields on a coloured background, a badge where each begins."""
    out: list[str] = []
    for chunk in chunks:
        if badges and chunk.starts:
            out.append(" " + " ".join(f":violet-badge[{md_escape(name)}]" for name in chunk.starts) + " ")
        lines = chunk.text.replace("\t", " ").split("\n")
        for i, line in enumerate(lines):
            if i:
                out.append("  \n")
            piece = md_escape(line.lstrip() if not out or out[-1].endswith("\n") else line)
            out.append(f":orange-background[{piece}]" if chunk.label and piece.strip() else piece)
    return "".join(out)


def open_document(document_id: str, page: int | None = None, start: int | None = None,
                  end: int | None = None) -> None:
    st.session_state["side"] = "Dokument"
    st.session_state["dok"] = document_id
    if page:
        st.session_state[f"side_{document_id}"] = page
    # The passage a citation points at: the Dokument page marks it and scrolls to it.
    st.session_state["citat"] = (document_id, start, end) if start is not None and end is not None else None


def open_button(document_id: str | None, key: str, label: str = "Åbn dokument", page: int | None = None,
                start: int | None = None, end: int | None = None) -> None:
    if document_id:
        st.button(label, key=key, on_click=open_document, args=(document_id, page, start, end))


def citation_block(citation: dict, key: str) -> None:
    """Where a result comes from, and "Kopiér citat": the ready Danish citation line in a
    code box, whose copy button puts exactly that line on the clipboard."""
    if not citation:
        return
    # Who issued it first (a ministry, kommune, party or agency): whom a quote is attributed to.
    # An issuer the document does not print says what it rests on ("udledt af kildens adresse: ft.dk").
    parts = [api.issuer_label(citation), citation.get("title") or "", api.format_date(citation.get("date")),
             citation.get("reference") or "",
             f"samling {citation['samling']}" + (" (afledt af datoen)" if citation.get("samling_derived") else "")
             if citation.get("samling") else "",
             f"side {citation['page']}" if citation.get("page") else "", citation.get("file") or "",
             citation.get("basis") or "" if not citation.get("quote") else ""]
    st.caption("Kilde: " + " · ".join(md_escape(str(p)) for p in parts if p))
    with st.popover("Kopiér citat", key=f"copy_{key}"):
        st.code(citation.get("text") or "", language=None, wrap_lines=True)


def downloads(items: Iterable[tuple[str, Callable[[], str], str, str]], key: str) -> None:
    """A row of download buttons: (label, builder, file name, mime)."""
    columns = st.columns(4)
    for i, (label, build, name, mime) in enumerate(items):
        # "ignore": a download needs no rerun (which would also redraw the page under the user).
        columns[i % 4].download_button(label, build(), file_name=name, mime=mime, key=f"{key}_{i}",
                                       on_click="ignore")


# -- pages ------------------------------------------------------------------------------------

def page_search() -> None:
    st.header("Søg")
    query = st.text_input("Søg i spørgsmål, svar og dokumenter", key="q", placeholder="fx måltal")
    chosen = {k: st.session_state.get(f"f_{k}") or None for k in api.FILTERS}
    period = (st.session_state.get("fra"), st.session_state.get("til"))
    if st.session_state.get("sortering") not in views.SORTS:
        st.session_state["sortering"] = "relevans"
    order = st.session_state["sortering"]
    view = None
    fetched: list[dict] = []
    if query.strip() or any(chosen.values()):
        # By date: the newest (oldest) of the best hits, not of the first page only.
        view = api.run_search(store(), query, date_from=period[0], date_to=period[1],
                              limit=views.SORT_POOL if order != "relevans" else 50, **chosen)
        fetched = view.cards
        view.cards = views.sort_cards(view.cards, order)[:50]
    with st.expander("Filtre", expanded=any(chosen.values()) or any(period)):
        _filters(view.facets if view else {})
    if view is None:
        st.info("Skriv et søgeord, fx »måltal«, »benchmarking« eller »ressourceforløb«.")
        return
    shown_suggestions = views.suggestions_to_show(query, view.suggestions)
    for suggestion in shown_suggestions:
        st.button(f"Mente du »{md_escape(suggestion)}«?", key=f"sugg_{suggestion}", on_click=_set_query,
                  args=(suggestion,))
    message = view.message or ""
    if view.suggestions and "Mente du" in message:  # the button says it, or it is not worth saying
        message = message[:message.index("Mente du")].strip()
    if message:
        st.info(md_escape(views.short(message)))
        if not view.cards:  # "Skriv et eller flere ord ...": no count, sorting or downloads of nothing
            return
    top = st.columns([3, 1])
    top[0].caption(views.result_caption(view.total, fetched, len(view.cards)))
    sorts: list[str] = list(views.SORTS)
    top[1].selectbox("Sortering", sorts, key="sortering", format_func=lambda s: views.SORTS.get(s, s),
                     label_visibility="collapsed")
    if view.cards:
        _hit_downloads(query, chosen, period, view.cards)
    for i, card in enumerate(view.cards):
        if card.get("match") == "some" and (i == 0 or view.cards[i - 1].get("match") != "some"):
            st.caption("Resultater med nogle af ordene, ikke dem alle:")
        _result_card(i, card)


def _hit_downloads(query: str, chosen: dict, period: tuple, cards: list[dict]) -> None:
    """CSV (for Excel: BOM and semicolons) and JSON of exactly the hits shown, named by the filters."""
    about = {"q": views.short(query, 40), **{k: v for k, v in chosen.items() if v},
             **{k: v.isoformat() for k, v in zip(("fra", "til"), period) if v}}
    rows = views.hit_rows(cards)
    downloads([("Hent CSV", lambda: views.rows_csv(rows), views.file_name("soeg", about, "csv"), "text/csv"),
               ("Hent JSON", lambda: views.rows_json(rows, about), views.file_name("soeg", about, "json"),
                "application/json")], key="hits_dl")


def _keep_valid(key: str, values: list[str]) -> None:
    """A value from a link that this store does not have is dropped, not an error."""
    if key in st.session_state and st.session_state[key] not in values:
        del st.session_state[key]


def _set_query(text: str) -> None:
    st.session_state["q"] = text


def _filters(facets: dict[str, list[tuple[str, int]]]) -> None:
    """Filter menus over every value in the store; facet counts for the current result."""
    options = api.filter_options(store())
    # Udvalg wider: full committee names with their counts stay readable. Udsteder: a
    # kommune, party or agency that issued the document (a ministry is under Ministerium).
    rows = [*st.columns([2, 1, 1]), *st.columns(4)]
    places = dict(zip(("udvalg", "samling", "kind", "asker", "party", "ministry", "issuer"), rows))
    for name in api.FILTERS:
        counts = dict(facets.get(name, []))
        # The values in this result first, commonest first; then the rest of the store's.
        rest = sorted(set(options.get(name, [])) - set(counts), key=lambda v: views.option_label(name, v, {}))
        values = [""] + [v for v, _ in facets.get(name, [])] + rest
        _keep_valid(f"f_{name}", values)
        places[name].selectbox(FILTER_LABELS[name], values, key=f"f_{name}", placeholder="Vælg",
                               format_func=functools.partial(views.option_label, name, counts=counts))
    cols = st.columns(4)
    cols[0].date_input("Periode fra", value=None, key="fra", format="DD.MM.YYYY", min_value=dt.date(1990, 1, 1))
    cols[1].date_input("Periode til", value=None, key="til", format="DD.MM.YYYY", min_value=dt.date(1990, 1, 1))


def _result_card(i: int, card: dict) -> None:
    with st.container(border=True, key=f"hit_{i}"):
        st.markdown(f"**{md_escape(card['title'] or 'Uden titel')}**")
        # A samling the letter does not print, but its date gives, says so (as its citation does).
        derived = card["samling"] and (card.get("citation") or {}).get("samling_derived")
        meta = [card["udvalg"], f"{card['samling']} (afledt af datoen)" if derived else card["samling"],
                views.question_label(card["question_number"]),
                card["date"], f"spørger: {card['asker']}" if card["asker"] else "", card["kind"]]
        st.caption(" · ".join(md_escape(str(m)) for m in meta if m))
        files = card.get("files") or []
        if len(files) > 1:
            st.caption(md_escape(f"{len(files)} filer med samme tekst: " + ", ".join(files)))
        elif files:
            st.caption(md_escape(f"Fil: {files[0]}"))
        if card["snippet"]:
            st.markdown(chunks_markdown(card["snippet"], badges=False))
        citation_block(card.get("citation") or {}, key=f"hit_{i}")
        cols = st.columns(2)
        with cols[0]:
            open_button(card["document_id"], key=f"open_hit_{i}")
        with cols[1]:
            open_button(card["source_document_id"], key=f"source_hit_{i}", label="Åbn kilden", page=card.get("page"),
                        start=card.get("start"), end=card.get("end"))


def page_trace() -> None:
    st.header("Spor")
    st.write("Følg et begreb gennem dokumenterne: hvornår det blev indført, ændret, droppet og erstattet.")
    cols = st.columns(len(EXAMPLES) + 1)
    for col, example in zip(cols, EXAMPLES):
        col.button(example, key=f"ex_{example}", on_click=lambda e=example: st.session_state.update(begreb=e))
    concept = st.text_input("Begreb", key="begreb", placeholder="fx måltal")
    if not concept.strip():
        return
    view = api.run_trace(store(), concept)
    if not view.events:
        st.info(md_escape(views.short(view.message)))
        return
    tab_time, tab_graph = st.tabs(["Tidslinje", "Graf"])
    with tab_time:
        _timeline(view.events)
    with tab_graph:
        # The timeline's events, on an axis of years: the same events as the Tidslinje tab.
        st.graphviz_chart(views.timeline_dot(view.events), width="content")
        st.caption("Årstal til venstre; en boks pr. hændelse i tidens orden, hændelser fra samme år under "
                   "hinanden; farven viser hændelsen "
                   "(grøn indført, gul ændret, rød droppet, orange erstattet, blå bekræftet, lilla evalueret). "
                   "Netværket af begreber, aktører og dokumenter kan hentes som GraphML.")
    downloads([("Hent som JSON", lambda: api.trace_json(view.raw), f"spor-{concept}.json", "application/json"),
               ("Hent som GraphML", lambda: api.trace_graphml(view.raw), f"spor-{concept}.graphml",
                "application/xml")], key="trace_dl")


def _timeline(events: list[dict]) -> None:
    for i, event in enumerate(events):
        with st.container(border=True, key=f"event_{i}"):
            when = api.event_when(event)
            head = f"**{md_escape(when)}** · {md_escape(event['Hændelse'])} · {md_escape(event['Emne'])}"
            st.markdown(head)
            based = event.get("Grundlag") or {}  # a value the text does not print says what it rests on
            details = [f"Aktør: {event['Aktør']}" + (f" ({based['Aktør']})" if based.get("Aktør") else "")
                       if event["Aktør"] else "",
                       *(f"{name}: {based[name]}" for name in ("År", "Dato") if based.get(name)),
                       f"Erstattet af: {event['Erstattet af']}" if event["Erstattet af"] else ""]
            if any(details):
                st.caption(" · ".join(md_escape(d) for d in details if d))
            if event["Citat"]:
                st.markdown("> " + md_escape(" ".join(event["Citat"].split())))
            citation_block(event.get("citation") or {}, key=f"event_{i}")
            if event.get("Også i"):
                st.caption(md_escape("Samme ordlyd også i: " + "; ".join(
                    f"{o['Kilde']}, side {o['Side']}" if o.get("Side") else o["Kilde"] for o in event["Også i"])))
            open_button(event["document_id"], key=f"open_event_{i}", label="Åbn kilden", page=event["Side"],
                        start=event.get("start"), end=event.get("end"))
            for j, other in enumerate(event.get("Også i") or []):  # the same words, in the other file
                open_button(other["document_id"], key=f"open_event_{i}_also_{j}", label=f"Åbn {other['Kilde']}",
                            page=other["Side"], start=other.get("start"), end=other.get("end"))


def page_indicators() -> None:
    st.header("Indikatorer")
    specs = views.with_reforms(api.indicator_catalogue(store()))
    if not specs:
        st.info("Ingen indikatorer i databasen endnu.")
    cols = st.columns(3)
    choice: dict[str, str] = {}
    reforms = views.reform_options(specs)  # one entry per reform, however the documents name it
    for col, (name, label) in zip(cols, (("reform", "Reform"), ("kind", "Type"), ("data_source", "Kilde"))):
        values = list(reforms) if name == "reform" else sorted({str(s[name]) for s in specs if s.get(name)})
        _keep_valid(f"ind_{name}", [""] + values)
        names = reforms if name == "reform" else api.KIND_NAMES if name == "kind" else {}
        choice[name] = col.selectbox(label, ["", *values], key=f"ind_{name}", placeholder="Vælg",
                                     format_func=_named(names, empty="alle")) or ""
    shown = views.filter_specs(specs, **choice)
    st.caption(f"{api.format_int(len(shown))} af {api.format_int(len(specs))} indikatorer")
    # The downloads hold exactly the indicators shown, and the file name says which.
    about = {"reform": choice["reform"], "type": choice["kind"], "kilde": choice["data_source"]}
    downloads(_spec_downloads([s["id"] for s in shown] if shown != specs else None,
                              views.file_name("indikatorer", about, "x")[:-2]), key="ind_all")
    for i, spec in enumerate(shown):
        source = Path(spec["provenance"].get("source") or "").name
        with st.expander(md_escape(f"{api.spec_title(spec)} · {source}" if source else api.spec_title(spec))):
            _spec_details(spec)
            cited = spec.get("citation") or {}
            open_button(spec["provenance"]["document_id"], key=f"open_spec_{i}", label="Åbn kilden",
                        page=cited.get("page"), start=cited.get("start"), end=cited.get("end"))
            downloads(_spec_downloads([spec["id"]], f"indikator-{i + 1}", schema=False), key=f"ind_one_{i}")


def _indicator_file(fmt: str, ids: list[str] | None) -> Callable[[], str]:
    """The file behind a download button, made only when it is clicked."""
    return lambda: api.indicator_download(store(), fmt, spec_ids=ids)


def _named(names: Mapping[str, str], *, empty: str) -> Callable[[str], str]:
    """A selectbox label: the value's Danish name where it has one, `empty` for no choice."""
    return lambda v: names.get(v, v) if v else empty


def _spec_downloads(ids: list[str] | None, name: str,
                    schema: bool = True) -> list[tuple[str, Callable[[], str], str, str]]:
    items: list[tuple[str, Callable[[], str], str, str]] = [
        (f"Hent {fmt.upper()}", _indicator_file(fmt, ids), f"{name}.{fmt}", mime)
        for fmt, mime in (("json", "application/json"), ("yaml", "application/yaml"), ("csv", "text/csv"))]
    if schema:
        items.append(("Hent JSON Schema", api.indicator_schema_json, "indikator.schema.json", "application/json"))
    return items


def _spec_details(spec: dict) -> None:
    # st.table renders markdown in its cells, so the values are escaped like all source text.
    st.table([{"Felt": label, "Værdi": md_escape(value)} for label, value in api.spec_rows(spec)])
    prov = spec["provenance"]
    if prov.get("quote"):
        st.markdown("> " + md_escape(" ".join(prov["quote"].split())))
    citation_block(spec.get("citation") or {}, key=f"spec_{spec['id']}")


def page_kommuner() -> None:
    st.header("Kommuner")
    rows = api.kommune_rows(store())
    if not rows:
        st.info("Ingen kommuner fundet i dokumenterne endnu.")
        return
    by_kommune, by_document = st.tabs(["Efter kommune", "Efter dokument"])
    with by_kommune:
        summary = api.kommune_summary(rows)
        st.dataframe(summary, hide_index=True, width="stretch", key="kommune_oversigt")
        _keep_valid("kommune", [s["Kommune"] for s in summary])
        name = st.selectbox("Kommune", [s["Kommune"] for s in summary], key="kommune", placeholder="Vælg en kommune")
        _kommune_table([r for r in rows if r["Kommune"] == name], drop="Kommunekode", about={"kommune": name or ""})
    with by_document:
        documents = api.kommune_documents(rows)
        _keep_valid("kommune_dok", list(documents))
        label = st.selectbox("Dokument", list(documents), key="kommune_dok", placeholder="Vælg et dokument")
        st.caption("Hvilke kommuner dokumentet nævner, og i hvilken rolle (fx evalueringsaktiviteter).")
        # In the document's own order, numbered: a ranked list ("top 10") keeps its rank.
        in_order = sorted((r for r in rows if r["document_id"] == documents.get(label or "")),
                          key=lambda r: ((r.get("citation") or {}).get("start") is None,
                                         (r.get("citation") or {}).get("start") or 0))
        _kommune_table([{"Nr.": i, **r} for i, r in enumerate(in_order, start=1)], drop="Dokument",
                       about={"dokument": label or ""})


def _kommune_table(rows: list[dict], *, drop: str, about: dict[str, str]) -> None:
    st.dataframe([{k: v for k, v in r.items() if k not in ("document_id", "citation", drop)} for r in rows],
                 hide_index=True, width="stretch")
    # The table shown, each row with its citation (file, page, line), as CSV for Excel and JSON.
    table = views.kommune_download_rows(rows)
    downloads([("Hent CSV", lambda: views.rows_csv(table), views.file_name("kommuner", about, "csv"), "text/csv"),
               ("Hent JSON", lambda: views.rows_json(table, about), views.file_name("kommuner", about, "json"),
                "application/json")], key=f"kommune_dl_{drop}")
    for doc_id in dict.fromkeys(r["document_id"] for r in rows):
        first = next(r for r in rows if r["document_id"] == doc_id)
        if drop != "Dokument":
            citation_block(first.get("citation") or {}, key=f"kommune_{drop}_{doc_id}")
        cited = first.get("citation") or {}
        open_button(doc_id, key=f"open_kommune_{drop}_{doc_id}", label=f"Åbn {md_escape(first['Dokument'])}",
                    page=cited.get("page"), start=cited.get("start"), end=cited.get("end"))


def page_document() -> None:
    st.header("Dokument")
    options = dict(api.document_options(store(), include=st.session_state.get("dok")))
    if not options:
        st.info("Databasen er tom. Kør `sporbar ingest corpus` først.")
        return
    if st.session_state.get("dok") not in options:
        st.session_state["dok"] = next(iter(options))
    keys: list[str] = list(options)
    doc_id = st.selectbox("Dokument", keys, key="dok", format_func=lambda d: options.get(d, d),
                          placeholder="Vælg et dokument")
    if doc_id is None:
        return
    cited = st.session_state.get("citat")
    quote = (cited[1], cited[2]) if cited and cited[0] == doc_id and cited[1] is not None else None
    view = api.document_view(store(), doc_id, quote=quote)
    if view is None:
        st.error("Dokumentet findes ikke i databasen.")
        return
    ftdk_id = f" · ft.dk-dokument {view.ftdk_document_id}" if view.ftdk_document_id else ""
    kind = api.KIND_LABELS.get(view.kind, view.kind)
    facts = view.facts
    about = [facts.get("title") or "", api.format_date(facts.get("date")),
             f"samling {facts['samling']}" + (" (afledt af datoen)" if facts.get("samling_derived") else "")
             if facts.get("samling") else ""]
    if any(about):
        st.markdown("**" + md_escape(" · ".join(a for a in about if a)) + "**")
    st.caption(md_escape(f"Kilde: {view.source} · type: {kind} · id: {view.id}{ftdk_id}"))
    files = facts.get("files") or []
    if len(files) > 1:
        st.caption(md_escape("Samme tekst i " + str(len(files)) + " filer: " + ", ".join(f["name"] for f in files)))
    for line in api.oda_lines(view.oda) if view.oda else ():
        st.caption(md_escape(line))
    if view.ftdk_url:
        st.link_button("Se dokumentet på ft.dk", view.ftdk_url)
    text_col, field_col = st.columns([3, 2])
    with text_col:
        _document_pages(view)
    with field_col:
        st.subheader("Udtrukne felter")
        if view.fields:
            st.dataframe(view.fields, hide_index=True, width="stretch")
        else:
            st.info("Der er ikke udtrukket felter fra dette dokument.")


def _document_pages(view: api.DocumentView) -> None:
    """One page at a time: long PDFs would otherwise make one very long markdown block."""
    numbers = [n for n, _ in view.pages]
    number = numbers[0]
    if st.session_state.get(f"side_{view.id}") not in numbers:
        st.session_state.pop(f"side_{view.id}", None)  # a link may name a page this view lacks
    if len(numbers) > 1:
        number = st.selectbox("Side", numbers, key=f"side_{view.id}",
                              format_func=lambda n: f"side {n} af {len(numbers)}")
    st.caption("Fremhævet tekst er udtrukket til et felt; mærkaten viser feltet, hvor citatet begynder.")
    page_chunks = dict(view.pages)[number]
    if view.quote_page != number or not any(c.label == api.QUOTE_LABEL for c in page_chunks):
        st.markdown(chunks_markdown(page_chunks) or "_(siden er tom)_")
        return
    # The quoted passage in a marked box of its own, scrolled into view.
    first = next(i for i, c in enumerate(page_chunks) if c.label == api.QUOTE_LABEL)
    last = max(i for i, c in enumerate(page_chunks) if c.label == api.QUOTE_LABEL)
    if first:
        st.markdown(chunks_markdown(page_chunks[:first]))
    with st.container(border=True, key="kildecitat"):
        st.markdown(chunks_markdown([api.Chunk(c.text, None, c.starts) for c in page_chunks[first:last + 1]]))
    if last + 1 < len(page_chunks):
        st.markdown(chunks_markdown(page_chunks[last + 1:]))
    _scroll_to(".st-key-kildecitat")


def _scroll_to(selector: str) -> None:
    """Scroll the app to an element (Streamlit has no anchor for a container). st.html runs
    the script in the page itself (st.components.v1.html, an iframe for it, is deprecated);
    the script and selector are the app's own, never text from a document."""
    st.html("<script>let n = 0; const t = setInterval(() => { const e = document"
            f".querySelector('{selector}'); if (e) {{ e.scrollIntoView({{block: 'center'}}); }}"
            " if (e || ++n > 40) clearInterval(t); }, 100);</script>", unsafe_allow_javascript=True)


# -- main -------------------------------------------------------------------------------------

# What each page keeps in the address (issue 17): a bookmark, a shared link or a reload
# shows the same view. URL parameter -> session key; dates as yyyy-mm-dd.
URL_STATE = {"Søg": {"q": "q", **{k: f"f_{k}" for k in api.FILTERS}, "fra": "fra", "til": "til",
                     "sortering": "sortering"},
             "Spor": {"begreb": "begreb"}, "Dokument": {"dok": "dok"},
             "Indikatorer": {"reform": "ind_reform", "type": "ind_kind", "kilde": "ind_data_source"},
             "Kommuner": {"kommune": "kommune"}}
_DATES = frozenset({"fra", "til"})


def _from_query_params() -> None:
    """Links (?side=Søg&q=måltal&udvalg=BEU, ?side=Dokument&dok=ID) apply when the address is
    not the one this session last wrote: a new session, a reload, the browser's Back button."""
    current = {k: st.query_params.get(k) for k in st.query_params}
    if st.session_state.get("_url") == current:
        return
    st.session_state["_url"] = current
    side = st.query_params.get("side")
    if side in PAGES:
        st.session_state["side"] = side
    for param, key in (URL_STATE.get(side or "", {}) if side in PAGES else {}).items():
        value = st.query_params.get(param)
        if not value:
            continue
        if param in _DATES:
            try:
                st.session_state[key] = dt.date.fromisoformat(value)
            except ValueError:
                continue  # a hand-edited link with a bad date is ignored, not an error page
        else:
            st.session_state[key] = value


def _to_query_params(page: str) -> None:
    """The page's state into the address, so the view can be bookmarked and shared."""
    params = {"side": page}
    for param, key in URL_STATE.get(page, {}).items():
        value = st.session_state.get(key)
        if value:
            params[param] = value.isoformat() if isinstance(value, dt.date) else str(value)
    if {k: st.query_params.get(k) for k in st.query_params} != params:
        st.query_params.from_dict(params)
    st.session_state["_url"] = params


# Badges name the field a passage was extracted into; they are not part of the text, so a
# reader who copies the text gets the text alone.
STYLE = "<style>span.stMarkdownBadge { user-select: none; -webkit-user-select: none; }</style>"


def main() -> None:
    st.set_page_config(page_title="Sporbar", page_icon="🔎", layout="wide")
    st.set_option("client.toolbarMode", "viewer")  # no Deploy button or developer menu
    st.html(STYLE)
    _from_query_params()
    st.sidebar.title("Sporbar")
    page = st.sidebar.radio("Side", PAGES, key="side")
    st.sidebar.caption("Spørgsmål, svar og dokumenter fra Folketinget og ministerierne — søgbare og med kilder.")
    {"Søg": page_search, "Spor": page_trace, "Indikatorer": page_indicators,
     "Kommuner": page_kommuner, "Dokument": page_document}[page]()
    _to_query_params(page)
    warm_up_in_background()


main()
