#pragma once

#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>

namespace clawdesk {

/// @brief The `set(CPACK_… "…")` variables of a generated CPackConfig.cmake, unescaped.
class CPackConfig
{
public:
    /// Reads @p path; false (and errorString()) when it cannot be read or holds no variables.
    bool load(const QString &path);
    QString errorString() const { return m_error; }

    bool contains(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    /// The value split as a CMake list (on unescaped `;`).
    QStringList list(const QString &name) const;

private:
    QHash<QString, QString> m_values;
    QString m_error;
};

/// @brief A `[Group]` + `Key=value` file: a freedesktop.org desktop entry or a systemd unit.
class KeyFile
{
public:
    bool load(const QString &path);
    QString value(const QString &group, const QString &key) const;
    /// A `;`-separated value (Categories, Actions, Keywords) as a list without empty items.
    QStringList list(const QString &group, const QString &key) const;
    QStringList groups() const { return m_groups; }

private:
    QStringList m_groups;
    QHash<QString, QString> m_values; // "group\nkey" -> value
};

/// Width and height from a PNG's IHDR chunk; invalid size when @p path is no PNG.
QSize pngSize(const QString &path);

/// @brief One XML element: its whitespace-simplified text and its attributes.
struct XmlElement
{
    QString text;
    QXmlStreamAttributes attributes;
};

/// Every element of an XML file by its path ("component/releases/release"); @p error is set when
/// the file cannot be read or is not well-formed.
QMultiHash<QString, XmlElement> xmlElements(const QString &path, QString *error);

/// The <key>/<string> (and <true/>/<false/>) pairs of a property list's dict.
QHash<QString, QString> plistStrings(const QString &path);

} // namespace clawdesk
