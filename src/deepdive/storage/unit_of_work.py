"""One transaction per command: repositories share a connection; commit() keeps the work."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from deepdive.storage.errors import DatabaseRefused
from deepdive.storage.repositories.cards import CardRepository
from deepdive.storage.repositories.checkins import CheckinRepository
from deepdive.storage.repositories.dives import DiveRepository
from deepdive.storage.repositories.experiments import ExperimentRepository, ExplanationRepository
from deepdive.storage.repositories.ideas import IdeaRepository
from deepdive.storage.repositories.lessons import LessonRepository
from deepdive.storage.repositories.media import MediaRepository
from deepdive.storage.repositories.notes import NoteRepository
from deepdive.storage.repositories.questions import QuestionRepository
from deepdive.storage.repositories.recommendations import RecommendationRepository
from deepdive.storage.repositories.resources import ResourceRepository
from deepdive.storage.repositories.retros import RetroRepository
from deepdive.storage.repositories.sessions import SessionRepository
from deepdive.storage.repositories.settings import SettingsRepository
from deepdive.storage.transaction import Transactional


class SqlUnitOfWork(Transactional):
    dives: DiveRepository
    resources: ResourceRepository
    sessions: SessionRepository
    notes: NoteRepository
    ideas: IdeaRepository
    settings: SettingsRepository
    cards: CardRepository
    media: MediaRepository
    experiments: ExperimentRepository
    explanations: ExplanationRepository
    questions: QuestionRepository
    checkins: CheckinRepository
    lessons: LessonRepository
    recommendations: RecommendationRepository
    retros: RetroRepository

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _refusal(self, exc: BaseException) -> DatabaseRefused | None:
        if isinstance(exc, DBAPIError):
            return DatabaseRefused.because(exc.orig)
        return None

    def __enter__(self) -> SqlUnitOfWork:
        connection = self._engine.connect()
        self._connection = connection
        self.dives = DiveRepository(connection)
        self.resources = ResourceRepository(connection)
        self.sessions = SessionRepository(connection)
        self.notes = NoteRepository(connection)
        self.ideas = IdeaRepository(connection)
        self.settings = SettingsRepository(connection)
        self.cards = CardRepository(connection)
        self.media = MediaRepository(connection)
        self.experiments = ExperimentRepository(connection)
        self.explanations = ExplanationRepository(connection)
        self.questions = QuestionRepository(connection)
        self.checkins = CheckinRepository(connection)
        self.lessons = LessonRepository(connection)
        self.recommendations = RecommendationRepository(connection)
        self.retros = RetroRepository(connection)
        return self
