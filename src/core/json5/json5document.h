#pragma once

#include "json5error.h"
#include "jsonvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace clawdesk {

struct Json5Tree;
struct Json5Style;

/// @brief A parsed JSON5 text that remembers where every value sits, for locations and format-preserving
/// edits.
///
/// Edits splice the text at the spans the parser recorded (never re-serialising the document), then
/// re-parse, and check that the new value is exactly the intended one; on any failure the document is
/// left unchanged. Paths are lists of keys; array elements are addressed by decimal index strings.
class Json5Document
{
public:
    Json5Document(); // invalid
    static Json5Document parse(const QString &text, Json5Error *error = nullptr);
    /// Strips a UTF-8 BOM; invalid UTF-8 is an error.
    static Json5Document parse(const QByteArray &utf8, Json5Error *error = nullptr);

    bool isValid() const;
    const QString &text() const;    // the current text (after edits)
    const JsonValue &value() const; // the current parsed value

    struct Location
    {
        int line = 0;
        int column = 0;
    };
    /// Location of the value at path. For a missing path, the location of the nearest existing ancestor.
    Location locate(const QStringList &path) const;
    /// Location of the member's key (of the element itself for array elements).
    Location keyLocation(const QStringList &path) const;
    bool contains(const QStringList &path) const;

    /// Replaces the value at path; creates missing intermediate objects; fails (false, *error) when the path
    /// runs through a scalar, through an array with a non-index, etc. Setting an identical value changes
    /// nothing. Setting an Undefined value removes the member.
    bool set(const QStringList &path, const JsonValue &value, QString *error = nullptr);
    /// Removes an object member (every duplicate of it) or an array element; true (no change) when absent.
    bool remove(const QStringList &path, QString *error = nullptr);
    /// Inserts into the array at arrayPath at index (== size appends); creates the array if missing.
    bool insert(const QStringList &arrayPath, qsizetype index, const JsonValue &value,
                QString *error = nullptr);
    /// Moves an array element from one index to another (the element ends up at index `to`).
    bool move(const QStringList &arrayPath, qsizetype from, qsizetype to, QString *error = nullptr);

private:
    friend class Json5Editor;
    bool reparse(const QString &text, QString *error);

    QString m_text;
    JsonValue m_value;
    std::shared_ptr<const Json5Tree> m_tree; // null when invalid
};

} // namespace clawdesk
