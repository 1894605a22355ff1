"""Any bytes in a push file end in a queued write or a clear error naming the file or the field, and a
failure queues nothing: the reading (app.services.files) and the validation (Pro+ push-client) together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.services.fielddesk import FieldDesk
from app.services.files import InputFileError, read_json_file
from app.vendors.proplus.validate import PushValidationError
from tests.helpers import new_client_body

GOOD = json.dumps(new_client_body()).encode("utf-8")
HOSTILE = {
    "utf16": '{"client":[{"name":"A"}]}'.encode("utf-16"),
    "latin1": '{"client":[{"name":"é"}]}'.encode("latin-1"),
    "deep": b'{"client":' + b"[" * 1200 + b"]" * 1200 + b"}",
    "bigint": b'{"client":[{"name":"A","id":' + b"9" * 5000 + b"}]}",
    "id-over-64-bits": b'{"client":[{"name":"A","id":' + b"9" * 25 + b"}]}",
    "id-text-over-64-bits": b'{"client":[{"name":"A","id":"' + b"9" * 25 + b'"}]}',
    "appliance-id-over-64-bits": b'{"client":[{"name":"A","heating_appliance":[{"name":"K","id":' + b"9" * 20
                                 + b"}]}]}",
    "lone-surrogate": b'{"client":[{"name":"A\\ud800"}]}',
    "surrogate-key": b'{"client":[{"name":"A","\\udc00":1}]}',
    "nan-in-unknown-key": b'{"client":[{"name":"A","extra":NaN}]}',
    "overflowing-float": b'{"client":[{"name":"A","x":1e309}]}',
    "deep-unknown-field": b'{"client":[{"name":"A","x":' + b"[" * 100 + b"]" * 100 + b"}]}",
    "empty": b"",
    "nul": b"\x00",
}


def _try(desk: FieldDesk, path: Path) -> str:
    try:
        body = read_json_file(str(path))
        desk.clients.queue_push(body)
    except InputFileError as exc:
        assert str(path) in str(exc) or "--file" in str(exc)
        return "file"
    except PushValidationError as exc:
        assert exc.errors and all(e.path and e.message for e in exc.errors)
        return "invalid"
    return "queued"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_refused_with_the_file_or_field_named(name: str, empty_desk: FieldDesk,
                                                                tmp_path: Path) -> None:
    path = tmp_path / f"{name}.json"
    path.write_bytes(HOSTILE[name])
    assert _try(empty_desk, path) in ("file", "invalid")
    assert empty_desk.outbox.entries() == [], "a failure queues nothing"


def test_a_folder_or_no_file_name_is_named(empty_desk: FieldDesk, tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="is a folder"):
        read_json_file(str(tmp_path))
    with pytest.raises(InputFileError, match="no file name"):
        read_json_file("")


def test_a_utf8_file_with_a_byte_order_mark_is_read(empty_desk: FieldDesk, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD)
    assert _try(empty_desk, path) == "queued"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=200),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                 lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children,
                                                                                   max_size=4),
                 max_leaves=20).map(lambda v: json.dumps({"client": [v]}, allow_nan=True).encode("utf-8", "replace")),
    st.binary(max_size=40).map(lambda b: GOOD[: len(GOOD) // 2] + b + GOOD[len(GOOD) // 2:]),
))
@example(data=GOOD)
def test_any_bytes_end_in_a_queued_write_or_a_named_error(empty_desk: FieldDesk, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "push.json"
    path.write_bytes(data)
    before = len(empty_desk.outbox.entries())
    outcome = _try(empty_desk, path)
    after = len(empty_desk.outbox.entries())
    assert (after > before) == (outcome == "queued")
