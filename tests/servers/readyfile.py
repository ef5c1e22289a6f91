"""The ready file a test server writes once it listens: the fixture waits for it, the tests read it."""

import json
import os


def write_atomically(path, data):
    """Writes `data` as JSON to `path` at once: a reader never sees half a file."""
    temporary = f"{path}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2, sort_keys=True)
        out.write("\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
