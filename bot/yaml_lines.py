"""YAML loading that remembers line numbers, for error messages staff can act on.

PyYAML's C loader (when available) parses into nodes; `_build` turns them
into `dict`/`list` subclasses that carry the line of each key and item.
Syntax errors become `YamlSyntaxError` with a French explanation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LinedDict(dict):
    """A mapping with `line` (its own) and `key_lines` (line of each key)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LinedList(list):
    """A sequence with `line` (its own) and `item_lines` (line of each item)."""

    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class YamlSyntaxError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _DuplicateKey(yaml.MarkedYAMLError):
    pass


_STR_TAG = "tag:yaml.org,2002:str"
# First characters of plain scalars that may be something else than text
# (numbers, booleans, null, dates...): the others need no resolution.
_TYPED_STARTS = frozenset(_BaseLoader.yaml_implicit_resolvers)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        """PyYAML's tag resolution, with a shortcut for plain text: called for
        each of the 200,000 scalars of a large base."""
        if kind is yaml.ScalarNode and not (implicit[0] and value[:1] in _TYPED_STARTS):
            return _STR_TAG
        return super().resolve(kind, value, implicit)


def _build(node: yaml.Node, loader: _LineLoader, built: dict[int, Any]) -> Any:
    """The Python value of a composed node, lines attached.

    A direct walk over the node tree: PyYAML's generic constructor (deep
    construction, generators, per-node state) takes longer than parsing,
    and a knowledge base of 10,000 entries is mostly plain strings. Other
    scalars (numbers, booleans, dates) go through PyYAML's safe constructor.
    """
    if node.__class__ is yaml.ScalarNode:
        return node.value if node.tag == _STR_TAG else loader.construct_object(node)
    if id(node) in built:  # an alias (*name) of a node built already
        return built[id(node)]
    if node.__class__ is yaml.MappingNode:
        result: LinedDict | LinedList = _build_mapping(node, loader, built)
    else:
        result = _build_sequence(node, loader, built)
    return result


def _build_mapping(node: yaml.MappingNode, loader: _LineLoader, built: dict[int, Any]) -> LinedDict:
    loader.flatten_mapping(node)  # merge keys (<<: *name)
    result = built[id(node)] = LinedDict()
    result.line = node.start_mark.line + 1
    key_lines = result.key_lines = {}
    for key_node, value_node in node.value:
        key = _build(key_node, loader, built)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            key = str(key)
        if key in result:
            raise _DuplicateKey(problem=f"duplicate:{key}", problem_mark=key_node.start_mark)
        result[key] = _build(value_node, loader, built)
        key_lines[key] = key_node.start_mark.line + 1
    return result


def _build_sequence(node: yaml.SequenceNode, loader: _LineLoader, built: dict[int, Any]) -> LinedList:
    result = built[id(node)] = LinedList()
    result.extend(_build(child, loader, built) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _parse(text: str) -> Any:
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _build(node, loader, {})
    finally:
        loader.dispose()


# PyYAML's problem texts, explained for people who are not developers.
_EXPLANATIONS = (
    ("mapping values are not allowed",
     "deux-points « : » inattendu. Si le texte contient « : », mettez-le entre guillemets "
     "(\"...\") ou utilisez « | » et écrivez le texte à la ligne suivante."),
    ("could not find expected ':'",
     "il manque « : » après un nom de champ, ou l'indentation est décalée."),
    ("found character '\\t'",
     "tabulation trouvée : n'utilisez que des espaces pour l'indentation."),
    ("expected <block end>",
     "l'indentation est incohérente : alignez cette ligne sur les lignes du même niveau."),
    ("did not find expected '-' indicator",
     "élément de liste mal aligné : chaque élément commence par « - » au même niveau."),
    ("found unexpected end of stream",
     "guillemet ou crochet non refermé."),
    ("did not find expected ',' or ']'",
     "liste entre crochets mal fermée : vérifiez les virgules et le « ] » final."),
    ("found undefined alias", "« * » en début de texte : mettez le texte entre guillemets."),
    ("found character that cannot start any token",
     "caractère interdit en début de texte (` @ % ou tabulation) : mettez le texte entre guillemets."),
    ("while scanning a quoted scalar", "guillemet non refermé."),
)


def _explain(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or ""
    if problem.startswith("duplicate:"):
        key = problem.split(":", 1)[1]
        return f"le champ « {key} » apparaît deux fois au même endroit : gardez-en un seul."
    text = f"{error.context or ''} {problem}"
    for needle, explanation in _EXPLANATIONS:
        if needle in text:
            return explanation
    return f"syntaxe YAML invalide ({problem.strip() or 'erreur inconnue'}) : vérifiez l'indentation, les « : » et les guillemets."


def load_yaml(path: Path) -> Any:
    """Parse one file; raise YamlSyntaxError (French, with the line) if invalid."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise YamlSyntaxError(None, "le fichier n'est pas en UTF-8 : réenregistrez-le en UTF-8.") from None
    try:
        return _parse(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSyntaxError(line, _explain(error)) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(None, f"syntaxe YAML invalide ({error}).") from None
