"""Risk triage: EU AI Act screening, then data, vendor posture and autonomy; and the reviewer checklist."""

import pytest

from knowledge.inventory.models import RiskTier
from knowledge.inventory.registration import register
from knowledge.inventory.triage import triage
from tests.inventory_helpers import form

# A tool with nothing to worry about: the baseline each rule is measured against.
CALM = dict(data_categories=["internal"], vendor_trains_on_data="no", enterprise_agreement=True)


def controls(result) -> set[str]:
    return {item.split()[0] for item in result.checklist}


def test_a_calm_tool_is_low_risk_with_the_baseline_checklist():
    result = triage("Drafting marketing copy", **CALM)
    assert result.tier == RiskTier.low and len(result.reasons) == 1
    assert {"A.9.2", "A.9.4", "A.10.3", "A.10.2"} <= controls(result)


@pytest.mark.parametrize(
    "purpose",
    [
        "Social scoring of citizens based on their online behaviour",
        "Detect emotions of employees during video calls",
        "Emotion recognition for students in online exams",
        "Subliminal messages that manipulate users into buying",
        "Scraping facial images from the internet to build a face database",
        "Predictive policing of neighbourhoods",
        "Infer religion and political views of customers from their photos",
    ],
)
def test_practices_the_eu_ai_act_prohibits_are_flagged_for_rejection(purpose):
    result = triage(purpose, **CALM)
    assert result.tier == RiskTier.prohibited
    assert "prohibits" in result.reasons[0] and "flag for rejection" in result.reasons[0]


@pytest.mark.parametrize(
    "purpose, area",
    [
        ("Screening CVs of job applicants", "employment"),
        ("Credit scoring for small-business loans", "credit"),
        ("Proctoring and grading university exams", "education"),
        ("Facial recognition at the office entrance", "biometrics"),
        ("Insurance underwriting for new customers", "essential services"),
        ("Monitoring the power grid", "critical infrastructure"),
        ("Processing visa applications", "migration"),
    ],
)
def test_annex_iii_areas_are_high_risk_and_need_an_impact_assessment(purpose, area):
    result = triage(purpose, **CALM)
    assert result.tier == RiskTier.high
    assert any(area in reason for reason in result.reasons)
    assert {"A.5.2", "A.5.4"} <= controls(result)


def test_an_annex_iii_area_can_be_chosen_rather_than_described():
    assert triage("Helping the team with paperwork", use_areas=["employment"], **CALM).tier == RiskTier.high


@pytest.mark.parametrize(
    "purpose",
    [
        "Planning the database migration to PostgreSQL",
        "Reviewing termination clauses in supplier contracts",
        "Summarising our internal policies",
        "Comparing candidate solutions for the new CRM",
    ],
)
def test_everyday_words_do_not_make_a_tool_high_risk(purpose):
    assert triage(purpose, **CALM).tier == RiskTier.low


@pytest.mark.parametrize(
    "data, users, tier",
    [
        (["customer_personal"], 10, RiskTier.medium),
        (["employee_personal"], 200, RiskTier.high),
        (["regulated"], 1, RiskTier.high),
        (["confidential"], 1, RiskTier.medium),
        (["source_code"], 1, RiskTier.medium),
        (["public"], 1, RiskTier.low),
    ],
)
def test_data_sensitivity_raises_the_tier(data, users, tier):
    result = triage("Drafting replies", **{**CALM, "data_categories": data}, user_count=users)
    assert result.tier == tier


def test_personal_data_puts_a7_and_a54_on_the_checklist_and_names_the_data():
    result = triage("Drafting replies", **{**CALM, "data_categories": ["customer_personal", "regulated"]})
    assert {"A.7.2", "A.7.5", "A.5.4"} <= controls(result)
    personal = next(reason for reason in result.reasons if "personal data" in reason)
    assert "customer personal data" in personal and "regulated" not in personal


def test_the_highest_data_class_requested_counts():
    assert triage("Drafting replies", **CALM, data_classification="restricted").tier == RiskTier.high
    assert triage("Drafting replies", **CALM, data_classification="confidential").tier == RiskTier.medium
    assert triage("Drafting replies", **CALM, data_classification="internal").tier == RiskTier.low


@pytest.mark.parametrize(
    "posture, tier",
    [
        (dict(vendor_trains_on_data="yes", data_categories=["internal"]), RiskTier.high),
        (dict(vendor_trains_on_data="yes", data_categories=["public"]), RiskTier.medium),
        (dict(vendor_trains_on_data="unknown"), RiskTier.medium),
        (dict(enterprise_agreement=False), RiskTier.medium),
    ],
)
def test_vendor_posture_raises_the_tier(posture, tier):
    result = triage("Drafting replies", **{**CALM, **posture})
    assert result.tier == tier and "A.10.3" in controls(result)


def test_a_self_hosted_tool_has_no_supplier_to_check_but_its_operation():
    result = triage("Drafting replies", **{**CALM, "vendor_trains_on_data": "unknown"}, hosting="self_hosted")
    assert result.tier == RiskTier.low
    assert "A.10.3" not in controls(result) and {"A.6.2.5", "A.6.2.6"} <= controls(result)


def test_integrations_need_event_logs():
    result = triage("Drafting replies", **CALM, integrations="Reads our Jira through the API")
    assert result.tier == RiskTier.medium and "A.6.2.8" in controls(result)


def test_autonomy_raises_the_tier():
    deciding = triage("Drafting replies", **CALM, decisions_about_people=True)
    assert deciding.tier == RiskTier.high and {"A.5.2", "A.5.4"} <= controls(deciding)
    acting = triage("Drafting replies", **CALM, acts_without_human=True)
    assert acting.tier == RiskTier.high and {"A.6.2.6", "A.6.2.8"} <= controls(acting)


def test_a_later_rule_never_lowers_the_tier_and_every_reason_is_kept():
    result = triage("Social scoring of customers", data_categories=["customer_personal"], vendor_trains_on_data="yes")
    assert result.tier == RiskTier.prohibited
    assert len(result.reasons) >= 4 and len(result.checklist) == len(set(result.checklist))


def test_registration_stores_the_triage(database):
    outcome = register(database, form(purpose="Screening CVs of job applicants", data_classification="restricted"))
    request = outcome.request
    assert request.risk_tier == "high"
    assert any("employment" in reason for reason in request.risk_reasons)
    assert any(item.startswith("A.5.4") for item in request.checklist)
