"""The escalation policy file and its rules, against dates worked out by hand.

Every case is judged on Monday 7 December 2026 (``ON``) with the policy below unless a
test says otherwise: reminder-1 from 10 days past due (e-mail), reminder-2 from 25
(post), formal notice from 45 (post, approval), acceleration from 60 in pre-litigation
(post, approval, 15 days after the previous letter); 10 days between two letters.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recouvrement_desktop.domain.escalation import (
    CaseSituation,
    EscalationPolicy,
    LetterDecision,
    Outcome,
    PolicyFileError,
    SentLetter,
    Status,
    decide,
    parse_policy,
)
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.recovery import CaseStage, Channel

ON = date(2026, 12, 7)
R1, R2 = LetterKind.REMINDER_1, LetterKind.REMINDER_2
NOTICE, ACCELERATION = LetterKind.FORMAL_NOTICE, LetterKind.ACCELERATION
AMICABLE, PRE_LITIGATION = CaseStage.AMICABLE, CaseStage.PRE_LITIGATION
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "letters" / "policy.toml"

POLICY_TEXT = """\
version = "test.1"
min_days_between = 10
exclusion_days = 7

[[level]]
letter = "reminder-1"
stages = ["amicable", "rescheduled"]
days_past_due = 10
channel = "email"

[[level]]
letter = "reminder-2"
stages = ["amicable", "rescheduled"]
days_past_due = 25
channel = "letter"

[[level]]
letter = "formal-notice"
stages = ["amicable", "pre_litigation"]
days_past_due = 45
channel = "letter"
approval = true

[[level]]
letter = "acceleration"
stages = ["pre_litigation"]
days_past_due = 60
channel = "letter"
approval = true
wait_days = 15
"""
POLICY = parse_policy("policy.toml", POLICY_TEXT)


def judge(policy: EscalationPolicy = POLICY, **facts: object) -> Outcome:
    situation = CaseSituation(**{"stage": AMICABLE, **facts})  # type: ignore[arg-type]
    return decide(situation, policy, ON)


def texts(outcome: Outcome) -> list[str]:
    return [part.message.format(**part.params) for part in outcome.reasons]


# ----------------------------------------------------------------------- the file


def test_the_shipped_policy_reads() -> None:
    policy = parse_policy("policy.toml", SHIPPED.read_text(encoding="utf-8"))
    assert [level.kind for level in policy.levels] == [R1, R2, NOTICE, ACCELERATION]
    assert policy.min_days_between == 10
    assert [level.approval for level in policy.levels] == [False, False, True, True]


def test_the_test_policy_reads_as_written() -> None:
    assert POLICY.version == "test.1"
    assert POLICY.exclusion_days == 7
    accel = POLICY.levels[3]
    assert accel.stages == {PRE_LITIGATION}
    assert (accel.days_past_due, accel.channel, accel.approval, accel.wait_days) == (
        60,
        Channel.LETTER,
        True,
        15,
    )
    assert POLICY.levels[0].channel is Channel.EMAIL and POLICY.levels[0].wait_days is None


def refused(text: str) -> PolicyFileError:
    with pytest.raises(PolicyFileError) as caught:
        parse_policy("policy.toml", text)
    assert caught.value.params["name"] == "policy.toml"
    return caught.value


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        # line 12: the second level's letter
        ('letter = "reminder-2"', 'letter = "rappel-2"', 12, "unknown letter rappel-2"),
        # line 19: the third level's stages
        ('"amicable", "pre_litigation"]', '"amicable", "precontentieux"]', 19, "unknown stages"),
        # line 9: the first level's channel
        ('channel = "email"', 'channel = "phone"', 9, "unknown channel phone"),
        # line 27: the acceleration's days
        ("days_past_due = 60", "days_past_due = -1", 27, "days_past_due must be a whole number"),
        ("wait_days = 15", 'wait_days = "15"', 30, "wait_days must be a whole number"),
        ("approval = true\nwait", 'approval = "yes"\nwait', 29, "approval must be true or false"),
        ("exclusion_days = 7", "exclusion_day = 7", 3, "unknown key exclusion_day"),
        ('channel = "letter"\napproval', 'chanel = "letter"\napproval', 21, "unknown key chanel"),
        # a level without its channel: the line of its [[level]] header
        ('channel = "email"\n', "", 5, "this level has no channel"),
        ('letter = "reminder-2"', 'letter = "reminder-1"', 12, "the letter reminder-1 has two"),
        # a TOML syntax error: tomllib's own line
        ("days_past_due = 25", "days_past_due = = 25", 14, "not a valid TOML file"),
    ],
)
def test_a_mistake_is_refused_with_its_line(old: str, new: str, line: int, words: str) -> None:
    assert old in POLICY_TEXT
    error = refused(POLICY_TEXT.replace(old, new, 1))
    assert error.params["line"] == line
    assert words in str(error)
    assert str(error).startswith(f"Escalation policy policy.toml, line {line}: ")


def test_a_policy_without_levels_or_minimum_is_refused() -> None:
    assert "no [[level]]" in str(refused('version = "1"\nmin_days_between = 3\n'))
    assert "no min_days_between" in str(refused('version = "1"\n[[level]]\nletter = "x"\n'))


# ----------------------------------------------------------------------- the rules


def test_below_the_first_threshold_nothing_is_due() -> None:
    assert judge(days_past_due=0).status is Status.NOT_DUE
    outcome = judge(days_past_due=9)
    assert (outcome.status, outcome.kind) == (Status.NOT_DUE, R1)


def test_the_first_reminder_from_ten_days() -> None:
    outcome = judge(days_past_due=10)
    assert (outcome.status, outcome.kind, outcome.channel) == (Status.DUE, R1, Channel.EMAIL)
    assert texts(outcome) == ["10 days past due, first reminder from 10 days"]


def test_without_an_email_address_the_letter_goes_by_post() -> None:
    outcome = judge(days_past_due=12, has_email=False)
    assert (outcome.kind, outcome.channel) == (R1, Channel.LETTER)
    assert "no e-mail address: sent by post" in texts(outcome)


def test_the_second_reminder_after_the_first_and_ten_days() -> None:
    # arrears since 2026-11-02 (35 days); reminder-1 sent on 2026-11-27, 10 days before
    sent = (SentLetter(R1, date(2026, 11, 27)),)
    outcome = judge(days_past_due=35, letters=sent)
    assert (outcome.status, outcome.kind, outcome.channel) == (Status.DUE, R2, Channel.LETTER)
    assert texts(outcome) == [
        "35 days past due, second reminder from 25 days",
        "first reminder sent on 2026-11-27",
    ]
    # sent on 2026-11-28, only 9 days before: the next letter from 2026-12-08
    early = judge(days_past_due=35, letters=(SentLetter(R1, date(2026, 11, 28)),))
    assert (early.status, early.kind) == (Status.NOT_DUE, R2)
    assert texts(early) == ["first reminder sent on 2026-11-28: next letter from 2026-12-08"]


def test_escalation_is_sequential_whatever_the_days_past_due() -> None:
    # 90 days past due and never written to: the first reminder comes first
    assert judge(days_past_due=90).kind is R1


def test_letters_of_an_earlier_episode_do_not_count() -> None:
    # arrears since 2026-11-17 (20 days); the reminders of last spring were for older arrears
    spring = (SentLetter(R1, date(2026, 4, 2)), SentLetter(R2, date(2026, 4, 20)))
    outcome = judge(days_past_due=20, letters=spring)
    assert (outcome.status, outcome.kind) == (Status.DUE, R1)
    # a letter sent on the very day the arrears began counts: 2026-11-17 is 20 days ago
    started = judge(days_past_due=20, letters=(SentLetter(R1, date(2026, 11, 17)),))
    assert (started.status, started.kind) == (Status.NOT_DUE, R2)  # reminder-2 from 25


def test_the_formal_notice_waits_for_a_supervisor() -> None:
    sent = (SentLetter(R1, date(2026, 11, 1)), SentLetter(R2, date(2026, 11, 20)))
    outcome = judge(days_past_due=50, letters=sent)
    assert (outcome.status, outcome.kind) == (Status.AWAITING_APPROVAL, NOTICE)
    assert texts(outcome)[-1] == "a supervisor must approve it"
    approved = (LetterDecision(NOTICE, date(2026, 12, 7)),)
    outcome = judge(days_past_due=50, letters=sent, decisions=approved)
    assert outcome.status is Status.DUE
    # an approval dated after the day judged is not one yet
    tomorrow = (LetterDecision(NOTICE, date(2026, 12, 8)),)
    assert judge(days_past_due=50, letters=sent, decisions=tomorrow).status is (
        Status.AWAITING_APPROVAL
    )


def test_an_approval_is_used_up_by_the_letter_it_allowed() -> None:
    # pre-litigation since long: a notice approved on 1 October and sent on 2 October;
    # the arrears of this episode began 2026-11-07 (30 days), so a new notice is due
    sent = (SentLetter(NOTICE, date(2026, 10, 2)),)
    approved = (LetterDecision(NOTICE, date(2026, 10, 1)),)
    outcome = decide(
        CaseSituation(PRE_LITIGATION, 50, letters=sent, decisions=approved), POLICY, ON
    )
    assert (outcome.status, outcome.kind) == (Status.AWAITING_APPROVAL, NOTICE)


def test_the_acceleration_waits_for_the_cure_period() -> None:
    # pre-litigation: formal notice sent on 2026-11-25, 12 days ago; wait_days is 15
    sent = (SentLetter(NOTICE, date(2026, 11, 25)),)
    early = decide(CaseSituation(PRE_LITIGATION, 80, letters=sent), POLICY, ON)
    assert (early.status, early.kind) == (Status.NOT_DUE, ACCELERATION)
    assert texts(early) == ["formal notice sent on 2026-11-25: next letter from 2026-12-10"]
    later = decide(
        CaseSituation(PRE_LITIGATION, 80, letters=(SentLetter(NOTICE, date(2026, 11, 22)),)),
        POLICY,
        ON,
    )
    assert (later.status, later.kind) == (Status.AWAITING_APPROVAL, ACCELERATION)


def test_a_stage_follows_its_own_levels() -> None:
    # pre-litigation has no reminder level: its first letter is the formal notice
    outcome = decide(CaseSituation(PRE_LITIGATION, 50), POLICY, ON)
    assert outcome.kind is NOTICE
    # a settled case has no level at all; every level sent: nothing more
    assert decide(CaseSituation(CaseStage.SETTLED, 50), POLICY, ON).status is Status.NOT_DUE
    every = tuple(SentLetter(kind, date(2026, 10, 1)) for kind in (R1, R2, NOTICE))
    outcome = judge(days_past_due=90, letters=every)
    assert outcome.status is Status.NOT_DUE
    assert texts(outcome) == ["no further letter for this stage"]


def test_a_running_plan_skips_the_case() -> None:
    outcome = judge(days_past_due=30, plan_reference="ACC-2026-000001", plan_until=date(2028, 1, 5))
    assert (outcome.status, outcome.kind) == (Status.SKIPPED, R1)
    assert texts(outcome)[0] == "payment plan ACC-2026-000001 running until 2028-01-05"
    # a plan whose last instalment fell due yesterday no longer protects the case
    ended = judge(days_past_due=30, plan_reference="ACC-1", plan_until=date(2026, 12, 6))
    assert ended.status is Status.DUE


def test_a_pending_promise_skips_the_case() -> None:
    outcome = judge(days_past_due=30, promise_due=date(2026, 12, 15))
    assert (outcome.status, outcome.kind) == (Status.SKIPPED, R1)
    assert texts(outcome)[0] == "promise to pay by 2026-12-15 pending"


def test_an_overindebtedness_file_skips_the_case_first() -> None:
    outcome = judge(
        days_past_due=30,
        overindebtedness_since=date(2026, 11, 30),
        promise_due=date(2026, 12, 15),
    )
    assert outcome.status is Status.SKIPPED
    assert texts(outcome)[0] == "overindebtedness file lodged on 2026-11-30: recovery suspended"


def test_an_exclusion_lasts_the_policy_s_days() -> None:
    # exclusion_days = 7: excluded on 1 December, it covers 1 to 7 December
    first = (LetterDecision(R1, date(2026, 12, 1), excluded=True, reason="x"),)
    assert judge(days_past_due=30, decisions=first).status is Status.SKIPPED
    # excluded on 30 November, it covered 30 November to 6 December: due again
    earlier = (LetterDecision(R1, date(2026, 11, 30), excluded=True, reason="x"),)
    assert judge(days_past_due=30, decisions=earlier).status is Status.DUE


def test_an_exclusion_of_the_day_skips_with_its_reason() -> None:
    kept_out = (LetterDecision(R1, date(2026, 12, 2), excluded=True, reason="client au CHU"),)
    outcome = judge(days_past_due=30, decisions=kept_out)
    assert (outcome.status, outcome.kind) == (Status.SKIPPED, R1)
    assert texts(outcome)[0] == "excluded on 2026-12-02: client au CHU"
    # it concerns that letter only
    other = (LetterDecision(R2, date(2026, 12, 2), excluded=True, reason="x"),)
    assert judge(days_past_due=30, decisions=other).status is Status.DUE
