"""Operation comparison: ids, tags, parameters, request bodies and responses.

An operation is matched by method + path with path-parameter names blanked, so a renamed
operationId or path parameter is a change to the same operation, and the same operationId at
a new path is ``operation-path-changed``. Schemas met on the way are compared by
:class:`specpipe.schemas.SchemaDiffer`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from specpipe.document import Doc, Operation, canonical
from specpipe.kinds import Direction
from specpipe.schemas import SchemaDiffer, values_text

__all__ = ["OperationDiffer"]


class OperationDiffer(SchemaDiffer):
    @staticmethod
    def _security_key(security: Any) -> list[str]:
        return sorted(canonical(req) for req in security or [])

    # --------------------------------------------------------------- operations

    def compare_operations(self) -> None:
        old_ops, new_ops = self.old.operations(), self.new.operations()
        removed = {k: old_ops[k] for k in sorted(set(old_ops) - set(new_ops))}
        added = {k: new_ops[k] for k in sorted(set(new_ops) - set(old_ops))}
        # Same operationId at another path/method: the same generated function.
        added_by_id = {op.operation_id: key for key, op in added.items()}
        for key, old_op in list(removed.items()):
            new_key = added_by_id.get(old_op.operation_id)
            if new_key is None or new_key not in added:
                continue
            new_op = added.pop(new_key)
            del removed[key]
            self.add(
                "operation-path-changed",
                new_op.location,
                f"`{self.attr(new_op.operation_id)}()` moved from {old_op.location} "
                f"to {new_op.location}",
            )
            self.compare_operation(old_op, new_op)
        for op in removed.values():
            self.add(
                "operation-removed",
                op.location,
                f"Operation {op.operation_id} removed (generated function "
                f"`api.{self._module(op)}.{self.attr(op.operation_id)}`)",
            )
        for op in added.values():
            self.add(
                "operation-added",
                op.location,
                f"Operation {op.operation_id} added (generated function "
                f"`api.{self._module(op)}.{self.attr(op.operation_id)}`)",
            )
        for key in sorted(set(old_ops) & set(new_ops)):
            self.compare_operation(old_ops[key], new_ops[key])

    def _module(self, op: Operation) -> str:
        tag = op.first_tag
        return self.attr(tag) if tag else "default"

    def compare_operation(self, old: Operation, new: Operation) -> None:
        where = new.location
        func = f"`{self.attr(new.operation_id)}()`"
        if old.operation_id != new.operation_id:
            old_fn, new_fn = self.attr(old.operation_id), self.attr(new.operation_id)
            if old_fn != new_fn:
                self.add(
                    "operation-id-renamed",
                    where,
                    f"operationId {old.operation_id} renamed to {new.operation_id}: generated "
                    f"function `{old_fn}` becomes `{new_fn}`, and the facade method falls back "
                    f"to an automatic name unless generator/facade.yaml gets an entry",
                )
            else:
                self.add(
                    "operation-id-recased",
                    where,
                    f"operationId {old.operation_id} → {new.operation_id} (function `{new_fn}`)",
                )
        old_tags, new_tags = old.op.get("tags") or [], new.op.get("tags") or []
        if old_tags != new_tags:
            old_mod, new_mod = self._module(old), self._module(new)
            if old_mod != new_mod:
                self.add(
                    "tag-renamed",
                    where,
                    f"Tag {old.first_tag!r} → {new.first_tag!r}: {func} moves from "
                    f"`sinch_numbers_api.api.{old_mod}` to `sinch_numbers_api.api.{new_mod}`",
                )
            else:
                self.add("tag-changed", where, f"Tags {old_tags} → {new_tags}")
        if bool(new.op.get("deprecated")) and not bool(old.op.get("deprecated")):
            self.add("operation-deprecated", where, f"{func} is now deprecated")
        old_security = self._security_key(old.op.get("security"))
        if old_security != self._security_key(new.op.get("security")):
            self.add("operation-security-changed", where, f"Security of {func} changed")
        self.compare_parameters(old, new, where, func)
        self.compare_request_body(old, new, where, func)
        self.compare_responses(old, new, where, func)

    def compare_parameters(self, old: Operation, new: Operation, where: str, func: str) -> None:
        for key in sorted(set(old.params) - set(new.params)):
            location, name = key
            self.add(
                "parameter-removed",
                f"{where} param {name}",
                f"{location.capitalize()} parameter `{name}` removed: {func} loses argument "
                f"`{self.attr(name)}`",
            )
        for key in sorted(set(new.params) - set(old.params)):
            location, name = key
            param = new.params[key]
            if param.get("required"):
                self.add(
                    "parameter-added-required",
                    f"{where} param {name}",
                    f"Required {location} parameter `{name}` added: {func} gains required "
                    f"argument `{self.attr(name)}`",
                )
            else:
                self.add(
                    "parameter-added",
                    f"{where} param {name}",
                    f"Optional {location} parameter `{name}` added: {func} gains keyword "
                    f"argument `{self.attr(name)}`",
                )
        for key in sorted(set(old.params) & set(new.params)):
            location, name = key
            op_, np_ = old.params[key], new.params[key]
            param_where = f"{where} param {name}"
            arg = f"argument `{self.attr(name)}` of {func}"
            if bool(op_.get("required")) != bool(np_.get("required")):
                if np_.get("required"):
                    self.add(
                        "parameter-made-required",
                        param_where,
                        f"{location.capitalize()} parameter `{name}` is now required ({arg})",
                    )
                else:
                    self.add(
                        "parameter-made-optional",
                        param_where,
                        f"{location.capitalize()} parameter `{name}` is now optional ({arg})",
                    )
            old_schema = self.old.resolve(op_.get("schema")) or {}
            new_schema = self.new.resolve(np_.get("schema")) or {}
            if (
                isinstance(old_schema, Mapping)
                and isinstance(new_schema, Mapping)
                and old_schema.get("default") != new_schema.get("default")
            ):
                self.add(
                    "parameter-default-changed",
                    param_where,
                    f"Default of `{name}` {old_schema.get('default')!r} → "
                    f"{new_schema.get('default')!r}",
                )
            self.compare_schema(
                op_.get("schema"), np_.get("schema"), param_where, {"request"}, f"`{name}`"
            )

    def _required_props(self, doc: Doc, body: Mapping[str, Any]) -> list[str]:
        names: set[str] = set()
        for media in (body.get("content") or {}).values():
            schema = doc.resolve((media or {}).get("schema")) or {}
            if isinstance(schema, Mapping):
                names |= self.flatten(doc, schema)[1]
        return sorted(names)

    def compare_request_body(self, old: Operation, new: Operation, where: str, func: str) -> None:
        old_body = self.old.resolve(old.op.get("requestBody"))
        new_body = self.new.resolve(new.op.get("requestBody"))
        body_where = f"{where} request body"
        if not old_body and not new_body:
            return
        if old_body and not new_body:
            self.add("request-body-removed", body_where, f"{func} no longer takes a request body")
            return
        assert isinstance(new_body, Mapping)
        if not old_body:
            if new_body.get("required"):
                props = self._required_props(self.new, new_body)
                listed = f" with required properties {values_text(props)}" if props else ""
                self.add(
                    "request-body-added-required",
                    body_where,
                    f"{func} now requires a request body{listed}",
                )
            else:
                self.add(
                    "request-body-added", body_where, f"{func} now takes an optional request body"
                )
            return
        assert isinstance(old_body, Mapping)
        if bool(old_body.get("required")) != bool(new_body.get("required")):
            if new_body.get("required"):
                self.add("request-body-made-required", body_where, f"{func}'s body is now required")
            else:
                self.add("request-body-made-optional", body_where, f"{func}'s body is now optional")
        self.compare_content(
            old_body.get("content") or {},
            new_body.get("content") or {},
            body_where,
            "request",
            f"the request body of {func}",
        )

    def compare_content(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: str,
        direction: Direction,
        owner: str,
    ) -> None:
        for media in sorted(set(old) - set(new)):
            self.add(f"{direction}-media-type-removed", where, f"{owner}: `{media}` removed")
        for media in sorted(set(new) - set(old)):
            self.add(f"{direction}-media-type-added", where, f"{owner}: `{media}` added")
        common = sorted(set(old) & set(new))
        for media in common:
            media_where = where if len(common) == 1 else f"{where} ({media})"
            old_schema = (old[media] or {}).get("schema")
            new_schema = (new[media] or {}).get("schema")
            if old_schema is None and new_schema is None:
                continue
            self.compare_schema(old_schema, new_schema, media_where, {direction}, owner)

    def compare_responses(self, old: Operation, new: Operation, where: str, func: str) -> None:
        old_responses = old.op.get("responses") or {}
        new_responses = new.op.get("responses") or {}
        for code in sorted(set(map(str, old_responses)) - set(map(str, new_responses))):
            success = code.startswith("2")
            self.add(
                "response-status-removed" if success else "error-response-removed",
                f"{where} response {code}",
                f"{func} no longer documents status {code}",
            )
        for code in sorted(set(map(str, new_responses)) - set(map(str, old_responses))):
            self.add(
                "response-status-added",
                f"{where} response {code}",
                f"{func} documents a new status {code}",
            )
        old_by_code = {str(k): v for k, v in old_responses.items()}
        new_by_code = {str(k): v for k, v in new_responses.items()}
        for code in sorted(set(old_by_code) & set(new_by_code)):
            old_response = self.old.resolve(old_by_code[code]) or {}
            new_response = self.new.resolve(new_by_code[code]) or {}
            self.compare_content(
                old_response.get("content") or {},
                new_response.get("content") or {},
                f"{where} response {code}",
                "response",
                f"the {code} response of {func}",
            )
