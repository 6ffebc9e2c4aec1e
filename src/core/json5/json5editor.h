#pragma once

#include "json5document.h"
#include "json5style.h"

#include <QList>

#include <functional>

namespace clawdesk {

struct Json5Tree;
struct Json5Node;

/// @brief The format-preserving edit operations behind Json5Document (splices at recorded spans).
///
/// Every public operation first computes the intended value on a JsonValue, then edits the text through
/// small primitives (replace a value, append / insert / remove a member), each of which splices the text
/// and re-parses. At the end the re-parsed value must equal the intended one, or the document is restored.
class Json5Editor
{
public:
    explicit Json5Editor(Json5Document &doc);

    bool set(const QStringList &path, const JsonValue &value, QString *error);
    bool remove(const QStringList &path, QString *error);
    bool insert(const QStringList &arrayPath, qsizetype index, const JsonValue &value, QString *error);
    bool move(const QStringList &arrayPath, qsizetype from, qsizetype to, QString *error);

private:
    struct Splice
    {
        qsizetype pos = 0;
        qsizetype length = 0;
        QString text;
        qsizetype order = 0;
    };
    /// Builds the text of a new member for a given indentation of its line, inline or not.
    using TextBuilder = std::function<QString(const QString &indent, Json5Layout layout)>;

    bool commit(const JsonValue &expected, const std::function<bool(QString *)> &edit, QString *error);
    bool setAt(const QStringList &path, const JsonValue &value, int *budget, QString *error);
    bool removeAt(const QStringList &path, QString *error);
    bool replaceNode(int node, int parent, const JsonValue &value, QString *error);
    // trailer: a comment to put after the new member on its line (multi-line containers only).
    bool appendMember(int container, int parent, const TextBuilder &build, QString *error,
                      const QString &trailer = {});
    bool insertMemberBefore(int container, int member, const TextBuilder &build, QString *error,
                            const QString &trailer = {});
    bool removeMember(int container, int member, QString *error);
    bool apply(QList<Splice> splices, QString *error);

    const Json5Tree &tree() const;
    const Json5Node &node(int i) const;
    qsizetype memberBegin(int container, int member) const;
    bool isSingleLine(qsizetype from, qsizetype to) const;
    Json5Layout siblingLayout(int container, int member) const;
    /// An element's text as written, with the comments on its own line (leading ones included, the
    /// trailing one returned separately), so a move can carry them along.
    QString elementText(int container, int member, QString *trailer) const;

    Json5Document &m_doc;
    Json5Style m_style;
};

} // namespace clawdesk
