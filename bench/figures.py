"""A measured figure, its floor, and how to print both for people and for machines."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    """One measurement; ``floor`` is the same work done by the bare library underneath."""

    bench: str
    metric: str
    value: float
    unit: str
    floor: float | None = None
    target: str = ""  # e.g. "<= 15 ms and <= 2x floor"
    extra: dict[str, Any] = field(default_factory=dict)
    note: str = ""  # what the floor does, when that is not obvious; printed under the figure

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    def as_json(self) -> str:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        return json.dumps(data, ensure_ascii=False)

    def as_text(self) -> str:
        line = f"{self.bench:<8} {self.metric:<34} {self.value:>10.2f} {self.unit:<3}"
        if self.floor is not None:
            line += f"  floor {self.floor:>8.2f} {self.unit:<3} ratio {self.ratio:5.2f}x"
        if self.target:
            line += f"  target {self.target}"
        if self.note:
            line += "\n         " + self.note
        return line


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile (inclusive method), e.g. percentile(xs, 95)."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[int(pct) - 1]
