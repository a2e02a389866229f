"""The governance report rendered: Markdown and one self-contained HTML file, with hostile text
from the database and the documents escaped; the gap analysis in it (one entry per control),
computed once per corpus version; the HTML opened in headless Chromium, its charts drawn."""

import json
import re
import shutil
import subprocess
from html import escape

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.wiring import GovbotDatabase
from knowledge.duties.kinds import DutySettings
from knowledge.gaps import GapAnalyser
from knowledge.gaps.stored import StoredGapAnalyses
from knowledge.reports.html import render_html
from knowledge.reports.markdown import md, render_markdown
from knowledge.reports.report import build_report
from tests.conftest import POLICY, write
from tests.report_fixture import HOSTILE_QUESTION, PERIOD, PINGS, SCRIPT, TARGETS, fill

HOSTILE_POLICY = POLICY.replace("# Example AI Policy", "# Example <script>alert('policy')</script> AI Policy")


@pytest.fixture(scope="module")
def analyser(embedder):
    return GapAnalyser(embedder)


@pytest.fixture
def gaps(tmp_path, index_of, analyser, data_dir):
    write(tmp_path / "docs" / "policy.md", HOSTILE_POLICY)
    index = index_of(tmp_path / "docs")
    return StoredGapAnalyses(data_dir, lambda: analyser).of(index)


@pytest.fixture
def report(tmp_path, gaps):
    db = GovbotDatabase(f"sqlite:///{tmp_path / 'report.db'}")
    db.migrate()
    fill(db)
    yield build_report(db, PERIOD, TARGETS, DutySettings(), gaps=gaps)
    db.dispose()


def test_the_report_carries_one_gap_entry_per_control_with_guidance_for_the_missing(report):
    iso = report["iso42001"]
    assert len(iso["controls"]) == 65 and sum(iso["counts"].values()) == 65
    missing = [c for c in iso["controls"] if c["verdict"] == "missing"]
    assert iso["missing"] == [c["control"] for c in missing] and missing
    assert all(c["guidance"]["quote"] and c["guidance"]["citation"] for c in missing)


def test_the_markdown_escapes_what_people_typed(report):
    text = render_markdown(report)
    assert "<script>" not in text and "<!channel>" not in text and "<!here>" not in text
    assert r"\<script\>alert\(1\)\</script\>" in text and md(SCRIPT) in text
    assert md(HOSTILE_QUESTION) in text and md(PINGS) in text  # a refused question, a tool name
    assert md(f"Data put into the wrong tool ({SCRIPT})") in text  # an open incident, by its tool
    row = next(line for line in text.splitlines() if "Evil GPT" in line)
    assert row.count(" | ") == len(row.split(" | ")) - 1  # a name cannot add a column


def test_the_html_is_one_file_escaped_with_nothing_to_fetch_or_run(report):
    page = render_html(report)
    assert not re.search(r"<script|<link|<iframe|<img|\bsrc=|\bhref=|url\(|@import|javascript:", page, re.I)
    assert re.findall(r"https?://[^\s\"'<>]+", page) == ["http://www.w3.org/2000/svg"] * page.count("<svg")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;!channel&gt; Evil GPT" in page
    assert escape(HOSTILE_QUESTION) in page and escape(SCRIPT) in page and escape(PINGS) in page
    assert page.count("<svg") == 5  # status, risk tier, requests and incidents per week, radar, controls by verdict


def test_the_gap_analysis_is_computed_once_per_corpus_version(tmp_path, index_of, analyser, data_dir):
    made = []

    def make():
        made.append(1)
        return analyser

    write(tmp_path / "docs" / "policy.md", POLICY)
    index = index_of(tmp_path / "docs")
    first = StoredGapAnalyses(data_dir, make).of(index)
    assert StoredGapAnalyses(data_dir, make).of(index) == first and len(made) == 1  # read back from the data dir
    stored = StoredGapAnalyses(data_dir, make)
    assert stored.of(index) is stored.of(index) and len(made) == 1

    write(
        tmp_path / "docs" / "suppliers.md", "# Suppliers\n\nThis supports ISO/IEC 42001 A.10.3: suppliers are vetted.\n"
    )
    changed = index_of(tmp_path / "docs")  # ingest stamps a new corpus version
    assert stored.of(changed)["controls"] != first["controls"] and len(made) == 2

    (data_dir / "gap_analysis.json").write_text("{not json", encoding="utf-8")
    assert StoredGapAnalyses(data_dir, make).of(changed)["controls"] == stored.of(changed)["controls"]


def test_govbot_report_writes_json_markdown_and_html(tmp_path, data_dir, monkeypatch):
    monkeypatch.setenv("GOVBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    db = GovbotDatabase(f"sqlite:///{tmp_path / 'cli.db'}")
    db.migrate()
    fill(db)
    db.dispose()
    runner = CliRunner()
    result = runner.invoke(cli, ["report", "--since", "2026-11-02", "--format", "json", "--no-gap-analysis"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["period"]["since"] == "2026-11-02T00:00:00+00:00" and report["inventory"]["total"] == 6
    assert report["iso42001"]["available"] is False

    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["report", "--format", "html", "--output", str(out), "--no-gap-analysis"])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    result = runner.invoke(cli, ["report", "--since", "2999-01-01"])
    assert result.exit_code == 2 and "--since" in result.output
    result = runner.invoke(cli, ["report", "--since", "0001-01-01", "--no-gap-analysis"])
    assert result.exit_code == 2 and "at most 366 days" in result.output
    result = runner.invoke(cli, ["report", "--since", "yesterday"])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["report", "--no-gap-analysis", "--output", str(tmp_path / "missing" / "r.md")])
    assert result.exit_code == 1 and "cannot write" in result.output


def test_govbot_report_without_an_index_says_so_and_reports_the_rest(tmp_path, data_dir, monkeypatch):
    monkeypatch.setenv("GOVBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    result = CliRunner().invoke(cli, ["report", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "no gap analysis" in result.stderr
    assert json.loads(result.stdout)["iso42001"]["available"] is False


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian: apt-get install chromium)")
def test_the_html_report_renders_its_charts_in_headless_chromium(report, tmp_path):
    from PIL import Image

    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1200,1100",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1100)
    # The charts' bars are the only saturated colours on the page: the status chart's green
    # (approved) and the risk chart's red (high) must be drawn, in bars of many pixels.
    pixels = list(image.getdata())
    approved = sum(1 for p in pixels if _near(p, (0x3C, 0x8D, 0x5A)))
    high = sum(1 for p in pixels if _near(p, (0xC8, 0x55, 0x3D)))
    requests = sum(1 for p in pixels if _near(p, (0x2F, 0x6F, 0x9F)))
    assert approved > 500 and high > 500 and requests > 200, (approved, high, requests)


def _near(pixel, colour, tolerance=6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))
