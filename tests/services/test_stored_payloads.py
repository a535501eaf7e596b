"""What earlier versions stored still reads, whole and the same (``tests/fixtures/stored``).

An agreement signed today must open in ten years, an offer kept during a call must read
back as it was shown: each file there was written by the version named at the start of
its name (``<commit>-agreement-<status>.json`` with a ``snapshot``,
``<commit>-offer-<what>.json`` with a ``payload``, ``<commit>-journal-<kind>.json`` with
``payloads``). The tests run on every file found, so a fixture stored later is covered
without a change here.
"""

from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import pytest

from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.domain.recovery import Channel, JournalKind, SessionOutcome
from recouvrement_desktop.i18n.formatting import format_money
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services.agreements import (
    SNAPSHOT_FORMAT,
    read_snapshot,
    snapshot_json,
)
from recouvrement_desktop.services.journal_payloads import (
    AgreementMade,
    Countersigned,
    InstalmentMissed,
    LetterDecided,
    LetterSent,
    SessionEnded,
    SessionStarted,
    StageChanged,
    entry_details,
)
from recouvrement_desktop.services.offers import (
    OFFER_FORMAT,
    KeptOffer,
    offer_json,
    read_offer,
)
from tests.documents.conftest import pdf_text

STORED: Final = Path(__file__).resolve().parents[1] / "fixtures" / "stored"
NAME: Final = re.compile(
    r"^(?P<commit>[0-9a-f]{7,40})-(?P<kind>agreement|offer|journal)-(?P<what>.+)$"
)
KINDS: Final = ("agreement", "offer", "journal")
# The format an offer file holds, by what its name says it is (format 2 says so itself).
OFFER_FORMATS: Final = {"demo": 0, "scenario": 1}
# The payload types of each kind of journal entry.
DETAILS: Final[dict[JournalKind, tuple[type, ...]]] = {
    JournalKind.AGREEMENT: (AgreementMade, Countersigned),
    JournalKind.STAGE_CHANGE: (StageChanged,),
    JournalKind.SESSION: (SessionStarted,),
    JournalKind.SESSION_OUTCOME: (SessionEnded,),
    JournalKind.OFFER: (KeptOffer,),
    JournalKind.LETTER: (LetterSent,),
    JournalKind.LETTER_DECISION: (LetterDecided,),
    JournalKind.INSTALMENT_MISSED: (InstalmentMissed,),
}


def stored(kind: str) -> list[Path]:
    return [
        path
        for path in sorted(STORED.glob("*.json"))
        if (match := NAME.match(path.stem)) and match["kind"] == kind
    ]


def what(path: Path) -> str:
    match = NAME.match(path.stem)
    assert match is not None, path.name
    return match["what"]


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def as_extracted(text: str) -> str:
    """Text as pdftotext gives it: no-break spaces plain, runs of spaces as one."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def _ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


AGREEMENTS: Final = stored("agreement")
OFFERS: Final = stored("offer")
JOURNALS: Final = stored("journal")


# ------------------------------------------------------------------ the folder itself


def test_the_folder_holds_every_kind_and_nothing_unnamed() -> None:
    names = sorted(path.name for path in STORED.glob("*.json"))
    assert [name for name in names if not NAME.match(name.removesuffix(".json"))] == []
    for kind in KINDS:
        assert stored(kind), f"no stored {kind} in {STORED}"
    assert WITH_INPUTS, "no stored offer with its inputs (format 1 or later) to write again"
    # Every kind of journal entry stored has at least one payload to read.
    by_kind: dict[str, int] = {}
    for path in JOURNALS:
        by_kind[what(path)] = by_kind.get(what(path), 0) + len(load(path)["payloads"])
    assert [kind for kind, count in by_kind.items() if count == 0] == []


# ------------------------------------------------------------------------ agreements


@pytest.mark.parametrize("path", AGREEMENTS, ids=_ids(AGREEMENTS))
def test_a_stored_agreement_opens_whole(path: Path) -> None:
    snapshot = read_snapshot(load(path)["snapshot"])
    schedule, model = snapshot.schedule, snapshot.model
    rows = schedule.rows
    assert rows and model.rows == rows

    def total(name: str) -> Decimal:
        return sum((getattr(row, name) for row in rows), Decimal("0.00"))

    # The principal owed is repaid, exactly, and the totals are the rows'.
    assert total("principal") == schedule.terms.principal == model.terms.new_principal
    assert rows[-1].balance == 0
    assert all(row.payment == row.interest + row.principal for row in rows)
    assert total("interest") == schedule.total_interest == model.terms.total_interest
    assert total("insurance") == schedule.total_insurance == model.terms.total_insurance
    assert total("extra") == schedule.total_extras
    assert total("payment") + total("insurance") + total("extra") + schedule.total_fees == (
        schedule.total_paid
    )
    # The document's terms are the schedule's.
    terms = model.terms
    assert (terms.periods, terms.installment) == (schedule.periods, schedule.installment)
    assert (terms.first_due, terms.last_due) == (schedule.first_due, schedule.end_date)
    assert (terms.total_paid, terms.total_cost) == (schedule.total_paid, schedule.total_cost)
    assert terms.apr_pct == schedule.apr_pct
    assert snapshot.installment == terms.installment and snapshot.periods == terms.periods


@pytest.mark.parametrize("path", AGREEMENTS, ids=_ids(AGREEMENTS))
def test_a_stored_agreement_renders_again(path: Path, tmp_path: Path) -> None:
    model = read_snapshot(load(path)["snapshot"]).model
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(render_agreement(model))
    text = as_extracted("\n".join(pdf_text(pdf)))
    assert model.reference in text
    assert as_extracted(model.client.full_name) in text
    installment = as_extracted(format_money(model.terms.installment, model.language))
    if model.language is Language.FRENCH:  # every agreement stored so far
        assert re.search(r"\d,\d\d €$", installment), installment  # 1 234,56 €
    assert installment in text


@pytest.mark.parametrize("path", AGREEMENTS, ids=_ids(AGREEMENTS))
def test_a_stored_agreement_is_written_again_the_same(path: Path) -> None:
    snapshot = read_snapshot(load(path)["snapshot"])
    written = snapshot_json(snapshot)
    assert json.loads(json.dumps(written)) == written  # plain JSON
    assert written["format"] == SNAPSHOT_FORMAT
    assert read_snapshot(written) == dataclasses.replace(snapshot, format=SNAPSHOT_FORMAT)


@pytest.mark.parametrize("path", AGREEMENTS, ids=_ids(AGREEMENTS))
def test_an_earlier_agreement_reads_its_fees_and_penalties_as_penalties(path: Path) -> None:
    """Before snapshot format 3 a contract's debt held one "fees and penalties" amount;
    it is read as penalties, no fees (migration 0015_fees_penalties_split says why)."""
    stored = load(path)["snapshot"]
    if stored["format"] >= 3:
        return
    model = read_snapshot(stored).model
    debts = [c["debt"] for c in stored["model"]["contracts"] if c.get("debt")]
    read = [c.debt for c in model.contracts if c.debt is not None]
    assert len(read) == len(debts)
    for kept, debt in zip(debts, read, strict=True):
        assert debt.fees == 0
        assert debt.penalties == Decimal(kept["fees_and_penalties"])
        assert debt.total == sum(
            Decimal(kept[name])
            for name in ("outstanding_principal", "arrears", "late_interest", "fees_and_penalties")
        )


# ---------------------------------------------------------------------------- offers


@pytest.mark.parametrize("path", OFFERS, ids=_ids(OFFERS))
def test_a_stored_offer_reads_in_its_format(path: Path) -> None:
    payload = load(path)["payload"]
    offer = read_offer(payload)
    expected = payload.get("format", OFFER_FORMATS.get(what(path)))
    assert expected is not None, f"say which format {path.name} holds in OFFER_FORMATS"
    assert offer.format == expected
    assert offer.periods == payload["periods"]
    assert offer.installment == Decimal(payload["installment"])
    assert offer.rate_pct == Decimal(payload["rate"])
    if offer.format == 0:  # the figures alone
        assert offer.new_principal == Decimal(payload["principal"])
        assert offer.inputs is None
        return
    assert offer.new_principal == Decimal(payload["new_principal"])
    assert offer.inputs is not None and offer.case_reference == payload["case"]
    assert list(offer.warnings) == payload["warnings"]
    # Written again, it is what was stored with its format number: nothing lost.
    assert offer_json(offer) == {**payload, "format": OFFER_FORMAT}


WITH_INPUTS: Final = [path for path in OFFERS if "inputs" in load(path)["payload"]]


@pytest.mark.parametrize("path", WITH_INPUTS, ids=_ids(WITH_INPUTS))
def test_an_offer_of_the_current_format_round_trips(path: Path) -> None:
    kept = dataclasses.replace(read_offer(load(path)["payload"]), format=OFFER_FORMAT)
    written = offer_json(kept)
    assert written["format"] == OFFER_FORMAT
    assert json.loads(json.dumps(written)) == written  # plain JSON
    assert read_offer(written) == kept
    assert offer_json(read_offer(written)) == written


# --------------------------------------------------------------------------- journal


def _check_details(details: object, payload: dict[str, Any]) -> None:
    """The typed payload says what the stored one says."""
    match details:
        case AgreementMade():
            assert details.installment == Decimal(payload["installment"])
            assert details.periods == payload["periods"]
            assert details.reference == payload.get("reference")
        case Countersigned():
            assert details.returned_on.isoformat() == payload["returned_on"]
        case StageChanged():
            assert details.agreement == payload.get("agreement")
        case SessionStarted():
            assert details.channel is Channel(payload["channel"])
            assert details.started_at.isoformat() == payload["started_at"]
        case SessionEnded():
            assert details.outcome is SessionOutcome(payload["outcome"])
            assert details.ended_at.isoformat() == payload["ended_at"]
            assert details.offers == payload["offers"]
        case KeptOffer():
            assert details.periods == payload["periods"]
        case LetterSent():
            assert (details.kind.value, details.on.isoformat()) == (
                payload["letter"],
                payload["on"],
            )
            assert (details.channel.value, details.sha256) == (
                payload["channel"],
                payload["sha256"],
            )
        case LetterDecided():
            assert details.kind.value == payload["letter"]
            assert details.excluded is (payload["decision"] == "excluded")
        case InstalmentMissed():
            assert (details.agreement, details.period) == (payload["agreement"], payload["period"])
            assert details.outstanding == Decimal(payload["outstanding"]) <= details.amount
            assert details.missed_on.isoformat() == payload["missed_on"]


@pytest.mark.parametrize("path", JOURNALS, ids=_ids(JOURNALS))
def test_stored_journal_payloads_read_typed(path: Path) -> None:
    kind = JournalKind(what(path))
    assert kind in DETAILS, f"say which types {kind} payloads read as in DETAILS"
    for payload in load(path)["payloads"]:
        details = entry_details(kind, payload)
        assert isinstance(details, DETAILS[kind]), (payload, details)
        _check_details(details, payload)
