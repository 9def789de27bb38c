"""Counties and municipalities: reference data shipped in resources/, identical on
every replica and never synced."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from fieldkit.model.base import Base


class County(Base):
    __tablename__ = "county"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_lt: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))

    municipalities: Mapped[list[Municipality]] = relationship(back_populates="county")


class Municipality(Base):
    __tablename__ = "municipality"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    county_id: Mapped[str] = mapped_column(ForeignKey("county.id"), index=True)
    name_lt: Mapped[str] = mapped_column(String(80))
    short_lt: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    centre: Mapped[str] = mapped_column(String(80))

    county: Mapped[County] = relationship(back_populates="municipalities")
