#pragma once

#include "json5error.h"
#include "jsonvalue.h"

#include <QList>
#include <QString>

namespace clawdesk {

/// @brief One member of a parsed object or array: where its key (objects only) and comma sit.
struct Json5Member
{
    QString key;             // decoded key; empty for array elements
    qsizetype keyStart = -1; // [keyStart, keyEnd) of the key as written (quotes included); -1 in arrays
    qsizetype keyEnd = -1;
    qsizetype comma = -1; // offset of the comma after the value, -1 when there is none
    int node = -1;        // index of the value's node in Json5Tree::nodes
};

/// @brief The span of one parsed value; containers list their members in document order.
struct Json5Node
{
    JsonValue::Type type = JsonValue::Type::Undefined;
    qsizetype start = 0;        // first character of the value ('{' / '[' for containers)
    qsizetype end = 0;          // one past the last character ('}' / ']' included)
    QList<Json5Member> members; // duplicates included; lookups take the last one
};

/// @brief What a document's formatting looks like, counted while parsing, to make new text match it.
struct Json5StyleFacts
{
    int comments = 0;
    int unquotedKeys = 0;
    int doubleQuotedKeys = 0;
    int singleQuotedKeys = 0;
    int doubleQuotedStrings = 0;
    int singleQuotedStrings = 0;
    int multiLineWithTrailingComma = 0;
    int multiLineWithoutTrailingComma = 0;
    int inlineWithTrailingComma = 0;
    bool json5Only = false; // hex, NaN/Infinity, leading '+', leading/trailing '.', multi-line strings…
};

/// @brief The spans of a whole parsed document; nodes[0] is the root value.
struct Json5Tree
{
    QList<Json5Node> nodes;
    Json5StyleFacts facts;
    QList<qsizetype> lineStarts; // offset of each line's first character, so locations cost O(log n)
};

/// @brief How far a path resolves in a tree: the deepest node reached and how it hangs in its parent.
struct Json5PathHit
{
    int node = 0;     // deepest existing node on the path (the root when nothing resolves)
    int parent = -1;  // container holding node, -1 for the root
    int member = -1;  // index of node in parent's members
    int resolved = 0; // how many path components resolved (== path.size() when the path exists)
};

/// Resolves a key path (array indexes as canonical decimal strings); duplicate keys resolve to the last.
Json5PathHit resolveJson5Path(const Json5Tree &tree, const QStringList &path);

/// Parses JSON5 text. On success fills value and tree and returns true; on failure fills error.
bool parseJson5(const QString &text, JsonValue *value, Json5Tree *tree, Json5Error *error);

/// 1-based line and column (code points) of a text offset; see Json5Error for the conventions.
void json5LineColumn(const QString &text, qsizetype offset, int *line, int *column);

} // namespace clawdesk
