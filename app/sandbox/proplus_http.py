"""What every call of the Pro+ simulator shares: the secret key check (§3), the answer envelope and its error
answers (§6, §7.3.5), and reading a call's parameters. The clients', technicians' and certificates' endpoints
(proplus.py, proplus_staff.py, proplus_certificates.py) only say what their call does: a refusal is an exception
(`Rejected`), which `exception_handlers()` turns into Pro+'s error answer."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

SECRET_HEADER = "X-expose-secret-key"
MSG_SUCCESS = "Success"
MSG_AUTH_FAILED = "Authentication failed"
MSG_SERVER_ERROR = "Something went wrong. Please contact Pro+ team."


class Rejected(Exception):
    """The call is refused with Pro+'s error answer: `status` and its message (a "msg." text, as Pro+ words it)."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(Rejected):
    status = 404


def answer(data: object = None, *, status: int = 200, message: str = MSG_SUCCESS) -> JSONResponse:
    return JSONResponse({"success": True, "data": data, "message": message}, status_code=status)


def error(status: int, message: str) -> JSONResponse:
    # §7.3.5: error answers carry success and message only.
    return JSONResponse({"success": False, "message": message}, status_code=status)


async def json_body(request: Request) -> object:
    """The body as JSON, None when there is none."""
    body = await request.body()
    if not body.strip():
        return None
    try:
        return json.loads(body)
    except ValueError as exc:
        raise Rejected("msg.The request body is not valid JSON.") from exc


async def parameters(request: Request) -> dict[str, str]:
    """Query parameters, overlaid with a JSON object body: the document shows both for the pull calls."""
    params = dict(request.query_params)
    body = await json_body(request)
    if body is None:
        return params
    if not isinstance(body, dict):
        raise Rejected("msg.The request body must be a JSON object.")
    for key, value in body.items():
        if value is not None:
            params[key] = value if isinstance(value, str) else json.dumps(value)
    return params


class RequireKey:
    """§3: every call carries the secret key (`app.state.secret_key`, which tests may change while serving);
    without it the answer is 401 before anything else is read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            given = Request(scope).headers.get(SECRET_HEADER)
            if given != scope["app"].state.secret_key:
                await error(401, MSG_AUTH_FAILED)(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _rejected(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Rejected)
    return error(exc.status, exc.message)


async def _http_error(_request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = {404: "Not found", 405: "Method not allowed"}.get(status, str(getattr(exc, "detail", "")))
    response = error(status, message)
    if isinstance(exc, HTTPException) and exc.headers:
        response.headers.update(exc.headers)
    return response


async def _server_error(_request: Request, _exc: Exception) -> Response:
    return error(500, MSG_SERVER_ERROR)


def exception_handlers() -> dict[Any, Any]:
    """Starlette's handlers: a refusal, an unknown path or method, anything else (500) as Pro+ answers them."""
    return {Rejected: _rejected, HTTPException: _http_error, Exception: _server_error}
