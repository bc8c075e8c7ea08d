"""A resource's page reads only the resource, what it backs up and its backups."""

from datetime import date

from deepdive.config import SourceEndpoints
from deepdive.services.dives import NewDive, create_dive
from deepdive.services.resources import NewResource, add_resource, rate
from deepdive.sources.resolver import SourceResolver
from tests.support.recorded_server import closed_port_url


def test_around_a_resource(uow, clock):
    create_dive(uow, clock, NewDive("GPT", date(2021, 4, 15), 4, 60))
    # Plain titles never fetch; the endpoints point at a closed local port all the same.
    nowhere = closed_port_url()
    resolver = SourceResolver(SourceEndpoints(arxiv_api=nowhere, doi_resolver=nowhere))
    for title, backup in [("GPT-2 paper", None), ("History of GPT", "1"), ("GPT-3 paper", None)]:
        add_resource(uow, clock, resolver, NewResource(title, week=2, backup_for=backup))
    rate(uow, clock, "2", 4, "better")
    with uow:
        def titles(resource_id):
            return [(e.title, e.rating) for e in uow.resources.around(1, resource_id)]

        assert titles(1) == [("GPT-2 paper", None), ("History of GPT", 4)]
        assert titles(2) == [("GPT-2 paper", None), ("History of GPT", 4)]
        assert titles(3) == [("GPT-3 paper", None)]
        assert titles(99) == []
