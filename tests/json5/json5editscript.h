#pragma once

// A tiny edit-script language for the edit tests, one step per line:
//   set PATH = VALUE      remove PATH      insert PATH INDEX VALUE      move PATH FROM TO
// PATH: a.b["key.with.dots"][0] ("[]" is the root); VALUE: JSON5.
// Each step applies to a Json5Document (the code under test) and, independently, to a plain JsonValue
// (the model the result must equal).

#include "json5document.h"

#include <QRegularExpression>
#include <QStringList>

namespace clawdesk::testutil {

struct EditStep
{
    enum Op { Set, Remove, Insert, Move } op = Set;
    QStringList path;
    JsonValue value;
    qsizetype a = 0; // insert: index; move: from
    qsizetype b = 0; // move: to
    QString line;
};

inline bool parsePath(QString s, QStringList *out)
{
    out->clear();
    s = s.trimmed();
    if (s == QLatin1String("[]"))
        return true;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i) == u'.') {
            ++i;
        } else if (s.at(i) == u'[') {
            const qsizetype close = (s.at(i + 1) == u'"' || s.at(i + 1) == u'\'')
                                        ? s.indexOf(s.at(i + 1) + QStringLiteral("]"), i + 2) + 1
                                        : s.indexOf(u']', i);
            if (close <= i)
                return false;
            const QString inner = s.mid(i + 1, close - i - 1);
            if (inner.startsWith(u'"') || inner.startsWith(u'\''))
                *out += Json5Document::parse(inner).value().toString();
            else
                *out += inner;
            i = close + 1;
        } else {
            qsizetype j = i;
            while (j < s.size() && s.at(j) != u'.' && s.at(j) != u'[')
                ++j;
            *out += s.mid(i, j - i);
            i = j;
        }
    }
    return true;
}

inline QList<EditStep> parseEditScript(const QString &script, QString *error)
{
    QList<EditStep> steps;
    static const QRegularExpression setRe(QStringLiteral(R"(^set\s+(\S+)\s*=\s*(.+)$)"));
    static const QRegularExpression removeRe(QStringLiteral(R"(^remove\s+(\S+)$)"));
    static const QRegularExpression insertRe(QStringLiteral(R"(^insert\s+(\S+)\s+(\d+)\s+(.+)$)"));
    static const QRegularExpression moveRe(QStringLiteral(R"(^move\s+(\S+)\s+(\d+)\s+(\d+)$)"));
    const QStringList lines = script.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        EditStep step;
        step.line = line;
        QRegularExpressionMatch m;
        QString valueText;
        QString pathText;
        if ((m = setRe.match(line)).hasMatch()) {
            step.op = EditStep::Set;
            pathText = m.captured(1);
            valueText = m.captured(2);
        } else if ((m = removeRe.match(line)).hasMatch()) {
            step.op = EditStep::Remove;
            pathText = m.captured(1);
        } else if ((m = insertRe.match(line)).hasMatch()) {
            step.op = EditStep::Insert;
            pathText = m.captured(1);
            step.a = m.captured(2).toLongLong();
            valueText = m.captured(3);
        } else if ((m = moveRe.match(line)).hasMatch()) {
            step.op = EditStep::Move;
            pathText = m.captured(1);
            step.a = m.captured(2).toLongLong();
            step.b = m.captured(3).toLongLong();
        } else {
            *error = QStringLiteral("bad step: ") + line;
            return {};
        }
        if (!parsePath(pathText, &step.path)) {
            *error = QStringLiteral("bad path: ") + line;
            return {};
        }
        if (!valueText.isEmpty()) {
            Json5Error e;
            const Json5Document v = Json5Document::parse(valueText, &e);
            if (!v.isValid()) {
                *error = QStringLiteral("bad value: ") + line + QStringLiteral(" (") + e.toString() + u')';
                return {};
            }
            step.value = v.value();
        }
        steps.append(step);
    }
    return steps;
}

inline bool applyStep(Json5Document &doc, const EditStep &s, QString *error)
{
    switch (s.op) {
    case EditStep::Set:
        return doc.set(s.path, s.value, error);
    case EditStep::Remove:
        return doc.remove(s.path, error);
    case EditStep::Insert:
        return doc.insert(s.path, s.a, s.value, error);
    case EditStep::Move:
        return doc.move(s.path, s.a, s.b, error);
    }
    return false;
}

// The model: the same step on a plain value, written independently of the editor.
inline JsonValue *modelNode(JsonValue &root, const QStringList &path, bool create)
{
    JsonValue *cur = &root;
    for (const QString &k : path) {
        if (create && cur->isUndefined())
            *cur = JsonValue::object();
        if (cur->isArray()) {
            const qsizetype i = k.toLongLong();
            if (i > cur->size() || (i == cur->size() && !create))
                return nullptr;
            cur = &cur->refAt(i);
            if (cur->isNull() && create)
                *cur = JsonValue::object();
        } else {
            if (!cur->isObject() || (!create && !cur->contains(k)))
                return nullptr;
            cur = &cur->ref(k);
        }
    }
    return cur;
}

inline bool applyStep(JsonValue &root, const EditStep &s)
{
    switch (s.op) {
    case EditStep::Set: {
        JsonValue *target = modelNode(root, s.path, true);
        if (!target)
            return false;
        *target = s.value;
        return true;
    }
    case EditStep::Remove: {
        JsonValue *parent = modelNode(root, s.path.mid(0, s.path.size() - 1), false);
        if (parent && parent->isArray())
            parent->removeAt(s.path.last().toLongLong());
        else if (parent)
            parent->remove(s.path.last());
        return true;
    }
    case EditStep::Insert: {
        JsonValue *arr = modelNode(root, s.path, true);
        if (!arr)
            return false;
        arr->insertAt(s.a, s.value);
        return true;
    }
    case EditStep::Move: {
        JsonValue *arr = modelNode(root, s.path, false);
        if (!arr || !arr->isArray())
            return false;
        const JsonValue item = arr->at(s.a);
        arr->removeAt(s.a);
        arr->insertAt(s.b, item);
        return true;
    }
    }
    return false;
}

} // namespace clawdesk::testutil
