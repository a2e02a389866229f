"""Deterministic risk triage of a registration: a tier, the reasons, and the ISO/IEC 42001 Annex A
controls the review must cover.

Order matters and follows the policy (Tool Registration and Review §4): EU AI Act screening first
(prohibited practices, then Annex III high-risk areas), then data sensitivity, then vendor
posture, then autonomy. A rule can only raise the tier, never lower it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.inventory.vocabulary import RiskTier

TIER_ORDER = [RiskTier.low, RiskTier.medium, RiskTier.high, RiskTier.prohibited]

# EU AI Act Article 5 practices, screened in the stated purpose and details.
PROHIBITED_PRACTICES = {
    "social scoring": r"social scor",
    "emotion recognition in the workplace or education": "|".join(
        [
            r"emotion(al)? (recognition|detection|analysis)",
            r"detect(s|ing)? emotions?",
            r"reads? emotions?",
            r"(infer|read|detect)\w* (the )?(mood|emotions?|feelings)",
        ]
    ),
    "manipulative or deceptive techniques": r"subliminal|manipulat\w* (people|users|behaviou?r)",
    "untargeted scraping of facial images": r"scrap\w* (of )?(facial|face) (images|photos)|face scraping",
    "predicting crime from profiling": r"predictive policing|predict\w* (who|whether) .{0,30}(crime|offen[cs]e)",
    "biometric categorisation by sensitive traits": "|".join(
        [
            r"biometric categori[sz]\w*",
            r"infer\w* (race|religion|sexual orientation|political)",
        ]
    ),
}
# EU AI Act Annex III high-risk areas (selectable in the form, and screened in text).
HIGH_RISK_AREAS = {
    # Specific phrases, not single words: "database migration", "termination clauses" and
    # "candidate solutions" are everyday work, not Annex III uses.
    "employment": "|".join(
        [
            r"recruit",
            r"hiring",
            r"\bhire\b",
            r"job (candidate|applicant|application)",
            r"candidates? (screening|ranking|scoring|assessment|selection)",
            r"(screen|rank|scor|assess|shortlist)\w* (the |job )?(candidates|applicants)",
            r"\bcvs?\b",
            r"résumé",
            r"resume screening",
            r"promotion decision",
            r"performance (review|evaluation)",
            r"(employee|staff|employment) termination",
            r"dismissal",
            r"(employee|worker|workforce) monitoring",
        ]
    ),
    "credit": r"credit ?(scor|worth|decision)|loan approv|lending decision",
    "education": "|".join(
        [
            r"\bexams?\b.{0,40}(grad|proctor|mark|scor)",
            r"(grad|proctor|mark|scor)\w* .{0,40}\bexams?\b",
            r"student (assessment|admission|grading)",
            r"(student|university|school|college) admissions?",
            r"admissions? (decision|process|office)",
        ]
    ),
    "biometrics": r"biometric|facial recognition|face recognition|voice ?print|fingerprint",
    "essential services": r"insurance (pricing|underwriting)|benefit eligibility|emergency (dispatch|triage)",
    "critical infrastructure": r"critical infrastructure|power grid|water supply",
    "law enforcement": r"law enforcement|\bpolice\b|policing",
    "migration": "|".join(
        [
            r"immigration",
            r"asylum",
            r"visa application",
            r"border control",
            r"migration (control|authorit|status)",
            r"\bmigrants?\b",
        ]
    ),
    "justice": r"judicial|court decision|sentencing",
}
SENSITIVE_DATA = {"customer_personal", "employee_personal", "regulated"}
DATA_CATEGORIES = {
    "public": "public information",
    "internal": "internal information",
    "confidential": "confidential information",
    "customer_personal": "customer personal data",
    "employee_personal": "employee personal data",
    "source_code": "source code",
    "regulated": "regulated, health or financial data",
}


@dataclass
class Triage:
    tier: RiskTier = RiskTier.low
    reasons: list[str] = field(default_factory=list)
    checklist: list[str] = field(default_factory=list)

    def raise_to(self, tier: RiskTier, reason: str) -> None:
        if TIER_ORDER.index(tier) > TIER_ORDER.index(self.tier):
            self.tier = tier
        self.reasons.append(f"{tier.value}: {reason}")

    def check(self, control: str) -> None:
        if control not in self.checklist:
            self.checklist.append(control)


def triage(
    purpose: str,
    details: str = "",
    use_areas: list[str] | None = None,
    data_categories: list[str] | None = None,
    vendor_trains_on_data: str = "unknown",
    enterprise_agreement: bool = False,
    hosting: str = "vendor_saas",
    integrations: str = "",
    decisions_about_people: bool = False,
    acts_without_human: bool = False,
    user_count: int = 1,
    data_classification: str = "internal",
) -> Triage:
    result = Triage()
    text = f"{purpose}\n{details}".lower()
    data = set(data_categories or [])
    areas = set(use_areas or [])
    result.check("A.9.2 Processes for responsible use of AI systems")
    result.check("A.9.4 Intended use of the AI system")

    # 1. EU AI Act screening
    for practice, pattern in PROHIBITED_PRACTICES.items():
        if re.search(pattern, text):
            result.raise_to(
                RiskTier.prohibited,
                f"the stated use looks like a practice the EU AI Act prohibits ({practice}): flag for rejection",
            )
    for area, pattern in HIGH_RISK_AREAS.items():
        if area in areas or re.search(pattern, text):
            result.raise_to(RiskTier.high, f"EU AI Act Annex III high-risk area: {area}")
            result.check("A.5.2 AI system impact assessment process")
            result.check("A.5.4 Assessing AI system impact on individuals or groups of individuals")

    # 2. Data sensitivity
    if "regulated" in data:
        result.raise_to(RiskTier.high, "regulated, health or financial data")
    if personal := data & {"customer_personal", "employee_personal"}:
        result.raise_to(
            RiskTier.high if user_count > 50 else RiskTier.medium,
            "personal data (" + ", ".join(sorted(DATA_CATEGORIES[c] for c in personal)) + ")",
        )
    if data & SENSITIVE_DATA:
        result.check("A.7.2 Data for development and enhancement of AI system")
        result.check("A.7.5 Data provenance")
        result.check("A.5.4 Assessing AI system impact on individuals or groups of individuals")
    if data & {"confidential", "source_code"}:
        result.raise_to(RiskTier.medium, "confidential information or source code")
        result.check("A.7.4 Quality of data for AI systems")
    # The highest data class the tool is asked to be approved for, whatever the categories say.
    if data_classification == "restricted":
        result.raise_to(RiskTier.high, "approval asked for restricted data")
        result.check("A.7.4 Quality of data for AI systems")
    elif data_classification == "confidential":
        result.raise_to(RiskTier.medium, "approval asked for confidential data")

    # 3. Vendor posture
    if hosting != "self_hosted":
        result.check("A.10.3 Suppliers")
        result.check("A.10.2 Allocating responsibilities")
        if vendor_trains_on_data == "yes":
            result.raise_to(
                RiskTier.high if data - {"public"} else RiskTier.medium, "the vendor trains its models on our data"
            )
        elif vendor_trains_on_data == "unknown":
            result.raise_to(RiskTier.medium, "unknown whether the vendor trains on our data")
        if not enterprise_agreement:
            result.raise_to(RiskTier.medium, "no enterprise agreement with the vendor")
    else:
        result.check("A.6.2.5 AI system deployment")
        result.check("A.6.2.6 AI system operation and monitoring")
    if integrations.strip():
        result.raise_to(RiskTier.medium, "integrations or API access to our systems")
        result.check("A.6.2.8 AI system recording of event logs")

    # 4. Autonomy
    if decisions_about_people:
        result.raise_to(RiskTier.high, "its output drives decisions about people")
        result.check("A.5.2 AI system impact assessment process")
        result.check("A.5.4 Assessing AI system impact on individuals or groups of individuals")
    if acts_without_human:
        result.raise_to(RiskTier.high, "it acts without a human reviewing its output")
        result.check("A.6.2.6 AI system operation and monitoring")
        result.check("A.6.2.8 AI system recording of event logs")

    if not result.reasons:
        result.reasons.append(
            "low: public or internal data only, enterprise terms, no training on our data, a human in the loop"
        )
    return result
