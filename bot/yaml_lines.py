"""YAML loading that remembers line numbers, for error messages staff can act on.

PyYAML's C loader (when available) parses; our constructors wrap mappings and
sequences in `dict`/`list` subclasses that carry the line of each key and
item. Syntax errors become `YamlSyntaxError` with a French explanation.
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


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LinedDict:
    loader.flatten_mapping(node)
    result = LinedDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            key = str(key)
        if key in result:
            raise _DuplicateKey(problem=f"duplicate:{key}", problem_mark=key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LinedList:
    result = LinedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)

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
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlSyntaxError(line, _explain(error)) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(None, f"syntaxe YAML invalide ({error}).") from None
