"""Commands for what was tried and explained: swap, experiment(s), explain, explanations."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import DURATION, dive_option, json_option
from deepdive.cli.output import print_json, print_table, say
from deepdive.domain.experiment import Experiment
from deepdive.services import backups
from deepdive.services import experiments as service
from deepdive.services.experiments import ExplanationView, NewExperiment


@click.command()
@click.argument("ref")
@click.argument("backup_ref", metavar="BACKUP")
@click.option("--why", required=True, help="Why it is set aside (too hard, too boring...).")
@dive_option
@pass_app
def swap(app: AppContext, ref: str, backup_ref: str, why: str, dive_ref: str | None) -> None:
    """Set resource REF aside and put BACKUP in its place in the plan."""
    done = backups.swap(app.uow(), app.clock, ref, backup_ref, why, dive_ref)
    week = f"week {done.new.placement.week}" if done.new.placement.week else "the plan"
    say(f"Swapped #{done.old.id} {done.old.title} for #{done.new.id} {done.new.title} "
        f"in {week}: {done.swap.why}")


@click.command()
@click.argument("title")
@click.option("--setup", default="", help="What was set up, e.g. the prompt.")
@click.option("--expect", "expectation", default="", help="What you expected.")
@click.option("--result", default="", help="What happened.")
@click.option("--surprise", default="", help="What surprised you.")
@click.option("--ref", help="The resource it came from.")
@dive_option
@pass_app
def experiment(
    app: AppContext, title: str, setup: str, expectation: str, result: str, surprise: str,
    ref: str | None, dive_ref: str | None,
) -> None:
    """Log a hands-on experiment."""
    saved = service.add_experiment(
        app.uow(), app.clock, NewExperiment(title, setup, expectation, result, surprise, ref),
        dive_ref,
    )
    say(f"Experiment #{saved.id}: {saved.title}")


def _experiment_row(item: Experiment) -> dict[str, object]:
    """One experiment for `--json`, the same whether listed or shown alone."""
    return item.to_dict() | {"date": f"{item.at:%Y-%m-%d}"}


@click.command()
@click.argument("ref", required=False)
@json_option
@dive_option
@pass_app
def experiments(app: AppContext, ref: str | None, as_json: bool, dive_ref: str | None) -> None:
    """The dive's experiments, or experiment REF in full."""
    found = service.list_experiments(app.uow(), dive_ref)
    if ref is not None:
        one = service.find_experiment(found, ref)
        if as_json:
            print_json(_experiment_row(one))
            return
        say(f"#{one.id} {one.title} ({one.at:%Y-%m-%d})")
        for label, value in (("setup", one.setup), ("expected", one.expectation),
                             ("result", one.result), ("surprise", one.surprise)):
            if value:
                say(f"  {label}: {value}")
        return
    rows = [_experiment_row(e) for e in found]
    if as_json:
        print_json(rows)
        return
    print_table(rows, [("id", "#"), ("date", "date"), ("title", "experiment"),
                       ("result", "result")],
                empty='No experiments yet: `deepdive experiment TITLE --setup "..."`.')


@click.command()
@click.argument("topic")
@click.option("--to", "audience", required=True, help="Who it was explained to.")
@click.option("--minutes", type=DURATION, help="How long it took.")
@click.option("--shaky", multiple=True, help="A spot where the explanation wobbled; repeat.")
@dive_option
@pass_app
def explain(
    app: AppContext, topic: str, audience: str, minutes: int | None, shaky: tuple[str, ...],
    dive_ref: str | None,
) -> None:
    """Log an explanation of TOPIC; each shaky spot becomes an open question."""
    view = service.explain(app.uow(), app.clock, topic, audience, minutes, list(shaky),
                           dive_ref)
    say(f"Explanation #{view.explanation.id}: {view.explanation.topic} "
        f"to {view.explanation.audience}.")
    for question in view.shaky:
        say(f"  question #{question.id}: {question.text}")


def _print_explanation(view: ExplanationView) -> None:
    exp = view.explanation
    length = f", {exp.minutes} min" if exp.minutes else ""
    say(f"#{exp.id} {exp.topic}, to {exp.audience} ({exp.at:%Y-%m-%d}{length})")
    for question in view.shaky:
        answer = f": {question.answer}" if question.answer else ""
        say(f"  shaky, question #{question.id} [{question.status}] {question.text}{answer}")


@click.command()
@click.argument("ref", required=False)
@json_option
@dive_option
@pass_app
def explanations(app: AppContext, ref: str | None, as_json: bool, dive_ref: str | None) -> None:
    """The dive's explanations with their shaky spots, or explanation REF."""
    views = service.list_explanations(app.uow(), dive_ref)
    if ref is not None:
        one = service.find_explanation(views, ref)
        if as_json:
            print_json(one.to_dict())
        else:
            _print_explanation(one)
        return
    if as_json:
        print_json([v.to_dict() for v in views])
        return
    if not views:
        say('No explanations yet: `deepdive explain TOPIC --to "a friend"`.')
    for view in views:
        _print_explanation(view)


COMMANDS = [swap, experiment, experiments, explain, explanations]
