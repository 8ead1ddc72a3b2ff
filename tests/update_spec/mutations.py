"""Plausible next versions of Sinch's ``numbers.yaml``, derived from the pinned one by mutation.

Each mutation edits a parsed document in place and is written against the pinned file's
shapes, so the rehearsal (``test_rehearsal.py``) and the classifier tests get the same
"next upstream version" whatever version is pinned. They model what upstream really does:
the deprecated ``rentAny`` endpoint going away, a new list endpoint under an existing tag, a
new required request body, a dropped response field, a new order state, edits that do not
bump ``info.version``, and reworded prose with other SDKs' ``x-codeSamples``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Doc = dict[str, Any]
Mutation = Callable[[Doc], None]

RENT_ANY = "/v1/projects/{projectId}/availableNumbers:rentAny"
SUBMIT = "/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit"
ORDERS = "/v1/projects/{projectId}/numberOrders"
REMOVED_OPERATION = "NumberService_RentAnyNumber"
ADDED_OPERATION = "ListNumberOrders"
ADDED_ENUM_VALUE = "CANCELLED"
DROPPED_PROPERTY = ("ActiveNumberResponse", "displayName")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def remove_operation(doc: Doc) -> None:
    """The deprecated ``rentAny`` endpoint is withdrawn (its request schema stays)."""
    del doc["paths"][RENT_ANY]


def add_operation(doc: Doc) -> None:
    """``GET …/numberOrders`` lists a project's number orders, under the existing tag."""
    doc["paths"][ORDERS] = {
        "get": {
            "operationId": ADDED_OPERATION,
            "summary": "List number orders",
            "description": "Lists the number orders of a project, newest first.",
            "tags": ["Number Order"],
            "parameters": [{"$ref": "#/components/parameters/projectId"}],
            "responses": {
                "200": {
                    "description": "The project's number orders.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "numberOrders": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/NumberOrder"},
                                    }
                                },
                            }
                        }
                    },
                }
            },
        }
    }


def add_required_request_body(doc: Doc) -> None:
    """Submitting an order now needs an explicit confirmation in a JSON body."""
    doc["components"]["schemas"]["SubmitNumberOrderRequest"] = {
        "type": "object",
        "required": ["confirmAccuracy"],
        "properties": {
            "confirmAccuracy": {
                "type": "boolean",
                "description": "Confirms that the registration data is accurate.",
            }
        },
    }
    doc["paths"][SUBMIT]["post"]["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/SubmitNumberOrderRequest"}
            }
        },
    }


def drop_response_property(doc: Doc) -> None:
    """``ActiveNumberResponse.displayName`` is no longer documented."""
    schema, name = DROPPED_PROPERTY
    del doc["components"]["schemas"][schema]["properties"][name]


def add_response_enum_value(doc: Doc) -> None:
    """Orders can be cancelled: a new ``NumberOrderState`` value."""
    doc["components"]["schemas"]["NumberOrderState"]["enum"].append(ADDED_ENUM_VALUE)


def edit_without_version_bump(doc: Doc) -> None:
    """Sinch edits the overview text and keeps ``info.version``."""
    doc["info"]["description"] = doc["info"]["description"].replace(
        "The Numbers API", "Sinch's Numbers API", 1
    )


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def reword_descriptions_and_add_code_samples(doc: Doc) -> None:
    """Every ``description`` reworded, and other SDKs' snippets on every operation (as in
    Sinch's real file: 76 KB of ``x-codeSamples``)."""
    for node in _walk(doc):
        if isinstance(node.get("description"), str):
            node["description"] = "Reworded: " + node["description"]
    for item in doc["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                op["x-codeSamples"] = [
                    {
                        "lang": lang,
                        "label": lang,
                        "source": f"// {op['operationId']} in {lang}\n" + "x" * 400,
                    }
                    for lang in ("Java", "Node.js", "cURL", ".NET")
                ]


def bump_version(doc: Doc, version: str) -> None:
    doc["info"]["version"] = version


#: name -> (mutation, the breaking/non-breaking/info kinds it must produce)
MUTATIONS: dict[str, tuple[Mutation, set[str]]] = {
    "remove-operation": (remove_operation, {"operation-removed"}),
    "add-operation": (add_operation, {"operation-added"}),
    "add-required-request-body": (
        add_required_request_body,
        {"request-body-added-required", "schema-added"},
    ),
    "drop-response-property": (drop_response_property, {"response-property-removed"}),
    "add-response-enum-value": (add_response_enum_value, {"response-enum-value-added"}),
    "edit-without-version-bump": (edit_without_version_bump, {"docs-only"}),
    "reword-descriptions-add-code-samples": (
        reword_descriptions_and_add_code_samples,
        {"docs-only"},
    ),
}

#: the five kinds of change of a "next version" (issue 11's done-when)
NEXT_VERSION = (
    "remove-operation",
    "add-operation",
    "add-required-request-body",
    "drop-response-property",
    "add-response-enum-value",
)
ADDITIVE = ("add-operation", "add-response-enum-value")
DOCS_ONLY = ("edit-without-version-bump", "reword-descriptions-add-code-samples")


def apply(doc: Doc, names: tuple[str, ...] | list[str]) -> Doc:
    for name in names:
        MUTATIONS[name][0](doc)
    return doc
