"""Chunks follow the heading structure and carry the metadata that citations need."""

from pathlib import Path

from ingest.chunking import chunk_document
from ingest.loaders import Block, LoadedDocument, load
from tests.conftest import CONTROLS, POLICY, write

POLICIES = Path(__file__).resolve().parent.parent / "policies"


def test_sections_numbers_and_title(tmp_path):
    chunks = chunk_document(load(write(tmp_path / "policy.md", POLICY)), "policy.md")
    assert {chunk.title for chunk in chunks} == {"Example AI Policy"}
    by_section = {chunk.section: chunk for chunk in chunks}
    assert by_section["2.2"].headings == ("2. Data classes", "2.2 Customer personal data")
    assert "pseudonymisation" in by_section["2.2"].text
    assert by_section["3"].heading == "3. Reporting incidents"
    preamble = [chunk for chunk in chunks if not chunk.headings]
    assert preamble and "sets the rules" in preamble[0].text
    assert [chunk.position for chunk in chunks] == list(range(len(chunks)))


def test_control_ids_come_from_the_nearest_heading_that_names_one(tmp_path):
    text = CONTROLS + "\n### Evidence\nKeep the questionnaire answers.\n"
    chunks = chunk_document(load(write(tmp_path / "controls.md", text)), "iso/controls.md")
    assert [(chunk.control_id, chunk.heading) for chunk in chunks] == [
        ("A.10.3", "A.10.3 Suppliers"),
        ("A.6.2.8", "A.6.2.8 AI system recording of event logs"),
        ("A.6.2.8", "A.6.2.8 AI system recording of event logs > Evidence"),
    ]
    assert all(chunk.section is None for chunk in chunks)


def test_a_chunk_never_spans_two_sections(tmp_path):
    sections = {f"{n}. Section {n}": f"Sentence {n} of its own section. " * 40 for n in range(1, 6)}
    markdown = "# Doc\n\n" + "\n\n".join(f"## {heading}\n\n{body}" for heading, body in sections.items())
    for chunk in chunk_document(load(write(tmp_path / "doc.md", markdown)), "doc.md"):
        assert chunk.text in sections[chunk.heading]


def test_long_sections_split_at_sentences_with_overlap():
    sentences = [f"Rule {n} says employees must check item {n} before use." for n in range(60)]
    document = LoadedDocument("Rules", [Block("5. Checks", 2), Block(" ".join(sentences))])
    chunks = chunk_document(document, "rules.md", max_chars=400, overlap=120)
    assert len(chunks) > 5
    assert all(len(chunk.text) <= 400 for chunk in chunks)
    for before, after in zip(chunks, chunks[1:]):
        assert after.text.split(". ")[0] + "." in before.text, "the next chunk repeats the previous one's last sentence"
    joined = " ".join(chunk.text for chunk in chunks)
    assert all(sentence in joined for sentence in sentences)


def test_a_sentence_longer_than_a_chunk_is_cut_at_spaces():
    document = LoadedDocument(None, [Block("word " * 1000)])
    chunks = chunk_document(document, "wall-of-text.txt", max_chars=300, overlap=50)
    assert chunks[0].title == "Wall of text"
    assert all(len(chunk.text) <= 300 for chunk in chunks)


def test_shipped_iso_guidance_has_all_38_controls_each_cited_by_id():
    expected = {
        "A.2.2",
        "A.2.3",
        "A.2.4",
        "A.3.2",
        "A.3.3",
        "A.4.2",
        "A.4.3",
        "A.4.4",
        "A.4.5",
        "A.4.6",
        "A.5.2",
        "A.5.3",
        "A.5.4",
        "A.5.5",
        "A.6.1.2",
        "A.6.1.3",
        "A.6.2.2",
        "A.6.2.3",
        "A.6.2.4",
        "A.6.2.5",
        "A.6.2.6",
        "A.6.2.7",
        "A.6.2.8",
        "A.7.2",
        "A.7.3",
        "A.7.4",
        "A.7.5",
        "A.7.6",
        "A.8.2",
        "A.8.3",
        "A.8.4",
        "A.8.5",
        "A.9.2",
        "A.9.3",
        "A.9.4",
        "A.10.2",
        "A.10.3",
        "A.10.4",
    }
    found = set()
    for path in sorted((POLICIES / "iso42001").glob("a*.md")):
        for chunk in chunk_document(load(path), path.name):
            if chunk.headings:
                assert chunk.control_id, f"{path.name}: {chunk.heading} has no control id"
                found.add(chunk.control_id)
    assert found == expected


def test_shipped_company_policies_cite_by_section_number():
    for path in sorted((POLICIES / "company").glob("*.md")):
        chunks = chunk_document(load(path), f"company/{path.name}")
        assert chunks, path
        assert all(chunk.section for chunk in chunks if chunk.headings), path


def test_preambles_and_text_before_a_first_sub_heading_are_marked_intro(tmp_path):
    chunks = chunk_document(load(write(tmp_path / "policy.md", POLICY)), "policy.md")
    intro = {chunk.heading for chunk in chunks if chunk.intro}
    assert intro == {""}, "the preamble introduces the document; section 2 has no text of its own"
    text = POLICY.replace("## 2. Data classes\n", "## 2. Data classes\nData falls into the classes below.\n")
    chunks = chunk_document(load(write(tmp_path / "policy.md", text)), "policy.md")
    assert {chunk.heading for chunk in chunks if chunk.intro} == {"", "2. Data classes"}
    assert not any(chunk.intro for chunk in chunks if chunk.section in ("1", "2.1", "2.2", "3"))


def test_a_document_without_headings_has_no_intro(tmp_path):
    chunks = chunk_document(load(write(tmp_path / "notes.txt", "Prompt logs are kept for ninety days.\n")), "notes.txt")
    assert chunks and not any(chunk.intro for chunk in chunks)


def test_a_long_sections_table_keeps_one_row_to_a_line(tmp_path):
    # (a cell's "; Example…" is no end of a sentence: the row is one, and the next row keeps its own line)
    rows = "\n".join(f"| {n} – Level | Example {n}a; Example {n}b | {n} days |" for n in range(1, 30))
    markdown = f"# Doc\n\n## 4.2 Levels\n\n| Level | Examples | Within |\n|---|---|---|\n{rows}\n\n{'Prose. ' * 80}\n"
    chunks = chunk_document(load(write(tmp_path / "doc.md", markdown)), "doc.md", max_chars=600, overlap=100)
    assert len(chunks) > 2
    for chunk in chunks:
        for line in chunk.text.splitlines():
            assert line.count("– Level") <= 1, f"two rows on one line: {line!r}"


def test_a_long_sections_list_keeps_one_item_to_a_line(tmp_path):
    items = "\n".join(f"- item {n}, which says something of its own;" for n in range(1, 30))
    markdown = (
        f"# Doc\n\n## 2.1 What must be registered\n\nRegister each of the following:\n\n{items}\n\n{'Prose. ' * 80}\n"
    )
    chunks = chunk_document(load(write(tmp_path / "doc.md", markdown)), "doc.md", max_chars=600, overlap=100)
    assert len(chunks) > 2
    for chunk in chunks:
        for line in chunk.text.splitlines():
            assert line.count("- item") <= 1, f"two items on one line: {line!r}"


def test_each_piece_of_a_long_table_repeats_its_header(tmp_path):
    rows = "\n".join(f"| {n} – Level | Example {n}a; Example {n}b | {n} days |" for n in range(1, 30))
    markdown = f"# Doc\n\n## 4.2 Levels\n\n| Level | Examples | Acknowledge within |\n|---|---|---|\n{rows}\n"
    chunks = chunk_document(load(write(tmp_path / "doc.md", markdown)), "doc.md", max_chars=600, overlap=100)
    assert len(chunks) > 2
    for chunk in chunks:  # every row is read with what its columns are
        assert chunk.text.startswith("| Level | Examples | Acknowledge within |\n|---|---|---|\n| "), chunk.text[:80]
    shown = [line for chunk in chunks for line in chunk.text.splitlines() if "– Level" in line]
    assert {line.split(" – ")[0] for line in shown} == {f"| {n}" for n in range(1, 30)}  # no row lost


def test_a_table_under_a_line_of_its_own_paragraph_still_repeats_its_header(tmp_path):
    # "Levels are:" directly above the table, with no blank line between: one paragraph, and still a table
    rows = "\n".join(f"| {n} – Level | Example {n}a; Example {n}b | {n} days |" for n in range(1, 30))
    markdown = (
        f"# Doc\n\n## 4.2 Levels\n\nLevels are:\n| Level | Examples | Acknowledge within |\n|---|---|---|\n{rows}\n"
    )
    chunks = chunk_document(load(write(tmp_path / "doc.md", markdown)), "doc.md", max_chars=600, overlap=100)
    assert len(chunks) > 2
    for chunk in chunks[1:]:
        assert "| Level | Examples | Acknowledge within |\n|---|---|---|\n| " in chunk.text, chunk.text[:80]
