"""The element-wise decoder gives exactly what json.loads gives, and fails where it fails."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.vendors import jsonstream

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
documents = st.recursive(scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30)


@given(documents)
def test_same_result_as_json_loads(document: object) -> None:
    text = json.dumps(document, indent=None)
    assert jsonstream.loads(text) == json.loads(text)
    pretty = json.dumps(document, indent=2)
    assert jsonstream.loads(pretty.encode()) == json.loads(pretty)


@pytest.mark.parametrize("text", ['{"data": [1, 2', '{"data": [1 2]}', '{"a" 1}', "[1,]", '{"a": 1} x', "", "<html>"])
def test_garbage_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        jsonstream.loads(text)
