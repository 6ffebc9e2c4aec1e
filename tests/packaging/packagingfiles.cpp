#include "packagingfiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtEndian>

namespace clawdesk {

namespace {

/// Undoes CMake's quoting of a `set(NAME "value")` argument (CPACK_VERBATIM_VARIABLES output).
QString unescapeCMake(QStringView quoted)
{
    QString out;
    out.reserve(quoted.size());
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QChar c = quoted[i];
        if (c != u'\\' || i + 1 == quoted.size()) {
            out.append(c);
            continue;
        }
        const QChar next = quoted[++i];
        switch (next.unicode()) {
        case u'n':
            out.append(u'\n');
            break;
        case u't':
            out.append(u'\t');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u';':
            out.append(QStringLiteral("\\;"));
            break; // stays a literal ; inside a list item
        default:
            out.append(next);
            break; // \\ \" \$ and friends
        }
    }
    return out;
}

QByteArray readAll(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

} // namespace

bool CPackConfig::load(const QString &path)
{
    bool ok = false;
    const QString text = QString::fromUtf8(readAll(path, &ok));
    if (!ok) {
        m_error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    static const QRegularExpression line(
        QStringLiteral(R"re(^\s*set\((CPACK_\w+) "((?:[^"\\]|\\.)*)"\)\s*$)re"),
        QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        m_values.insert(match.captured(1), unescapeCMake(match.capturedView(2)));
    }
    if (m_values.isEmpty()) {
        m_error = QStringLiteral("no CPACK_ variables in %1").arg(path);
        return false;
    }
    return true;
}

QStringList CPackConfig::list(const QString &name) const
{
    QStringList items;
    QString current;
    const QString text = value(name);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && text[i + 1] == u';') {
            current.append(u';');
            ++i;
        } else if (text[i] == u';') {
            items.append(current);
            current.clear();
        } else {
            current.append(text[i]);
        }
    }
    if (!current.isEmpty() || !items.isEmpty())
        items.append(current);
    return items;
}

bool KeyFile::load(const QString &path)
{
    bool ok = false;
    const QString text = QString::fromUtf8(readAll(path, &ok));
    if (!ok)
        return false;
    QString group;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2);
            m_groups.append(group);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || group.isEmpty())
            return false; // a key outside a group or a line without '=' makes the file invalid
        m_values.insert(group + u'\n' + line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return !m_groups.isEmpty();
}

QString KeyFile::value(const QString &group, const QString &key) const
{
    return m_values.value(group + u'\n' + key);
}

QStringList KeyFile::list(const QString &group, const QString &key) const
{
    return value(group, key).split(u';', Qt::SkipEmptyParts);
}

QSize pngSize(const QString &path)
{
    bool ok = false;
    const QByteArray data = readAll(path, &ok);
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    // signature (8), chunk length (4), "IHDR" (4), width (4), height (4)
    if (!ok || data.size() < 24 || !data.startsWith(signature) || data.mid(12, 4) != "IHDR")
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    return QSize(int(qFromBigEndian<quint32>(bytes + 16)), int(qFromBigEndian<quint32>(bytes + 20)));
}

QMultiHash<QString, XmlElement> xmlElements(const QString &path, QString *error)
{
    QMultiHash<QString, XmlElement> elements;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return elements;
    }
    QXmlStreamReader xml(&file);
    QStringList stack;
    QList<XmlElement> open;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            stack.append(xml.name().toString());
            open.append({{}, xml.attributes()});
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement element = open.takeLast();
            element.text = element.text.simplified();
            elements.insert(stack.join(u'/'), element);
            stack.removeLast();
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return elements;
}

// The <key>/<string> pairs of a property list's top-level dict.
QHash<QString, QString> plistStrings(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    QXmlStreamReader xml(&file);
    QString key;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"key")
            key = xml.readElementText();
        else if (xml.name() == u"string" && !key.isEmpty())
            values.insert(std::exchange(key, QString()), xml.readElementText());
        else if (xml.name() == u"true" || xml.name() == u"false")
            values.insert(std::exchange(key, QString()), xml.name().toString());
    }
    return values;
}

} // namespace clawdesk
