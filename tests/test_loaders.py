"""Every supported format loads into headings and paragraphs; anything else is refused by name."""

import zipfile

import pytest

from ingest.limits import LoadLimits
from ingest.loaders import Block, LoadError, load
from tests.conftest import write


def headings(document):
    return [(block.level, block.text) for block in document.blocks if block.level]


def test_markdown_headings_front_matter_and_code_fences(tmp_path):
    path = write(
        tmp_path / "guide.md",
        """\
        ---
        title: "Front Matter Title"
        ---
        # Guide

        Intro text.

        Setext heading
        --------------

        ```python
        # not a heading, a comment in code
        ```

        ## 2.1 Numbered
        Body.
        """,
    )
    document = load(path)
    assert document.title == "Front Matter Title"
    assert headings(document) == [(1, "Guide"), (2, "Setext heading"), (2, "2.1 Numbered")]
    assert any("# not a heading" in block.text for block in document.blocks if not block.level)


def test_plain_text_numbered_lines_are_headings(tmp_path):
    path = write(tmp_path / "notes.txt", "1. Scope\nThis applies to all staff.\n\n1.2 Details\nMore text here.\n")
    assert headings(load(path)) == [(1, "1. Scope"), (2, "1.2 Details")]


def test_html_keeps_structure_and_drops_scripts(tmp_path):
    path = write(
        tmp_path / "page.html",
        """\
        <html><head><title>AI Rules</title><script>alert('x')</script></head>
        <body><nav>Menu</nav><h1>AI Rules</h1><p>Use approved tools.</p>
        <h2>3. Incidents</h2><ul><li>Report within 24 hours</li></ul></body></html>
        """,
    )
    document = load(path)
    assert document.title == "AI Rules"
    assert headings(document) == [(1, "AI Rules"), (2, "3. Incidents")]
    text = " ".join(block.text for block in document.blocks)
    assert "alert" not in text and "Menu" not in text and "Report within 24 hours" in text


def test_docx_headings_paragraphs_and_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Handbook", level=0)
    document.add_heading("4. Vendors", level=1)
    document.add_paragraph("Vendors must not train on our data.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Tool", "Approved"
    path = tmp_path / "handbook.docx"
    document.save(path)
    loaded = load(path)
    assert loaded.title == "Handbook"
    assert headings(loaded) == [(1, "4. Vendors")]
    assert Block("Vendors must not train on our data.") in loaded.blocks
    assert Block("Tool | Approved") in loaded.blocks


def test_pdf_text_and_numbered_headings(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "policy.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle("Scanned Policy")
    for row, line in enumerate(
        ["1. Scope", "This policy covers AI tools.", "1.1 Data", "Restricted data stays inside."]
    ):
        page.drawString(72, 800 - 20 * row, line)
    page.save()
    document = load(path)
    assert document.title == "Scanned Policy"
    assert headings(document) == [(1, "1. Scope"), (2, "1.1 Data")]
    assert "Restricted data stays inside." in " ".join(block.text for block in document.blocks)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("broken.pdf", b"%PDF-1.7 this is not really a pdf", "PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip archive at all", "DOCX"),
        ("garbage.md", bytes(range(256)) * 40, "binary"),
        ("controls.txt", b"text\x01\x02\x03\x04\x05\x06\x07\x08" * 100, "binary"),
        ("empty.md", b"", "no text"),
        ("blank.txt", b"   \n\n\t\n", "no text"),
        ("only-headings.md", b"# Title\n## Section\n", "no text"),
        ("data.csv", b"a,b\n1,2\n", "unsupported"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason):
        load(path)


def test_docx_that_is_a_zip_without_a_document(tmp_path):
    path = tmp_path / "hollow.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "no word document in here")
    with pytest.raises(LoadError, match="DOCX"):
        load(path)


def test_unreadable_and_oversized_files(tmp_path):
    dangling = tmp_path / "gone.md"
    dangling.symlink_to(tmp_path / "nowhere.md")
    with pytest.raises(LoadError, match="cannot read"):
        load(dangling)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(LoadLimits().file_bytes + 1)
    with pytest.raises(LoadError, match="too large"):
        load(huge)


def test_hostile_html_nesting_and_giant_headings_do_not_crash(tmp_path):
    nested = write(tmp_path / "nested.html", "<div>" * 20000 + "<p>deep text</p>" + "</div>" * 20000)
    try:
        document = load(nested)
        assert "deep text" in " ".join(block.text for block in document.blocks)
    except LoadError as error:
        assert "nested" in str(error)
    giant = write(tmp_path / "giant.md", "# " + "A" * 50000 + "\n\nbody text\n")
    assert load(giant).blocks[-1] == Block("body text")


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caf\xe9 policy: no AI on r\xe9sum\xe9s without review.".encode("cp1252"))
    assert "résumés" in load(path).blocks[0].text
