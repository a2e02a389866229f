"""Hybrid retrieval: exact identifiers match lexically, paraphrases match semantically."""

import json

import numpy as np
import pytest

from knowledge.retrieval.index import COLLECTION_NAME, KnowledgeIndex, KnowledgeIndexError, chroma_client
from knowledge.retrieval.lexical import tokenize
from knowledge.retrieval.text import search_terms
from tests.conftest import write


def test_tokenizer_keeps_identifiers_whole():
    assert tokenize("What is A.10.3 or §4.2 for M365 Copilot?") == ["a.10.3", "4.2", "m365", "copilot"]
    assert tokenize("approvals approved") == ["approval", "approv"]


def test_a_named_control_comes_first(corpus, index_of):
    index = index_of(corpus)
    assert index.search("what is A.6.2.8 about?")[0].control_id == "A.6.2.8"
    assert index.search("A.10.3", mode="lexical")[0].control_id == "A.10.3"


def test_paraphrases_find_the_section(corpus, index_of):
    index = index_of(corpus)
    hit = index.search("may I type client names and addresses into a public chatbot?")[0]
    assert (hit.source, hit.section, hit.title) == ("policy.md", "2.2", "Example AI Policy")
    assert index.search("do vendors get to learn from what we send them", mode="dense")[0].control_id == "A.10.3"


def test_one_hit_per_section_best_first(tmp_path, index_of):
    long_section = " ".join(f"Approved tools rule {n}: check the inventory before use." for n in range(80))
    (tmp_path / "long.md").write_text(
        f"# Rules\n\n## 1. Inventory\n{long_section}\n\n## 2. Other\nUnrelated text about parking.\n"
    )
    hits = index_of(tmp_path / "long.md").search("check the inventory before using a tool", limit=5)
    assert [hit.section for hit in hits].count("1") == 1
    assert hits == sorted(hits, key=lambda hit: hits.index(hit))  # stable order, best first
    assert hits[0].section == "1"


def test_every_mode_returns_scored_hits(corpus, index_of):
    index = index_of(corpus)
    for mode in ("hybrid", "dense", "lexical"):
        hits = index.search("suppliers questionnaire", mode=mode)
        assert hits and all(-1 <= hit.score <= 1 for hit in hits), mode
    with pytest.raises(ValueError):
        index.search("x", mode="magic")


class CountingEmbedder:
    """The real embedder, counting how many documents it is asked to embed."""

    def __init__(self, real):
        self.real, self.name, self.documents = real, real.name, 0

    def embed_documents(self, texts):
        self.documents += len(texts)
        return self.real.embed_documents(texts)

    def embed_query(self, text):
        return self.real.embed_query(text)


def test_questions_read_together_get_the_vectors_each_gets_alone(embedder):
    # an incident's readings are embedded in one batch; each must be the vector it would get alone
    long = "I pasted a customer list into ChatGPT last night, what now and who do I tell? " * 4
    texts = [long, "is otter approved?", long + " report incident", long]
    together = embedder.embed_queries(texts)
    assert len(together) == 4 and together[0] is together[3]  # a text asked twice is embedded once
    for text, vector in zip(texts, together, strict=True):
        assert np.allclose(vector, embedder.embed_documents([text])[0], atol=1e-5)
        assert embedder.embed_query(text) is vector  # kept for the answer's next read


def test_opening_an_unchanged_index_recomputes_nothing(corpus, index_of, embedder, data_dir):
    index_of(corpus)
    lexical = data_dir / "lexical.json"
    written = lexical.stat().st_mtime_ns
    counting = CountingEmbedder(embedder)
    reopened = KnowledgeIndex(data_dir, counting).open_for_search()
    assert reopened.search("suppliers")[0].control_id == "A.10.3"
    assert counting.documents == 0 and lexical.stat().st_mtime_ns == written


def test_a_missing_or_corrupt_lexical_cache_is_rebuilt_from_chroma(corpus, index_of, embedder, data_dir):
    index_of(corpus)
    (data_dir / "lexical.json").write_text("{not json")
    counting = CountingEmbedder(embedder)
    assert KnowledgeIndex(data_dir, counting).open_for_search().search("A.10.3")[0].control_id == "A.10.3"
    assert counting.documents == 0
    assert (data_dir / "lexical.json").read_text().startswith('{"format"')


def test_empty_or_mismatched_index_says_what_to_do(corpus, index_of, embedder, data_dir, tmp_path):
    with pytest.raises(KnowledgeIndexError, match="govbot ingest"):
        KnowledgeIndex(tmp_path / "nothing", embedder).open_for_search()
    index_of(corpus)
    other = CountingEmbedder(embedder)
    other.name = "some-other-model"
    with pytest.raises(KnowledgeIndexError, match="--rebuild"):
        KnowledgeIndex(data_dir, other).open_for_search()


def test_search_terms_leave_out_the_name_of_the_standard_unless_it_is_the_subject():
    assert search_terms("what does ISO 42001 expect from suppliers?") == "what does expect from suppliers?"
    assert search_terms("Under ISO/IEC 42001, who approves the AI policy?") == ", who approves the AI policy?"
    assert search_terms("what is ISO 42001?") == "what is ISO 42001?"
    assert search_terms("what does ISO/IEC 42001 require?") == "what does ISO/IEC 42001 require?"


def test_naming_the_standard_does_not_pull_answers_to_the_document_titled_with_it(corpus, index_of):
    write(
        corpus / "iso" / "clauses.md",
        """\
        # ISO/IEC 42001 clauses in brief

        ## 4. Context of the organization
        ISO/IEC 42001 asks what the organization expects of its AI management system and who has a stake in it.
        """,
    )
    index = index_of(corpus)
    assert index.search("what does ISO 42001 expect from suppliers?")[0].control_id == "A.10.3"
    assert index.search("what is ISO 42001?")[0].source == "iso/clauses.md"


def test_a_clause_of_the_standard_is_the_standards_not_a_company_policys_section_of_that_number(tmp_path, index_of):
    write(
        tmp_path / "docs" / "iso" / "clauses.md",
        """\
        # ISO/IEC 42001: the management system in brief

        ### 4.4 AI management system
        Establish, keep going and improve the management system as one connected whole.
        """,
    )
    write(
        tmp_path / "docs" / "acceptable-use.md",
        """\
        # AI Acceptable Use Policy

        ### 4.4 Maximum classification and conditions
        Conditions are binding: what a tool's entry asks for is part of the approval, and a clause of a
        contract may ask for more.
        """,
    )
    index = index_of(tmp_path / "docs")
    assert index.search("What does ISO 42001 clause 4.4 ask for?")[0].source == "iso/clauses.md"
    assert index.search("clause 4.4 - what does it ask for?")[0].source == "iso/clauses.md"
    assert index.search("what does section 4.4 say about conditions?")[0].source == "acceptable-use.md"


def test_a_lexical_cache_saved_without_a_ranking_field_is_rebuilt_from_chroma(corpus, index_of, embedder, data_dir):
    index_of(corpus)
    lexical = data_dir / "lexical.json"
    payload = json.loads(lexical.read_text())
    payload["fields"] = {chunk: {k: v for k, v in f.items() if k != "title"} for chunk, f in payload["fields"].items()}
    lexical.write_text(json.dumps(payload))
    counting = CountingEmbedder(embedder)
    assert KnowledgeIndex(data_dir, counting).open_for_search().search("A.10.3")[0].control_id == "A.10.3"
    assert counting.documents == 0
    assert all("title" in fields for fields in json.loads(lexical.read_text())["fields"].values())


def test_a_named_control_beats_sections_that_share_more_words(corpus, index_of):
    hits = index_of(corpus).search("does A.6.2.8 ask suppliers for a due diligence questionnaire every year?")
    assert hits[0].control_id == "A.6.2.8"
    assert hits[1].control_id == "A.10.3"


def test_a_section_introduction_ranks_below_the_sub_section_that_answers(tmp_path, index_of):
    write(
        tmp_path / "docs" / "retention.md",
        """\
        # Retention

        ## 4. Keeping prompt logs
        How long prompt logs are kept, and who may read prompt logs, is set out below.

        ### 4.1 Retention period
        Logs of prompts are deleted after ninety days.

        ### 4.2 Access
        Only the security team may read them.
        """,
    )
    hits = index_of(tmp_path / "docs").search("how long are prompt logs kept?")
    assert [hit.section for hit in hits[:2]] == ["4.1", "4"]


def test_a_sub_sections_hit_brings_the_preamble_of_the_section_above_it(tmp_path, index_of):
    write(
        tmp_path / "docs" / "roles.md",
        """\
        # Roles

        ## 3. AI Governance Lead
        The AI Governance Lead is a full-time role, reporting to the Chief Technology Officer.

        ### 3.1 Accountability
        The Lead is the single accountable owner of the AI management system.

        ## 4. Reviewers
        Reviewers decide on individual tools.
        """,
    )
    index = index_of(tmp_path / "docs")
    hits = [
        hit for hit in index.search("who is accountable for the AI management system?") if hit.section in ("3.1", "4")
    ]
    above = dict(zip([hit.section for hit in hits], index.intros_above(hits), strict=True))
    assert [(hit.section, "Chief Technology Officer" in hit.text) for hit in above["3.1"]] == [("3", True)]
    assert above["4"] == []  # a top-level section has no section above it


def test_a_hit_brings_the_opening_of_its_document_with_the_byline_under_its_title(tmp_path, index_of):
    write(
        tmp_path / "docs" / "policy.md",
        """\
        # AI Acceptable Use Policy

        *Policy KES-AI-01 · Version 2.1 · Owner: AI Governance Lead*

        This policy sets out how people may use AI tools at work.

        ## 1. Scope
        The policy applies to everyone working for Kestrel.
        """,
    )
    index = index_of(tmp_path / "docs")
    (hit,) = [hit for hit in index.search("who does the policy apply to?") if hit.section == "1"]
    (opening,) = index.openings([hit])
    assert [("Owner: AI Governance Lead" in chunk.text, chunk.heading) for chunk in opening] == [(True, "")]


def test_dense_candidates_are_the_exactly_nearest_chunks_whichever_way_they_are_searched(
    corpus, index_of, embedder, data_dir
):
    """A small corpus is searched exactly from its vectors, so a question gets the same hits in every
    process; a large one through Chroma's HNSW index, which agrees with it where it finds every neighbour."""
    exact = index_of(corpus)
    through_hnsw = KnowledgeIndex(data_dir, embedder, exact_search_max_chunks=0).open_for_search()
    stored = chroma_client(data_dir, None).get_collection(COLLECTION_NAME).get(include=["embeddings"])
    vectors = dict(zip(stored["ids"], stored["embeddings"], strict=True))
    for question in ["may I paste client data into a chatbot?", "how do suppliers get checked?", "event logs"]:
        hits = exact.search(question, mode="dense")
        assert [hit.chunk_id for hit in hits] == [hit.chunk_id for hit in through_hnsw.search(question, mode="dense")]
        question_vector = embedder.embed_query(search_terms(question))
        for hit in hits:
            vector = vectors[hit.chunk_id]
            cosine = float(vector @ question_vector / (np.linalg.norm(vector) * np.linalg.norm(question_vector)))
            assert hit.score == pytest.approx(cosine, abs=1e-4)


def test_a_reopened_index_returns_what_was_ingested_since_not_what_it_returned_before(tmp_path, embedder, data_dir):
    from ingest.pipeline import ingest
    from knowledge.retrieval.index import KnowledgeIndex

    policy = tmp_path / "policy.md"
    policy.write_text("# Rules\n\n## 1. Trials\nFree trials are limited to public data.\n")
    ingest([policy], KnowledgeIndex(data_dir, embedder))
    serving = KnowledgeIndex(data_dir, embedder).open_for_search()
    assert "public data" in serving.search("free trials")[0].text
    policy.write_text("# Rules\n\n## 1. Trials\nFree trials are limited to synthetic data.\n")
    ingest([policy], KnowledgeIndex(data_dir, embedder))  # another process, as `govbot ingest` is
    hit = serving.open_for_search().search("free trials")[0]  # what a replica does when the corpus changes
    assert "synthetic data" in hit.text and "public data" not in hit.text
