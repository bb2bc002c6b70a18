"""Building large structures without the cyclic garbage collector.

Loading the knowledge base and building its index allocate millions of small
objects that stay alive. Meanwhile CPython's cyclic collector would traverse
them again and again (a third of the load time at 10,000 entries) to find
cycles these structures do not have. It is paused while they are built;
reference counting still frees every temporary object.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (also usable as a decorator)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
